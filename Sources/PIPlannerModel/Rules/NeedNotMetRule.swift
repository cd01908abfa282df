/// The caseload a year's babies seen leave unmet, and the share seen.
///
/// `needNotMet = max(0, caseload − babiesSeen)` (babies in the year); `shareOfCaseloadSeen = babiesSeen / caseload`
/// (proportion; undefined with no caseload); over the plan, `Σ_years needNotMet`. Babies are in scope from conception
/// to age two, so a baby not seen in a year is not a queue carried into the next: the need not met is counted year by
/// year and summed, never carried forward.
/// Citation: Methodology §3.5.
public enum NeedNotMetRule {
    /// Babies of the year's caseload not seen.
    public static func needNotMet(specialistCaseload: Double, babiesSeen: Double) -> Double {
        max(0, specialistCaseload - babiesSeen)
    }

    /// Share of the year's caseload seen; nil with no caseload.
    public static func shareOfCaseloadSeen(specialistCaseload: Double, babiesSeen: Double) -> Double? {
        specialistCaseload > 0 ? min(1, babiesSeen / specialistCaseload) : nil
    }
}
