import Foundation
import PIPlannerModel

/// One area in a comparison: its plan and where its inputs came from.
public struct CompareEntry: Sendable {
    public var plan: AreaPlan
    /// `shipped data` or the config file the area came from.
    public var origin: String
    /// The area's own IDACI 2019 rate, when planned from the data.
    public var idaci2019Rate: Double?
    /// How the low-income share was obtained when planned from data (`DataArea.lowIncomeBasis`); nil for config areas.
    public var dataLowIncomeBasis: String?

    public init(plan: AreaPlan, origin: String, idaci2019Rate: Double? = nil, dataLowIncomeBasis: String? = nil) {
        self.plan = plan
        self.origin = origin
        self.idaci2019Rate = idaci2019Rate
        self.dataLowIncomeBasis = dataLowIncomeBasis
    }

    func group(_ id: String) -> RiskGroupInput? { plan.input.riskGroups.first { $0.id == id } }

    /// `local`, `local-derived`, `local-births-weighted`, `national`, `config` (a config's share that does not say), or `none`.
    func basis(of id: String) -> String {
        guard let g = group(id) else { return "none" }
        if id == "lowIncome", let data = dataLowIncomeBasis { return data }
        return g.scope?.rawValue ?? "config"
    }

    var costPer1000Births: Money? {
        CostPer1000BirthsRule.costPer1000Births(total: plan.totalCostGBP, birthsPerYear: plan.births, planYears: plan.years.count)
    }
    var fundingGap: Money { plan.unfundedGBP.sum() }
}

/// `piplanner compare`: areas side by side, ranked by a chosen column (highest first).
/// Markdown puts the areas in columns; CSV and JSON give one record per area in rank order.
public enum CompareRenderer {
    public static let schema = "piplanner.compare"
    public static let schemaVersion = 1
    public static let defaultRankBy = "prevalence"

    enum Kind: Sendable {
        case integer
        case decimal(Int)
        case proportion, money, text
    }

    struct Column: Sendable {
        var id: String
        var label: String
        var kind: Kind
        var number: @Sendable (CompareEntry) -> Double?
        var text: @Sendable (CompareEntry) -> String?

        init(_ id: String, _ label: String, _ kind: Kind, number: @escaping @Sendable (CompareEntry) -> Double?) {
            self.id = id
            self.label = label
            self.kind = kind
            self.number = number
            self.text = { _ in nil }
        }
        init(_ id: String, _ label: String, text: @escaping @Sendable (CompareEntry) -> String?) {
            self.id = id
            self.label = label
            self.kind = .text
            self.number = { _ in nil }
            self.text = text
        }
        var isNumeric: Bool { if case .text = kind { return false } else { return true } }
    }

