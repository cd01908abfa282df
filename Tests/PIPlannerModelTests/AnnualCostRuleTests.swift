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
