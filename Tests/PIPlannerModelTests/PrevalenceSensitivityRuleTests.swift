import Testing

@testable import PIPlannerModel

@Suite struct PrevalenceSensitivityRuleTests {
    @Test func referenceAreaAcrossThePublishedRange() {
        // 3,300 births × 0.10 × (150/495) / 150 = 330 / 495 = 0.6667 teams;
        // 3,300 × 0.25 × (150/495) / 150 = 825 / 495 = 1.6667 teams.
        let r = PrevalenceSensitivityRule.range(
            births: 3_300, specialistShare: 150.0 / 495.0, babiesSeenPerTeamPerYear: 150, lowPrevalence: 0.10, highPrevalence: 0.25)
        #expect(isClose(r.lowTeams, 2.0 / 3.0))
        #expect(isClose(r.highTeams, 5.0 / 3.0))
    }
}
