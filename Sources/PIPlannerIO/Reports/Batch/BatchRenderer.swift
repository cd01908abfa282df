import PIPlannerModel

/// The outputs of `piplanner batch`: CSV (one row per area and a totals row), JSON lines (one object per area
/// and a summary object), and the summary printed to standard error. Column by column in Examples/README-areas.md.
public enum BatchRenderer {
    public static let jsonlSchema = "piplanner.batch"
    public static let jsonlSchemaVersion = 1
    /// The code of the CSV's last row.
    public static let totalRowCode = "TOTAL"

    // MARK: CSV

    /// The CSV columns for plan years `years` (one cost column per year), from the shared `AreaColumns`.
    static func csvColumns(years: [String]) -> [AreaColumn] {
        typealias C = AreaColumns
        let head = [
            C.code, C.name, C.nation, C.tier, C.population, C.births, C.birthRate, C.idaci, C.lowIncomeShare, C.lowIncomeBasis,
            C.lowIncomeMeasure, C.lowIncomeYear, C.lowIncomeGeography, C.maltreatmentShare, C.maltreatmentBasis, C.maltreatmentMeasure,
            C.maltreatmentYear, C.maltreatmentGeography, C.prevalence, C.infantsAtRisk, C.specialistCaseload, C.coverageTeams,
            C.needTeams, C.recommendedMethod, C.recommendedTeams, C.teamWTE, C.requiredWTE, C.existingWTE, C.gapWTE,
        ]
        let costs = years.enumerated().map { C.cost(year: $0.element, index: $0.offset) }
        let recruitment = [C.costedWTE, C.recruitedWTE, C.phasedTotalCost, C.shareOfCaseloadSeen, C.needNotMet]
        return head + C.labour + costs + [C.totalCost, C.babiesSeen, C.costPerBabySeen, C.costPer1000Births] + recruitment + [
            C.approximate, C.findings,
        ]
    }

    /// The CSV header for plan years `years` (one cost column per year).
    public static func csvHeader(years: [String]) -> [String] { csvColumns(years: years).map(\.id) }

    /// `cost_2026_27_gbp` for "2026/27".
    public static func costColumn(_ year: String) -> String { AreaColumns.cost(year: year, index: 0).id }

    public static func csv(_ result: BatchResult) -> String {
        let columns = csvColumns(years: result.scenario.planYears)
        var rows = result.planned.map { area, plan in
            let row = AreaRow(data: area, plan: plan, origin: result.areaDataOrigin)
            return columns.map { $0.csv($0.value(row)) }
        }
        let total = totalValues(result)
        rows.append(columns.map { $0.csv(total[$0.id] ?? .missing) })
        return CSVWriter.document(header: columns.map(\.id), rows: rows)
    }

    /// The values of the CSV's last row, by column id: the set's totals; columns that do not add up are left empty.
    static func totalValues(_ result: BatchResult) -> [String: AreaColumn.Value] {
        typealias C = AreaColumns
        let t = result.totals
        let teamWTE = Set(result.planned.map(\.plan.teamWTE))
        var values: [String: AreaColumn.Value] = [
            C.code.id: .text(totalRowCode), C.name.id: .text("Total of \(t.areaCount) areas (--areas \(result.selection.description))"),
            C.population.id: .number(t.population), C.births.id: .number(t.births), C.birthRate.id: .number(t.birthRatePer1000),
            C.prevalence.id: .number(t.prevalence), C.infantsAtRisk.id: .number(t.infantsAtRisk),
            C.specialistCaseload.id: .number(t.specialistCaseload), C.coverageTeams.id: .number(t.coverageTeams),
            C.needTeams.id: .number(t.needTeams), C.recommendedMethod.id: .text(result.scenario.sizingMethod.rawValue),
            C.recommendedTeams.id: .number(t.recommendedTeams), C.teamWTE.id: teamWTE.count == 1 ? .of(teamWTE.first) : .missing,
            C.requiredWTE.id: .number(t.requiredWTE), C.existingWTE.id: .number(t.existingWTE), C.gapWTE.id: .number(t.gapWTE),
            C.totalCost.id: .money(t.totalCostGBP), C.babiesSeen.id: .number(t.babiesSeen),
            C.costPerBabySeen.id: .of(t.costPerBabySeenGBP), C.costPer1000Births.id: .of(t.costPer1000BirthsGBP),
        ]
        // One scenario costs every area the same way; labour a team is a figure a team, not summed.
        let scenario = result.scenario
        values[C.onCostMethod.id] = .text(scenario.onCosts.method(scenario.assumptions).name)
        values[C.employerType.id] = .of(scenario.onCosts.employer?.employerType.rawValue)
        let years = result.scenario.planYears
        if t.annualCostGBP.count == years.count {
            for (index, year) in years.enumerated() { values[C.cost(year: year, index: index).id] = .money(t.annualCostGBP[index]) }
        }
        return values
    }

