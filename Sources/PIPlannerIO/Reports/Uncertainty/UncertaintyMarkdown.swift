import PIPlannerModel

/// The Markdown of a plan's uncertainty (Methodology §7): intervals beside the point plan, probabilities, the
/// one-way sensitivity (tornado) table, and the distributions used for the audit trail.
enum UncertaintyMarkdown {
    /// "How sure is this plan?" for area `index` of `run`, whose point plan is `p`.
    static func area(_ p: AreaPlan, run: UncertaintyRun, index: Int) -> String {
        let u = run.result.areas[index]
        var md = "### How sure is this plan?\n\n"
        md +=
            "The figures above are the plan at point values and stay its answer. Beside them, the spread from \(UncertaintyFigures.provenance(run)); P10–P90 is the 80% interval, listed with sources under *Distributions used*.\n\n"
        md += intervals(UncertaintyFigures.rows(years: p.years.map(\.label), point: UncertaintyFigures.point(p)), u)
        md +=
            "- Probability that the existing workforce (\(NumberFormat.number(p.existingWTE, 2)) WTE) covers the need: **\(UncertaintyFigures.probability(u.workforceCoversProbability))**.\n"
        if !p.funding.isEmpty {
            let years = p.years.indices.map { "\(p.years[$0].label) \(UncertaintyFigures.probability(u.fundingCoversProbability($0)))" }
            md += "- Probability that each year's funding covers its cost: \(years.joined(separator: "; "))"
            md += UncertaintyFigures.onlySharesOfCost(p) ? " (\(UncertaintyFigures.sharesNote)).\n" : ".\n"
        }
        let held = Array(Set(u.heldIDs)).sorted()
        if !held.isEmpty {
            md +=
                "- Held at the config's value (give a distribution under `uncertainty` to vary it): \(held.map { "`\($0)`" }.joined(separator: ", ")).\n"
        }
        md += "\n"
        if index < run.tornado.count { md += tornado(run.tornado[index]) }
        return md
    }

    /// The interval table: label, plan, P10, P50, P90, mean.
    static func intervals(_ rows: [UncertaintyFigures.Row], _ u: AreaUncertainty) -> String {
        var md = "| Figure | Plan | P10 | P50 | P90 | Mean |\n| --- | ---: | ---: | ---: | ---: | ---: |\n"
        for row in rows {
            let s = u.summaries[row.output]
            let cells = [row.point, s.p10, s.p50, s.p90, s.mean].map { UncertaintyFigures.format($0, row.style) }
            md += ReportText.row([row.label] + cells)
        }
        return md + "\n"
    }

    /// The one-way sensitivity table, ranked by swing.
    static func tornado(_ rows: [OneWaySensitivity.Row]) -> String {
        let flat = rows.filter { $0.costSwingGBP == 0 && $0.teamsSwing == 0 }
        let rows = rows.filter { $0.costSwingGBP != 0 || $0.teamsSwing != 0 }
        guard !rows.isEmpty else { return "" }
        var md = "#### What would change the answer most\n\n"
        md +=
            "One-way sensitivity: each figure at its P10 and at its P90, every other at its point value; ranked by the swing in total cost (Methodology §7.4).\n\n"
        md += "| Figure | P10 – P90 | Need teams at P10 | at P90 | Total cost at P10 | at P90 | Swing in cost |\n"
        md += "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        for row in rows {
            md += ReportText.row([
                "`\(row.id)`",
                "\(UncertaintyFigures.figureValue(row.low, id: row.id)) – \(UncertaintyFigures.figureValue(row.high, id: row.id))",
                NumberFormat.number(row.teamsAtLow, 2), NumberFormat.number(row.teamsAtHigh, 2),
                UncertaintyFigures.format(row.costAtLowGBP, .gbp), UncertaintyFigures.format(row.costAtHighGBP, .gbp),
                UncertaintyFigures.format(row.costSwingGBP, .gbp),
            ])
        }
        if !flat.isEmpty {
            md +=
                "\nNo effect on need teams or cost in this plan: \(flat.map { "`\($0.id)`" }.joined(separator: ", ")) (e.g. the flat on-cost rate under the employer method; the first-year capacity changes babies seen, not cost).\n"
        }
        return md + "\n"
    }

    /// The distributions drawn, for the audit trail: figure, distribution, scope, basis, source and reason.
    static func distributions(_ run: UncertaintyRun) -> String {
        distributions(
            run.entries,
            scope:
                "National figures take one value a draw shared by every area; local ones are drawn for each area (Methodology §7.2).")
    }

    /// The table of `entries`, after a sentence on their `scope`.
    static func distributions(_ entries: [UncertaintyTable.Entry], scope: String) -> String {
        var md = "### Distributions used\n\n"
        md += scope + " Defaults from `ReferenceData/uncertainty.json`; *config* marks the config's own.\n\n"
        md += "| Figure | Distribution | Scope | Basis | Source | Why |\n| --- | --- | --- | --- | --- | --- |\n"
        for entry in entries {
            let spec = entry.spec
            md += ReportText.row([
                "`\(spec.id)`", UncertaintyRun.describe(spec), spec.scope.rawValue, spec.basis.rawValue,
                ReportText.cell(spec.citation.text.isEmpty ? entry.file : spec.citation.text), ReportText.cell(spec.reason ?? ""),
            ])
        }
        return md + "\n"
    }
}
