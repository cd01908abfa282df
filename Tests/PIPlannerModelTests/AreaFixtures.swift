import PIPlannerModel

/// Reference figures as in ReferenceData/parameters.json, for model tests.
enum AreaFixtures {
    static let assumptions = PlanAssumptions(
        baselinePrevalence: figure("baselinePrevalence", 0.15, unit: "proportion of births"),
        specialistShare: figure("specialistShare", 150.0 / 495.0, unit: "proportion of infants at risk"),
        referencePopulation: figure("referencePopulation", 280_000, unit: "persons"),
        babiesSeenPerTeamPerYear: figure("babiesSeenPerTeamPerYear", 150),
        firstYearCapacityFraction: figure("firstYearCapacityFraction", 1.0 / 3.0),
        onCostRate: figure("onCostRate", 0.14),
        payGrowthRate: figure("payGrowthRate", 0.03),
        firstYearLabourFraction: figure("firstYearLabourFraction", 0.5),
        trainingFirstYearGBP: figure("trainingFirstYearGBP", 11_077.50, unit: "GBP"),
        trainingSecondYearGBP: figure("trainingSecondYearGBP", 4_987.50, unit: "GBP"),
        plausibleBirthRatePer1000Min: figure("plausibleBirthRatePer1000Min", 5.0),
        plausibleBirthRatePer1000Max: figure("plausibleBirthRatePer1000Max", 17.9),
        prevalenceRangeLow: figure("prevalenceRangeLow", 0.10),
        prevalenceRangeHigh: figure("prevalenceRangeHigh", 0.25),
        camhsNoUnder2ShareOfAreas: figure("camhsNoUnder2ShareOfAreas", 0.42),
        smallestAreaPopulation: figure("smallestAreaPopulation", 2_281))

    /// The Spending Review 2021 team (002) at round salaries that make hand arithmetic easy.
    static let team = StaffingModel(
        id: "spending-review-2021", name: "SR2021", source: "002",
        roles: [
            StaffRole(
                id: "clusterLead", title: "Cluster lead", band: "8c", bandBasis: .published, wtePerTeam: 0.33,
                annualSalaryGBP: figure("s", 100_000, unit: "GBP")),
            StaffRole(
                id: "localityLead", title: "Locality lead", band: "8b", bandBasis: .published, wtePerTeam: 1,
                annualSalaryGBP: figure("s", 60_000, unit: "GBP")),
            StaffRole(
                id: "healthVisitor", title: "HV", band: "7", bandBasis: .published, wtePerTeam: 1,
                annualSalaryGBP: figure("s", 50_000, unit: "GBP")),
            StaffRole(
                id: "midwife", title: "Midwife", band: "7", bandBasis: .published, wtePerTeam: 1,
                annualSalaryGBP: figure("s", 50_000, unit: "GBP")),
            StaffRole(
                id: "socialWorker", title: "SW", band: "6", bandBasis: .published, wtePerTeam: 1,
                annualSalaryGBP: figure("s", 40_000, unit: "GBP")),
            StaffRole(
                id: "admin", title: "Admin", band: "4", bandBasis: .published, wtePerTeam: 0.8,
                annualSalaryGBP: figure("s", 25_000, unit: "GBP")),
        ])

    static func area(
        population: Double = 280_000, births: Double = 3_300, groups: [RiskGroupInput] = [], combination: CombinationRule = .highestRisk,
        existingWTE: Double = 0, funding: [FundingInput] = [], lead: String? = "ICB", camhs: Bool? = true, sizing: SizingMethod = .need,
        years: [String] = ["2025/26", "2026/27", "2027/28"], payOffset: Int = 0
    ) -> AreaInput {
        AreaInput(
            name: "Test", code: nil, fieldPath: "areas[0]", population: figure("population", population), births: figure("births", births),
            birthRatePer1000: nil, riskGroups: groups, combination: combination, combinationSource: "test",
            existingWTE: figure("existingWTE", existingWTE), staffing: team, sizingMethod: sizing, sizingMethodSource: "test",
            funding: funding, leadCommissioner: lead, camhsAcceptsUnder2: camhs, planYears: years, payYearsBeforeFirstPlanYear: payOffset,
            payYearLabel: "2025/26")
    }
}
