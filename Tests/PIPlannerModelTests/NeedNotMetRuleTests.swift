import PIPlannerModel
import Testing

/// `NeedNotMetRule`: caseload less babies seen, and the share seen (Methodology §3.5).
@Suite struct NeedNotMetRuleTests {
    @Test func byHand() {
        // Caseload 492.4, seen 178.85: 313.55 not met, 178.85 / 492.4 = 36.32% seen.
        #expect(isClose(NeedNotMetRule.needNotMet(specialistCaseload: 492.4, babiesSeen: 178.85), 313.55))
        #expect(
            isClose(NeedNotMetRule.shareOfCaseloadSeen(specialistCaseload: 492.4, babiesSeen: 178.85)!, 0.363_221, relativeTolerance: 1e-5))
        #expect(NeedNotMetRule.needNotMet(specialistCaseload: 100, babiesSeen: 100) == 0)
        #expect(NeedNotMetRule.shareOfCaseloadSeen(specialistCaseload: 0, babiesSeen: 0) == nil)
    }
}
