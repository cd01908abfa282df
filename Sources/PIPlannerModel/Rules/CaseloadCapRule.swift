/// Babies seen are the teams' capacity, never more than the caseload; capacity beyond it is spare.
///
/// `babiesSeen = min(capacity, caseload)`; `spareTeams = max(0, capacity − caseload) / babiesSeenPerTeamPerYear`
/// (team-equivalents of fully staffed teams whose direct-work capacity has no baby to see: capacity for training,
/// consultation and supervision of the wider workforce), `spareWTE = spareTeams × teamWTE`. Babies a year, teams, WTE.
/// `capacity` is `BabiesSeenRule`'s.
/// Citation: Methodology §3.5; 002_da9a53b1ef711f3f.txt para 22 (teams also train and supervise the wider workforce).
public enum CaseloadCapRule {
    /// Babies seen in a year: the capacity, at most the caseload.
    public static func babiesSeen(capacity: Double, specialistCaseload: Double) -> Double {
        min(capacity, max(0, specialistCaseload))
    }

    /// Team-equivalents of capacity beyond the caseload.
    public static func spareTeams(capacity: Double, specialistCaseload: Double, babiesSeenPerTeamPerYear: Double) -> Double {
        guard babiesSeenPerTeamPerYear > 0 else { return 0 }
        return max(0, capacity - max(0, specialistCaseload)) / babiesSeenPerTeamPerYear
    }
}