    // MARK: JSON lines

    /// The CSV; with `uncertainty`, interval columns after the point ones (`BatchUncertaintyColumns`).
    public static func csv(_ result: BatchResult, uncertainty: UncertaintyRun?) -> String {
        guard let uncertainty else { return csv(result) }
        return BatchUncertaintyColumns.csv(result, run: uncertainty)
    }

    /// JSON lines; with `uncertainty`, each area object and the summary carry `uncertainty` (intervals of the
    /// same figures, the summary's of the totals added draw by draw).
    public static func jsonl(_ result: BatchResult, version: String, uncertainty: UncertaintyRun? = nil) -> String {
        var lines: [String] = []
        let years = result.scenario.planYears
        for (index, (area, plan)) in result.planned.enumerated() {
            guard case .object(let planMembers) = PlanJSONRenderer.area(plan) else { continue }
            let row = AreaRow(data: area, plan: plan, origin: result.areaDataOrigin)
            let head: [(String, JSONOut)] = [
                ("type", .string("area")),
                ("kind", .string(area.area.kind.rawValue)),
                ("nation", .string(area.area.nation.rawValue)),
                ("tier", .string(area.tier)),
                ("idaci2019Rate", .optional(row.idaci2019Rate)),
                ("lowIncomeMeasure", .string(area.lowIncomeMeasure.rawValue)),
                ("lowIncomeShareBasis", .string(row.basis(of: "lowIncome"))),
                ("maltreatmentShareBasis", .string(row.basis(of: "maltreatment"))),
                ("approximate", .bool(row.isApproximate)),
                ("costPer1000BirthsGBP", .optional(row.costPer1000Births)),
            ]
            var tail: [(String, JSONOut)] = []
            if let uncertainty {
                tail = [("uncertainty", UncertaintyJSON.area(uncertainty.result.areas[index], years: years, hasFunding: false))]
            }
            lines.append(JSONOut.object(head + planMembers + tail).compact())
        }
        var summary = summary(result, version: version)
        if let uncertainty, case .object(var members) = summary {
            members.append(("uncertainty", UncertaintyJSON.settings(uncertainty)))
            if let totals = uncertainty.result.totals {
                members.append(("totalsUncertainty", UncertaintyJSON.area(totals, years: years, hasFunding: false)))
            }
            summary = .object(members)
        }
        lines.append(summary.compact())
        return lines.map { $0 + "\n" }.joined()
    }

    static func summary(_ result: BatchResult, version: String) -> JSONOut {
        let t = result.totals
        return .object([
            ("type", .string("summary")),
            ("schema", .string(jsonlSchema)),
            ("schemaVersion", .number(Double(jsonlSchemaVersion))),
            ("generator", .string("piplanner \(version)")),
            ("areas", .string(result.selection.description)),
            ("scenario", .string(result.scenario.file)),
            ("referenceData", .string(result.scenario.referenceOrigin)),
            ("areaData", .string(result.areaDataOrigin)),
            ("requested", .number(Double(result.requested))),
            ("planned", .number(Double(result.planned.count))),
            (
                "excluded",
                .array(
                    result.excluded.map { e in
                        .object([
                            ("code", .string(e.code)), ("name", .optional(e.name)), ("reason", .string(e.reason)),
                            ("file", .optional(e.file)), ("line", .optional(e.line.map(Double.init))), ("column", .optional(e.column)),
                        ])
                    })
            ),
            ("partial", .bool(result.isPartial)),
            ("recommendedMethod", .string(result.scenario.sizingMethod.rawValue)),
            ("lowIncomeMeasure", .string(result.scenario.lowIncomeMeasure.rawValue)),
            ("shareBasis", shareBasis(result)),
            (
                "totals",
                .object([
                    ("population", .number(t.population)),
                    ("births", .number(t.births)),
                    ("prevalence", .number(t.prevalence)),
                    ("infantsAtRisk", .number(t.infantsAtRisk)),
                    ("specialistCaseload", .number(t.specialistCaseload)),
                    ("coverageTeams", .number(t.coverageTeams)),
                    ("coverageTeamsRounded", .number(t.coverageTeams.rounded())),
                    ("needTeams", .number(t.needTeams)),
                    ("needTeamsRounded", .number(t.needTeams.rounded())),
                    ("recommendedTeams", .number(t.recommendedTeams)),
                    ("requiredWTE", .number(t.requiredWTE)),
                    ("existingWTE", .number(t.existingWTE)),
                    ("gapWTE", .number(t.gapWTE)),
                    ("planYears", .array(t.planYears.map { .string($0) })),
                    ("annualCostGBP", .array(t.annualCostGBP.map { .money($0) })),
                    ("totalCostGBP", .money(t.totalCostGBP)),
                    ("babiesSeen", .number(t.babiesSeen)),
                    ("costPerBabySeenGBP", .optional(t.costPerBabySeenGBP)),
                    ("costPer1000BirthsGBP", .optional(t.costPer1000BirthsGBP)),
                    ("unfundedGBP", .money(t.unfundedGBP)),
                ])
            ),
            ("notes", .array(result.notes.map { .string($0) })),
        ])
    }

