import Testing

@testable import PIPlannerModel

@Suite struct WorkforceRuleTests {
    @Test func requiredWTE() {
        // 2 teams × 5.13 WTE = 10.26 WTE.
        #expect(isClose(WorkforceRule.requiredWTE(teams: 2, teamWTE: 5.13), 10.26))
    }

    @Test func gapIsNeverNegative() {
        #expect(isClose(WorkforceRule.gapWTE(requiredWTE: 10.26, existingWTE: 4.45), 5.81))
        #expect(WorkforceRule.gapWTE(requiredWTE: 3, existingWTE: 4.45) == 0)
    }

    @Test func teamEquivalents() {
        // 4.45 WTE / 5.13 = 0.8674…
        #expect(isClose(WorkforceRule.teamEquivalents(wte: 4.45, teamWTE: 5.13), 0.8674463937621832))
    }
}
