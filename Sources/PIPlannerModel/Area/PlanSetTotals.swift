/// Totals over a set of area plans made under one scenario (a batch): sums of additive figures,
/// and the set's own ratios recomputed from those sums (never averaged across areas).
///
/// - Sums: population, births, infants at risk, specialist caseload, teams by each method, recommended
///   teams, required/existing/gap WTE, cost by plan year, total cost, babies seen, unfunded.
/// - Ratios: prevalence = Σ infants at risk ÷ Σ births (the births-weighted mean prevalence);
///   coverage teams of the set = Σ population ÷ reference population, the same as Σ of the areas' coverage teams;
///   cost per baby seen = Σ cost ÷ Σ babies seen (`CostPerBabyRule`); cost per 1,000 births (`CostPer1000BirthsRule`).
/// Units as in `AreaPlan`. Citation: Methodology §2–§4.
public struct PlanSetTotals: Sendable, Equatable {
    public var areaCount: Int
    public var population: Double
    public var births: Double
    public var infantsAtRisk: Double
    public var specialistCaseload: Double
    public var coverageTeams: Double
    public var needTeams: Double
    public var recommendedTeams: Double
    public var requiredWTE: Double
    public var existingWTE: Double
    public var gapWTE: Double
    /// Plan-year labels shared by every plan (empty when the plans' years differ).
    public var planYears: [String]
    /// Cost of each plan year, summed over the areas (empty when the plans' years differ).
    public var annualCostGBP: [Money]
    public var totalCostGBP: Money
    public var babiesSeen: Double
    public var unfundedGBP: Money

    /// Σ infants at risk ÷ Σ births; 0 with no births.
    public var prevalence: Double { births > 0 ? infantsAtRisk / births : 0 }
    /// Crude birth rate of the set: Σ births ÷ Σ population × 1,000.
    public var birthRatePer1000: Double { BirthsRule.birthRatePer1000(births: births, population: population) }
    public var costPerBabySeenGBP: Money? { CostPerBabyRule.costPerBaby(total: totalCostGBP, babiesSeen: babiesSeen) }
    public var costPer1000BirthsGBP: Money? {
        planYears.isEmpty
            ? nil : CostPer1000BirthsRule.costPer1000Births(total: totalCostGBP, birthsPerYear: births, planYears: planYears.count)
    }

    public init(_ plans: [AreaPlan]) {
        areaCount = plans.count
        population = plans.reduce(0) { $0 + $1.population }
        births = plans.reduce(0) { $0 + $1.births }
        infantsAtRisk = plans.reduce(0) { $0 + $1.infantsAtRisk }
        specialistCaseload = plans.reduce(0) { $0 + $1.specialistCaseload }
        coverageTeams = plans.reduce(0) { $0 + $1.coverageTeams }
        needTeams = plans.reduce(0) { $0 + $1.needTeams }
        recommendedTeams = plans.reduce(0) { $0 + $1.recommendedTeams }
        requiredWTE = plans.reduce(0) { $0 + $1.requiredWTE }
        existingWTE = plans.reduce(0) { $0 + $1.existingWTE }
        gapWTE = plans.reduce(0) { $0 + $1.gapWTE }
        let years = plans.first.map { $0.years.map(\.label) } ?? []
        if plans.allSatisfy({ $0.years.map(\.label) == years }) {
            planYears = years
            annualCostGBP = years.indices.map { i in plans.map { $0.annualCostGBP[i] }.sum() }
        } else {
            planYears = []
            annualCostGBP = []
        }
        totalCostGBP = plans.map(\.totalCostGBP).sum()
        babiesSeen = plans.reduce(0) { $0 + $1.totalBabiesSeen }
        unfundedGBP = plans.flatMap(\.unfundedGBP).sum()
    }
}
