import Foundation
import PIPlannerModel

/// The outputs of `piplanner batch`: CSV (one row per area and a totals row), JSON lines (one object per area
/// and a summary object), and the summary printed to standard error. Column by column in Examples/README-areas.md.
public enum BatchRenderer {
    public static let jsonlSchema = "piplanner.batch"
    public static let jsonlSchemaVersion = 1
    /// The code of the CSV's last row.
    public static let totalRowCode = "TOTAL"

    // MARK: CSV

    /// The CSV header for plan years `years` (one cost column per year).
    public static func csvHeader(years: [String]) -> [String] {
        [
            "code", "name", "nation", "tier", "population_persons", "births_per_year", "birth_rate_per_1000",
            "idaci2019_rate", "low_income_share", "low_income_share_basis", "maltreatment_share", "maltreatment_share_basis",
            "prevalence", "infants_at_risk_per_year", "specialist_caseload_per_year",
            "coverage_teams", "need_teams", "recommended_method", "recommended_teams", "team_wte", "required_wte", "existing_wte",
            "gap_wte",
        ]
            + years.map(costColumn)
            + ["total_cost_gbp", "babies_seen_total", "cost_per_baby_seen_gbp", "cost_per_1000_births_gbp", "approximate", "findings"]
    }

    /// `cost_2026_27_gbp` for "2026/27".
    public static func costColumn(_ year: String) -> String {
        "cost_" + year.replacingOccurrences(of: "/", with: "_") + "_gbp"
    }

    public static func csv(_ result: BatchResult) -> String {
        let years = result.scenario.planYears
        var rows: [[String]] = []
        for (area, plan) in result.planned {
            rows.append(csvRow(area: area, plan: plan))
        }
        let t = result.totals
        let teamWTE = Set(result.planned.map(\.plan.teamWTE))
        var total: [String] = [totalRowCode, "Total of \(t.areaCount) areas (--areas \(result.selection.description))", "", ""]
        total += [Format.plain(t.population), Format.plain(t.births), fixed(t.birthRatePer1000, 2)]
        total += ["", "", "", "", ""]
        total += [fixed(t.prevalence, 6), fixed(t.infantsAtRisk, 2), fixed(t.specialistCaseload, 2)]
        total += [fixed(t.coverageTeams, 4), fixed(t.needTeams, 4), result.scenario.sizingMethod.rawValue, fixed(t.recommendedTeams, 4)]
        total += [teamWTE.count == 1 ? fixed(teamWTE.first!, 2) : "", fixed(t.requiredWTE, 4), fixed(t.existingWTE, 4), fixed(t.gapWTE, 4)]
        total += t.annualCostGBP.count == years.count ? t.annualCostGBP.map(Format.plainGBP) : years.map { _ in "" }
        total += [Format.plainGBP(t.totalCostGBP), fixed(t.babiesSeen, 2)]
        total += [t.costPerBabySeenGBP.map(Format.plainGBP) ?? "", t.costPer1000BirthsGBP.map(Format.plainGBP) ?? "", "", ""]
        rows.append(total)
        return CSVWriter.document(header: csvHeader(years: years), rows: rows)
    }

    /// One area's CSV row, in `csvHeader` order.
    static func csvRow(area: DataArea, plan: AreaPlan) -> [String] {
        let hasLowIncome = plan.input.riskGroups.contains { $0.id == "lowIncome" }
        let lowIncome: String = hasLowIncome ? (area.profile.lowIncomeShare.map { fixed($0.value, 6) } ?? "") : ""
        let maltreatment = plan.input.riskGroups.first { $0.id == "maltreatment" }
        var row: [String] = [area.area.code, area.area.name, area.area.nation.rawValue, area.tier]
        row += [Format.plain(plan.population), Format.plain(plan.births), fixed(plan.birthRatePer1000, 2)]
        row += [area.record?.idaciRate.map(Format.plain) ?? "", lowIncome, area.shareBasis(of: "lowIncome", in: plan)]
        row += [maltreatment.map { fixed($0.share.value, 6) } ?? "", area.shareBasis(of: "maltreatment", in: plan)]
        row += [fixed(plan.prevalence, 6), fixed(plan.infantsAtRisk, 2), fixed(plan.specialistCaseload, 2)]
        row += [fixed(plan.coverageTeams, 4), fixed(plan.needTeams, 4), plan.recommendedMethod.rawValue, fixed(plan.recommendedTeams, 4)]
        row += [fixed(plan.teamWTE, 2), fixed(plan.requiredWTE, 4), fixed(plan.existingWTE, 4), fixed(plan.gapWTE, 4)]
        row += plan.annualCostGBP.map(Format.plainGBP)
        row += [Format.plainGBP(plan.totalCostGBP), fixed(plan.totalBabiesSeen, 2)]
        row += [plan.costPerBabySeenGBP.map(Format.plainGBP) ?? "", costPer1000Births(plan).map(Format.plainGBP) ?? ""]
        row += [isApproximate(plan) ? "true" : "false", plan.findings.map(\.code.rawValue).joined(separator: ";")]
        return row
    }