    /// Areas counted by the basis of each share: `{"lowIncome": {"local": 218}, "maltreatment": {...}}`.
    static func shareBasis(_ result: BatchResult) -> JSONOut {
        .object(
            ["lowIncome", "maltreatment"].map { id in
                (id, .object(result.shareBasisCounts(of: id).map { ($0.basis, .number(Double($0.count))) }))
            })
    }

    /// "low income (CILIF FYE 2025): local 218; maltreatment: local-derived 152, national 66".
    static func shareBasisLine(_ result: BatchResult) -> String {
        func counts(_ id: String) -> String {
            result.shareBasisCounts(of: id).map { "\($0.basis) \($0.count)" }.joined(separator: ", ")
        }
        return
            "  Shares by basis: low income (\(result.scenario.lowIncomeMeasure.rawValue), \(result.scenario.lowIncomeMeasure.year)) \(counts("lowIncome")); maltreatment \(counts("maltreatment")).\n"
    }

    // MARK: Standard error summary

    /// What was planned, what was left out and why, coverage and boundary notes, and the totals.
    public static func stderrSummary(_ result: BatchResult) -> String {
        let t = result.totals
        var text =
            "batch --areas \(result.selection.description): \(result.requested) area\(result.requested == 1 ? "" : "s") requested, \(result.planned.count) planned, \(result.excluded.count) excluded"
        text += result.isPartial ? " (partial batch: exit code 1).\n" : ".\n"
        text += indented(result.excluded.map(\.diagnostic), by: "  ")
        if !result.otherRejects.isEmpty {
            text +=
                "  \(result.otherRejects.count) rejected row\(result.otherRejects.count == 1 ? "" : "s") of the area data outside this selection:\n"
            text += indented(result.otherRejects.map(\.diagnostic), by: "    ")
        }
        for note in result.notes { text += "  \(note)\n" }
        text +=
            "  Scenario: \(result.scenario.file); staffing model \(result.scenario.staffing.id) (\(NumberFormat.trimmed(result.scenario.staffing.teamWTE, 2)) WTE a team); on-costs by \(ReportText.onCostMethod(result.scenario)); plan years \(result.scenario.planYears.joined(separator: ", ")) (\(result.scenario.planYearsSource)).\n"
        guard !result.planned.isEmpty else { return text }
        text += shareBasisLine(result)
        text +=
            "  Totals over \(t.areaCount) area\(t.areaCount == 1 ? "" : "s"): population \(NumberFormat.number(t.population)), births \(NumberFormat.number(t.births)) a year, prevalence \(NumberFormat.percent(t.prevalence, 2)).\n"
        text +=
            "  Teams: coverage \(NumberFormat.number(t.coverageTeams, 2)) (\(NumberFormat.number(t.coverageTeams.rounded())) rounded); need \(NumberFormat.number(t.needTeams, 2)) (\(NumberFormat.number(t.needTeams.rounded())) rounded); recommended (\(result.scenario.sizingMethod.rawValue)) \(NumberFormat.number(t.recommendedTeams, 2)) teams = \(NumberFormat.number(t.requiredWTE, 2)) WTE.\n"
        let costs = zip(t.planYears, t.annualCostGBP).map { "\($0) \(NumberFormat.gbp($1))" }.joined(separator: "; ")
        text +=
            "  Cost: \(costs.isEmpty ? "" : costs + "; ")total \(NumberFormat.gbp(t.totalCostGBP)) over \(t.planYears.count) years"
            + (t.costPerBabySeenGBP.map { "; \(NumberFormat.gbp($0)) per baby seen" } ?? "") + ".\n"
        return text
    }

    /// Diagnostics as the terminal shows them, each line indented under the summary.
    static func indented(_ diagnostics: [Diagnostic], by indent: String) -> String {
        diagnostics.map { DiagnosticFormatter.terminal($0).split(separator: "\n").map { indent + $0 + "\n" }.joined() }.joined()
    }
}
