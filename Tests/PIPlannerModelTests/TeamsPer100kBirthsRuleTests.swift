import Testing

@testable import PIPlannerModel

@Suite struct TeamsPer100kBirthsRuleTests {
    @Test func dividesByBirths() {
        // 3.3 teams for 3,300 births a year: 3.3 / 3,300 × 100,000 = 100 teams per 100,000 births.
        #expect(TeamsPer100kBirthsRule.teamsPer100kBirths(teams: 3.3, birthsPerYear: 3_300).map { abs($0 - 100) < 1e-9 } == true)
        #expect(TeamsPer100kBirthsRule.teamsPer100kBirths(teams: 0, birthsPerYear: 1_000) == 0)
    }

    @Test func undefinedWithoutBirths() {
        #expect(TeamsPer100kBirthsRule.teamsPer100kBirths(teams: 1, birthsPerYear: 0) == nil)
        #expect(TeamsPer100kBirthsRule.teamsPer100kBirths(teams: 1, birthsPerYear: -5) == nil)
        #expect(TeamsPer100kBirthsRule.teamsPer100kBirths(teams: .infinity, birthsPerYear: 5) == nil)
    }
}