    static let columns: [Column] = [
        Column("code", "Code") { $0.plan.code },
        Column("name", "Area") { $0.plan.name },
        Column("inputs_from", "Population and births from") { $0.origin },
        Column("population_persons", "Population", .integer) { $0.plan.population },
        Column("births_per_year", "Births a year", .integer) { $0.plan.births },
        Column("birth_rate_per_1000", "Births per 1,000 population", .decimal(2)) { $0.plan.birthRatePer1000 },
        Column("idaci2019_rate", "IDACI 2019 rate", .proportion) { $0.idaci2019Rate },
        Column("low_income_share", "Low-income share", .proportion) { $0.group("lowIncome")?.share.value },
        Column("low_income_share_basis", "Low-income share is") { $0.basis(of: "lowIncome") },
        Column("maltreatment_share", "Maltreatment share", .proportion) { $0.group("maltreatment")?.share.value },
        Column("maltreatment_share_basis", "Maltreatment share is") { $0.basis(of: "maltreatment") },
        Column("other_risk_groups", "Other risk groups") { e in
            let others = e.plan.input.riskGroups.filter { $0.id != "lowIncome" && $0.id != "maltreatment" }
            return others.isEmpty
                ? "none"
                : others.map { "\($0.id) \(Format.trimmed($0.share.value, 4)) (\($0.scope?.rawValue ?? "config"))" }.joined(separator: "; ")
        },
        Column("prevalence", "Prevalence", .proportion) { $0.plan.prevalence },
        Column("infants_at_risk_per_year", "Infants at risk a year", .decimal(1)) { $0.plan.infantsAtRisk },
        Column("specialist_caseload_per_year", "Specialist caseload a year", .decimal(1)) { $0.plan.specialistCaseload },
        Column("coverage_teams", "Teams, coverage method", .decimal(2)) { $0.plan.coverageTeams },
        Column("need_teams", "Teams, need method", .decimal(2)) { $0.plan.needTeams },
        Column("recommended_method", "Recommended method") { $0.plan.recommendedMethod.rawValue },
        Column("recommended_teams", "Recommended teams", .decimal(2)) { $0.plan.recommendedTeams },
        Column("required_wte", "Required WTE", .decimal(2)) { $0.plan.requiredWTE },
        Column("existing_wte", "Existing WTE", .decimal(2)) { $0.plan.existingWTE },
        Column("gap_wte", "WTE gap", .decimal(2)) { $0.plan.gapWTE },
        Column("first_year", "First plan year") { $0.plan.years.first?.label },
        Column("first_year_cost_gbp", "Cost, first year", .money) { $0.plan.annualCostGBP.first?.gbp },
        Column("plan_years", "Plan years", .integer) { Double($0.plan.years.count) },
        Column("total_cost_gbp", "Cost, all plan years", .money) { $0.plan.totalCostGBP.gbp },
        Column("cost_per_baby_seen_gbp", "Cost per baby seen", .money) { $0.plan.costPerBabySeenGBP?.gbp },
        Column("cost_per_1000_births_gbp", "Cost per 1,000 births", .money) { $0.costPer1000Births?.gbp },
        Column("funding_gap_gbp", "Funding gap, all plan years", .money) { $0.fundingGap.gbp },
        Column("warnings", "Warnings") { e in
            let codes = e.plan.findings.filter { $0.severity == .warning }.map(\.code.rawValue)
            return codes.isEmpty ? "none" : codes.joined(separator: "; ")
        },
    ]

    /// Column ids that can rank areas (numeric columns).
    public static var rankableColumns: [String] { columns.filter(\.isNumeric).map(\.id) }

    /// Entries in rank order with their ranks: descending by `rankBy`, areas without a value last,
    /// equal values sharing a rank (1, 2, 2, 4), ties kept in the order given.
    public static func ranked(_ entries: [CompareEntry], by rankBy: String) -> [(rank: Int?, entry: CompareEntry)] {
        guard let column = columns.first(where: { $0.id == rankBy }) else { return entries.map { (nil, $0) } }
        let indexed = entries.enumerated().map { (index: $0.offset, value: column.number($0.element), entry: $0.element) }
        let sorted = indexed.sorted { a, b in
            switch (a.value, b.value) {
            case (let x?, let y?): return x != y ? x > y : a.index < b.index
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a.index < b.index
            }
        }
        var result: [(rank: Int?, entry: CompareEntry)] = []
        for (position, item) in sorted.enumerated() {
            guard let value = item.value else {
                result.append((nil, item.entry))
                continue
            }
            if position > 0, let previous = sorted[position - 1].value, previous == value, let rank = result.last?.rank {
                result.append((rank, item.entry))
            } else {
                result.append((position + 1, item.entry))
            }
        }
        return result
    }

    // MARK: Formats

