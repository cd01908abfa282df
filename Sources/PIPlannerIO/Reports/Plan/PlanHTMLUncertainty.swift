import PIPlannerModel

/// The HTML of a plan's uncertainty (Methodology §7): interval bars for teams and WTE and for cost, the
/// probabilities, the tornado chart with its table, and the distributions used.
enum PlanHTMLUncertainty {
    typealias H = HTMLDocument

    static func section(_ p: AreaPlan, run: UncertaintyRun, index: Int, prefix: String) -> Markup {
        let u = run.result.areas[index]
        let rows = UncertaintyFigures.rows(years: p.years.map(\.label), point: UncertaintyFigures.point(p))
        var m = H.heading(3, "How sure is this plan?")
        m += H.paragraph(
            "The figures above are the plan at point values and stay its answer. Beside them, the spread from \(UncertaintyFigures.provenance(run)); P10–P90 is the 80% interval."
        )
        func interval(_ row: UncertaintyFigures.Row) -> IntervalBarChart.Row {
            let s = u.summaries[row.output]
            return IntervalBarChart.Row(label: row.label, value: row.point, interval: ChartInterval(low: s.p10, high: s.p90))
        }
        let teamRows = rows.filter { ["needTeams", "recommendedTeams", "requiredWTE", "gapWTE"].contains($0.key) }.map(interval)
        m += H.figure(
            IntervalBarChart.render(
                .init(
                    id: "\(prefix)-teams-interval", title: "Teams and WTE: plan and P10–P90 (\(p.name))", rows: teamRows,
                    labelHeading: "Figure", valueAxisLabel: "Teams or WTE", style: .number(decimals: 2), pointLabel: "Plan")))
        let costRows = rows.filter { $0.style == .gbp && $0.key != "costPerBabySeenGBP" }.map(interval)
        m += H.figure(
            IntervalBarChart.render(
                .init(
                    id: "\(prefix)-cost-interval", title: "Cost: plan and P10–P90 (\(p.name))", rows: costRows, labelHeading: "Cost",
                    valueAxisLabel: "Cost (£, cash)", style: .gbp, pointLabel: "Plan")))
        var table = HTMLTable(label: "Figure", numberColumns: ["Plan", "P10", "P50", "P90", "Mean"])
        for row in rows {
            let s = u.summaries[row.output]
            table.rows.append(
                .init([row.label] + [row.point, s.p10, s.p50, s.p90, s.mean].map { UncertaintyFigures.format($0, row.style) }))
        }
        m += table.render()
        var items: [Markup] = [
            "Probability that the existing workforce covers the need: \(H.strong(UncertaintyFigures.probability(u.workforceCoversProbability)))."
        ]
        if !p.funding.isEmpty {
            let years = p.years.indices.map { "\(p.years[$0].label) \(UncertaintyFigures.probability(u.fundingCoversProbability($0)))" }
            items.append("Probability that each year's funding covers its cost: \(years.joined(separator: "; ")).")
        }
        m += H.list(items)
        if index < run.tornado.count, !run.tornado[index].isEmpty { m += tornado(p, run.tornado[index], prefix: prefix) }
        return m
    }

    static func tornado(_ p: AreaPlan, _ rows: [OneWaySensitivity.Row], prefix: String) -> Markup {
        let chart = TornadoChart.render(
            .init(
                id: "\(prefix)-tornado", title: "What would change the total cost most (\(p.name))",
                rows: rows.map { TornadoChart.Row(label: $0.id, atLow: $0.costAtLowGBP, atHigh: $0.costAtHighGBP) },
                point: p.totalCostGBP.gbp,
                labelHeading: "Figure", valueAxisLabel: "Total cost (£, cash)", style: .gbp))
        var table = HTMLTable(label: "Figure", numberColumns: ["P10", "P90", "Need teams at P10", "at P90", "Cost at P10", "at P90"])
        for row in rows {
            table.rows.append(
                .init([
                    row.id, UncertaintyFigures.figureValue(row.low, id: row.id), UncertaintyFigures.figureValue(row.high, id: row.id),
                    NumberFormat.number(row.teamsAtLow, 2), NumberFormat.number(row.teamsAtHigh, 2),
                    UncertaintyFigures.format(row.costAtLowGBP, .gbp), UncertaintyFigures.format(row.costAtHighGBP, .gbp),
                ]))
        }
        return H.heading(4, "What would change the answer most")
            + H.paragraph(
                "One-way sensitivity: each figure at its P10 (light bar) and at its P90 (dark bar), every other at its point value; ranked by the swing in total cost (Methodology §7.4)."
            )
            + H.figure(chart, table: table.render())
    }

    static func distributions(_ run: UncertaintyRun) -> Markup { distributions(run.entries) }

    /// The distributions `entries` drawn, for the audit trail: figure, distribution, scope, basis, source and reason.
    static func distributions(_ entries: [UncertaintyTable.Entry]) -> Markup {
        // Short words (national, assumption) never break; the family and its parameters break between words.
        var table = HTMLTable(
            columns: [HTMLTable.Column("Figure", .left), HTMLTable.Column("Distribution", .left, wrapping: .words)]
                + ["Scope", "Basis"].map { HTMLTable.Column($0, .left, wrapping: .never) }
                + ["Source", "Why"].map { HTMLTable.Column($0, .left) })
        for entry in entries {
            let s = entry.spec
            table.rows.append(
                .init([s.id, UncertaintyRun.describe(s), s.scope.rawValue, s.basis.rawValue, s.citation.text, s.reason ?? ""]))
        }
        return H.heading(3, "Distributions used") + table.render()
    }
}
