/// Babies a year whose difficulties need the specialised tier.
///
/// `specialistCaseload = infantsAtRisk × specialistShare`; infants a year × proportion → babies a year.
/// The default share is derived (150 / (3,300 × 0.15) ≈ 0.303); see `ReferenceData/parameters.json`.
/// Citation: Methodology §2.6.
public enum SpecialistCaseloadRule {
    public static func caseload(infantsAtRisk: Double, specialistShare: Double) -> Double {
        infantsAtRisk * specialistShare
    }
}
