import Testing

@testable import PIPlannerModel

@Suite struct SpecialistCaseloadRuleTests {
    @Test func calibratedShareGivesOneTeamsCaseload() {
        // Share = 150 / (3,300 × 0.15) = 150 / 495; 495 × 150 / 495 = 150 babies.
        #expect(isClose(SpecialistCaseloadRule.caseload(infantsAtRisk: 495, specialistShare: 150.0 / 495.0), 150))
    }

    @Test func fullShare() {
        #expect(SpecialistCaseloadRule.caseload(infantsAtRisk: 60_000, specialistShare: 1.0) == 60_000)
    }
}
