import PIPlannerModel

/// One planned area as the area tables (`batch` CSV, `compare`) see it: its plan and where its inputs came from.
struct AreaRow: Sendable {
    var plan: AreaPlan
    /// `shipped data` or the config file the area came from.
    var origin: String
    /// The area's own IDACI 2019 rate, when planned from the data and it has one.
    var idaci2019Rate: Double? = nil
    /// How the low-income share was obtained when planned from data (`DataArea.lowIncomeBasis`); nil for config areas.
    var dataLowIncomeBasis: String? = nil
    /// `england`, `wales`, ... when planned from the data.
    var nation: String? = nil
    /// `county`, `icb`, ... when planned from the data.
    var tier: String? = nil

    func group(_ id: String) -> RiskGroupInput? { plan.input.riskGroups.first { $0.id == id } }

    /// `local`, `local-derived`, `national`, `config` (a config's share that does not say), or `none` (no such group).
    func basis(of id: String) -> String { group(id)?.basis ?? "none" }

    var costPer1000Births: Money? {
        CostPer1000BirthsRule.costPer1000Births(total: plan.totalCostGBP, birthsPerYear: plan.births, planYears: plan.years.count)
    }

    var fundingGap: Money { plan.unfundedGBP.sum() }

    /// Whether a figure is apportioned or derived within a stated tolerance (finding `boundary-approximation`).
    var isApproximate: Bool { plan.findings.contains { $0.category == .boundaryApproximation } }
}

extension AreaRow {
    /// A row for an area planned from the shipped data.
    init(data area: DataArea, plan: AreaPlan, origin: String) {
        self.init(
            plan: plan, origin: origin, idaci2019Rate: area.record?.idaciRate, dataLowIncomeBasis: area.lowIncomeBasis,
            nation: area.area.nation.rawValue, tier: area.tier)
    }
}
