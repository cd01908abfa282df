import Testing

@testable import PIPlannerModel

@Suite struct CoverageTeamsRuleTests {
    @Test func referenceArea() {
        #expect(CoverageTeamsRule.teams(population: 280_000, referencePopulation: 280_000) == 1)
    }

    @Test func england2021() {
        // 002: 56,550,000 / 280,000 = 201.964… → 202 teams.
        let teams = CoverageTeamsRule.teams(population: 56_550_000, referencePopulation: 280_000)
        #expect(isClose(teams, 201.96428571428572))
        #expect(teams.rounded() == 202)
    }
}
