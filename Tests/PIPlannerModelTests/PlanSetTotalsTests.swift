import Testing

@testable import PIPlannerModel

@Suite struct PlanSetTotalsTests {
    @Test func sumsAndRatiosFromTheSums() {
        // Two baseline-risk areas: 280,000 people / 3,300 births, and 560,000 / 6,600.
        let a = AreaPlanner.plan(AreaFixtures.area(), assumptions: AreaFixtures.assumptions)
        let b = AreaPlanner.plan(AreaFixtures.area(population: 560_000, births: 6_600), assumptions: AreaFixtures.assumptions)
        let t = PlanSetTotals([a, b])
        #expect(t.areaCount == 2)
        #expect(t.population == 840_000 && t.births == 9_900)
        // Coverage: 840,000 / 280,000 = 3 teams; need: 9,900 × 0.15 × (150/495) / 150 = 3 teams.
        #expect(isClose(t.coverageTeams, 3) && isClose(t.needTeams, 3))
        // Prevalence of the set = Σ infants ÷ Σ births = (495 + 990) / 9,900 = 0.15.
        #expect(isClose(t.prevalence, 0.15))
        #expect(t.planYears == a.years.map(\.label))
        #expect(t.annualCostGBP == zip(a.annualCostGBP, b.annualCostGBP).map { $0 + $1 })
        #expect(t.totalCostGBP == a.totalCostGBP + b.totalCostGBP)
        // Cost per 1,000 births = total ÷ (9,900 × 3 years) × 1,000.
        #expect(t.costPer1000BirthsGBP == Money(gbp: t.totalCostGBP.gbp / (9_900 * 3) * 1_000))
        #expect(isClose(t.birthRatePer1000, 9_900.0 / 840_000 * 1_000))
    }

    @Test func differentPlanYearsGiveNoYearlyTotals() {
        let a = AreaPlanner.plan(AreaFixtures.area(), assumptions: AreaFixtures.assumptions)
        let b = AreaPlanner.plan(AreaFixtures.area(years: ["2026/27"]), assumptions: AreaFixtures.assumptions)
        let t = PlanSetTotals([a, b])
        #expect(t.planYears.isEmpty && t.annualCostGBP.isEmpty && t.costPer1000BirthsGBP == nil)
        #expect(t.totalCostGBP == a.totalCostGBP + b.totalCostGBP)
    }
}