    public static func markdown(_ entries: [CompareEntry], rankBy: String, scenario: LoadedScenario?, version: String) -> String {
        let rows = ranked(entries, by: rankBy)
        let rankLabel = columns.first { $0.id == rankBy }?.label ?? rankBy
        var md = "# Areas compared\n\n"
        md +=
            "Generated by piplanner \(version). Ranked by **\(rankLabel.lowercased())** (`\(rankBy)`), highest first; equal values share a rank.\n\n"
        if let scenario, rows.contains(where: { $0.entry.dataLowIncomeBasis != nil }) {
            md +=
                "Areas given as codes are planned from the shipped data under the scenario \(scenario.file): staffing model \(scenario.staffing.id), plan years \(scenario.planYears.joined(separator: ", ")), existing WTE 0 and no funding. Areas from a config file are planned under that config.\n\n"
        }
        md += "| | " + rows.map { $0.entry.plan.name }.joined(separator: " | ") + " |\n"
        md += "| --- |" + String(repeating: " ---: |", count: rows.count) + "\n"
        md +=
            "| **Rank by \(rankLabel.lowercased())** | " + rows.map { $0.rank.map { "**\($0)**" } ?? "—" }.joined(separator: " | ") + " |\n"
        for column in columns where column.id != "name" {
            md += "| \(column.label) | " + rows.map { markdownCell(column, $0.entry) }.joined(separator: " | ") + " |\n"
        }
        md += "\n"
        md +=
            "Shares: *local* = the area's own IDACI 2019 rate (a share of children aged 0–15 in income-deprived families, 2015/16 data, used as a share of births: an assumption); *local-derived* = a rate carried over or derived for an authority created 2020–2023; *local-births-weighted* = the births-weighted mean of an ICB's authorities; *national* = England's babies under one in need ÷ England's live births in 2022 (`riskGroups.maltreatment.nationalShare`; different years); *config* = given by the config file; *none* = not applied. "
        md +=
            "Cost per 1,000 births = cost over all plan years ÷ (births a year × plan years) × 1,000. Funding gap = cost not covered by the config's funders over all plan years (the whole cost for areas from the data).\n"
        return md
    }

    public static func csv(_ entries: [CompareEntry], rankBy: String) -> String {
        let rows = ranked(entries, by: rankBy)
        let header = ["rank_by_\(rankBy)"] + columns.map(\.id)
        let body = rows.map { row in [row.rank.map(String.init) ?? ""] + columns.map { plainCell($0, row.entry) } }
        return CSVWriter.document(header: header, rows: body)
    }

    public static func json(_ entries: [CompareEntry], rankBy: String, scenario: LoadedScenario?, version: String) -> String {
        let rows = ranked(entries, by: rankBy)
        let areas: [JSONOut] = rows.map { row in
            var members: [(String, JSONOut)] = [("rank", row.rank.map { .number(Double($0)) } ?? .null)]
            for column in columns {
                if column.isNumeric {
                    let value = column.number(row.entry)
                    if case .money = column.kind {
                        members.append((column.id, value.map { .money(Money(gbp: $0)) } ?? .null))
                    } else {
                        members.append((column.id, .optional(value)))
                    }
                } else {
                    members.append((column.id, .optional(column.text(row.entry))))
                }
            }
            return .object(members)
        }
        return JSONOut.object([
            ("schema", .string(schema)),
            ("schemaVersion", .number(Double(schemaVersion))),
            ("generator", .string("piplanner \(version)")),
            ("rankBy", .string(rankBy)),
            ("order", .string("descending")),
            ("scenario", .optional(scenario?.file)),
            ("areas", .array(areas)),
        ]).rendered()
    }

    static func markdownCell(_ column: Column, _ entry: CompareEntry) -> String {
        guard column.isNumeric else { return (column.text(entry) ?? "—").replacingOccurrences(of: "|", with: "\\|") }
        guard let v = column.number(entry) else { return "—" }
        switch column.kind {
        case .integer: return Format.number(v)
        case .decimal(let d): return Format.number(v, d)
        case .proportion: return Format.percent(v, 2)
        case .money: return Format.gbp(Money(gbp: v))
        case .text: return ""
        }
    }

    static func plainCell(_ column: Column, _ entry: CompareEntry) -> String {
        guard column.isNumeric else { return column.text(entry) ?? "" }
        guard let v = column.number(entry) else { return "" }
        switch column.kind {
        case .integer: return Format.plain(v)
        case .decimal(let d): return BatchRenderer.fixed(v, d + 2)
        case .proportion: return BatchRenderer.fixed(v, 6)
        case .money: return Format.plainGBP(Money(gbp: v))
        case .text: return ""
        }
    }
}
