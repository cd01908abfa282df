import PIPlannerModel
import Testing

/// `CaseloadCapRule`: babies seen at most the caseload, spare capacity as team-equivalents (Methodology §3.5).
@Suite struct CaseloadCapRuleTests {
    @Test func capAndSpareByHand() {
        // Capacity 3 teams × 150 = 450 against a caseload of 390: 390 seen, (450 − 390) / 150 = 0.4 teams spare.
        #expect(CaseloadCapRule.babiesSeen(capacity: 450, specialistCaseload: 390) == 390)
        #expect(isClose(CaseloadCapRule.spareTeams(capacity: 450, specialistCaseload: 390, babiesSeenPerTeamPerYear: 150), 0.4))
        // Below the caseload: all the capacity is seen, none spare.
        #expect(CaseloadCapRule.babiesSeen(capacity: 200, specialistCaseload: 390) == 200)
        #expect(CaseloadCapRule.spareTeams(capacity: 200, specialistCaseload: 390, babiesSeenPerTeamPerYear: 150) == 0)
    }
}