    // MARK: JSON lines

    public static func jsonl(_ result: BatchResult, version: String) -> String {
        var lines: [String] = []
        for (area, plan) in result.planned {
            guard case .object(let planMembers) = PlanJSONRenderer.area(plan) else { continue }
            let head: [(String, JSONOut)] = [
                ("type", .string("area")),
                ("kind", .string(area.area.kind.rawValue)),
                ("nation", .string(area.area.nation.rawValue)),
                ("tier", .string(area.tier)),
                ("idaci2019Rate", .optional(area.record?.idaciRate)),
                ("lowIncomeShareBasis", .string(area.shareBasis(of: "lowIncome", in: plan))),
                ("approximate", .bool(isApproximate(plan))),
                ("costPer1000BirthsGBP", .optional(costPer1000Births(plan))),
            ]
            lines.append(JSONOut.object(head + planMembers).compact())
        }
        lines.append(summary(result, version: version).compact())
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

    // MARK: Standard error summary

    /// What was planned, what was left out and why, coverage and boundary notes, and the totals.
    public static func stderrSummary(_ result: BatchResult) -> String {
        let t = result.totals
        var text =
            "batch --areas \(result.selection.description): \(result.requested) area\(result.requested == 1 ? "" : "s") requested, \(result.planned.count) planned, \(result.excluded.count) excluded"
        text += result.isPartial ? " (partial batch: exit code 1).\n" : ".\n"
        for e in result.excluded { text += "  excluded \(e)\n" }
        if !result.otherRejects.isEmpty {
            text +=
                "  \(result.otherRejects.count) rejected row\(result.otherRejects.count == 1 ? "" : "s") of the area data outside this selection:\n"
            for r in result.otherRejects { text += "    \(r)\n" }
        }
        for note in result.notes { text += "  \(note)\n" }
        text +=
            "  Scenario: \(result.scenario.file); staffing model \(result.scenario.staffing.id) (\(Format.trimmed(result.scenario.staffing.teamWTE, 2)) WTE a team); plan years \(result.scenario.planYears.joined(separator: ", ")) (\(result.scenario.planYearsSource)).\n"
        guard !result.planned.isEmpty else { return text }
        text +=
            "  Totals over \(t.areaCount) area\(t.areaCount == 1 ? "" : "s"): population \(Format.number(t.population)), births \(Format.number(t.births)) a year, prevalence \(Format.percent(t.prevalence, 2)).\n"
        text +=
            "  Teams: coverage \(Format.number(t.coverageTeams, 2)) (\(Format.number(t.coverageTeams.rounded())) rounded); need \(Format.number(t.needTeams, 2)) (\(Format.number(t.needTeams.rounded())) rounded); recommended (\(result.scenario.sizingMethod.rawValue)) \(Format.number(t.recommendedTeams, 2)) teams = \(Format.number(t.requiredWTE, 2)) WTE.\n"
        let costs = zip(t.planYears, t.annualCostGBP).map { "\($0) \(Format.gbp($1))" }.joined(separator: "; ")
        text +=
            "  Cost: \(costs.isEmpty ? "" : costs + "; ")total \(Format.gbp(t.totalCostGBP)) over \(t.planYears.count) years"
            + (t.costPerBabySeenGBP.map { "; \(Format.gbp($0)) per baby seen" } ?? "") + ".\n"
        return text
    }

    // MARK: Helpers

    static func costPer1000Births(_ plan: AreaPlan) -> Money? {
        CostPer1000BirthsRule.costPer1000Births(total: plan.totalCostGBP, birthsPerYear: plan.births, planYears: plan.years.count)
    }

    static func isApproximate(_ plan: AreaPlan) -> Bool {
        plan.findings.contains { $0.code == .boundaryApproximation }
    }

    /// A fixed number of decimals, no grouping (locale-independent).
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return "" }
        let text = String(format: "%.\(decimals)f", value)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }
}
