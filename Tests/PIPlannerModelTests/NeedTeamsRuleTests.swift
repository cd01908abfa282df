import Testing

@testable import PIPlannerModel

@Suite struct NeedTeamsRuleTests {
    @Test func england003() {
        // 003: 60,000 babies / 150 a team = 400 teams ("we need 400 not 40").
        #expect(NeedTeamsRule.teams(specialistCaseload: 60_000, babiesSeenPerTeamPerYear: 150) == 400)
    }

    @Test func fractionalTeams() {
        // 185.9 babies / 150 = 1.2393…
        #expect(isClose(NeedTeamsRule.teams(specialistCaseload: 185.9, babiesSeenPerTeamPerYear: 150), 1.2393333333333334))
    }
}
