import Testing

@testable import PIPlannerModel

@Suite struct AnnualCostRuleTests {
    let training1 = Money(gbp: 11_077.50)
    let training2 = Money(gbp: 4_987.50)

    @Test func firstYear() {
        // existing 1 × 100,000 = 100,000; new 2 × 100,000 × 0.5 = 100,000; training 2 × 11,077.50 = 22,155 → 222,155
        let c = AnnualCostRule.cost(
            yearIndex: 0, labourPerTeamThisYear: Money(gbp: 100_000), existingTeams: 1, newTeams: 2, firstYearLabourFraction: 0.5,
            trainingFirstYearGBP: training1, trainingSecondYearGBP: training2)
        #expect(c.labourExistingGBP == Money(gbp: 100_000))
        #expect(c.labourNewGBP == Money(gbp: 100_000))
        #expect(c.trainingGBP == Money(gbp: 22_155))
        #expect(c.totalGBP == Money(gbp: 222_155))
    }

    @Test func secondYear() {
        // existing 103,000; new 2 × 103,000 = 206,000; training 2 × 4,987.50 = 9,975 → 318,975
        let c = AnnualCostRule.cost(
            yearIndex: 1, labourPerTeamThisYear: Money(gbp: 103_000), existingTeams: 1, newTeams: 2, firstYearLabourFraction: 0.5,
            trainingFirstYearGBP: training1, trainingSecondYearGBP: training2)
        #expect(c.totalGBP == Money(gbp: 318_975))
    }

    @Test func laterYears() {
        // (1 + 2) × 106,090 = 318,270; no training.
        let c = AnnualCostRule.cost(
            yearIndex: 2, labourPerTeamThisYear: Money(gbp: 106_090), existingTeams: 1, newTeams: 2, firstYearLabourFraction: 0.5,
            trainingFirstYearGBP: training1, trainingSecondYearGBP: training2)
        #expect(c.totalGBP == Money(gbp: 318_270))
        #expect(c.trainingGBP == .zero)
    }

    @Test func spendingReviewFirstYearLine() {
        // 002, 2022/23: 40 teams coming into operation × 237,684.80 × 0.5 = 4,753,696.
        let c = AnnualCostRule.cost(
            yearIndex: 0, labourPerTeamThisYear: Money(gbp: 237_684.80), existingTeams: 0, newTeams: 40, firstYearLabourFraction: 0.5,
            trainingFirstYearGBP: training1, trainingSecondYearGBP: training2)
        #expect(c.labourNewGBP == Money(gbp: 4_753_696))
        #expect(c.trainingGBP == Money(gbp: 443_100))
    }
}

/// The phased form of `AnnualCostRule`: the rollout's cohort rules (Methodology §3.7).
@Suite struct PhasedAnnualCostTests {
    @Test func fixtureAreaAtTwoWTEAYearByHand() {
        // Fixture area: 1 need team of 5.13 WTE, no existing, flat labour L0 = 253,000 × 1.14 = £288,420 (2025/26),
        // L1 = £297,072.60. At most 2 new WTE a year: N = 2 / 5.13 = 0.389864 teams starting in each of the first years.
        // 2025/26: labour new 288,420 × 0.389864 × 0.5 = £56,222.22; training 11,077.50 × 0.389864 = £4,318.71;
        //          babies 0.389864 × 50 = 19.49; need not met 150 − 19.49 = 130.51.
        // 2026/27: labour new 297,072.60 × 0.389864 = £115,817.78 (fully operating) + 297,072.60 × 0.389864 × 0.5 =
        //          £57,908.89 (coming); training £4,318.71 + 4,987.50 × 0.389864 = £1,944.44; total 115,817.78 + 57,908.89 + 4,318.71 + 1,944.44 = £179,989.82;
        //          babies 0.389864 × 150 + 0.389864 × 50 = 77.97.
        var area = AreaFixtures.area()
        area.recruitment.phasing = .maxNewWTEPerYear(2)
        let plan = AreaPlanner.plan(area, assumptions: AreaFixtures.assumptions)
        #expect(plan.years[0].cost.labourNewGBP == Money(gbp: 56_222.22))
        #expect(plan.years[0].cost.trainingGBP == Money(gbp: 4_318.71))
        #expect(isClose(plan.years[0].babiesSeen, 19.493_177, relativeTolerance: 1e-6))
        #expect(isClose(plan.years[0].needNotMet, 130.506_823, relativeTolerance: 1e-6))
        #expect(plan.years[1].cost.labourNewGBP == Money(gbp: 115_817.78 + 57_908.89))
        #expect(plan.years[1].cost.trainingGBP == Money(gbp: 4_318.71 + 1_944.44))
        #expect(plan.years[1].cost.totalGBP == Money(gbp: 179_989.82))
        #expect(isClose(plan.years[1].babiesSeen, 77.972_710, relativeTolerance: 1e-6))
    }

    @Test func allInYearOneIsTheOldRule() {
        // The cohort form with every new team in year 0 gives the same lines as the three-case rule.
        for k in 0..<3 {
            let old = AnnualCostRule.cost(
                yearIndex: k, labourPerTeamThisYear: Money(gbp: 100_000), existingTeams: 1, newTeams: 2, firstYearLabourFraction: 0.5,
                trainingFirstYearGBP: Money(gbp: 11_077.50), trainingSecondYearGBP: Money(gbp: 4_987.50))
            let new = AnnualCostRule.cost(
                labourPerTeamThisYear: Money(gbp: 100_000), existingTeams: 1,
                cohort: RolloutYear(label: "", teamsFullyOperating: k == 0 ? 0 : 2, teamsComingIntoOperation: k == 0 ? 2 : 0),
                teamsStartedLastYear: k == 1 ? 2 : 0, firstYearLabourFraction: 0.5, trainingFirstYearGBP: Money(gbp: 11_077.50),
                trainingSecondYearGBP: Money(gbp: 4_987.50))
            #expect(old == new)
        }
    }
}
