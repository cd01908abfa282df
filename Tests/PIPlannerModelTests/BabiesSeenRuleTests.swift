import Testing

@testable import PIPlannerModel

@Suite struct BabiesSeenRuleTests {
    @Test func spendingReviewYears() {
        // 002: 40 × 150 + 40 × 50 = 8,000; 80 × 150 + 55 × 50 = 14,750.
        #expect(
            isClose(
                BabiesSeenRule.babiesSeen(
                    fullTeams: 40, startingTeams: 40, babiesSeenPerTeamPerYear: 150, firstYearCapacityFraction: 1.0 / 3.0), 8_000))
        #expect(
            isClose(
                BabiesSeenRule.babiesSeen(
                    fullTeams: 80, startingTeams: 55, babiesSeenPerTeamPerYear: 150, firstYearCapacityFraction: 1.0 / 3.0), 14_750))
    }
}
