/// Infants at risk of disorganised attachment a year.
///
/// `infantsAtRisk = births × P`, births a year × proportion → infants a year.
/// Citation: Methodology §2.5.
public enum InfantsAtRiskRule {
    public static func infantsAtRisk(births: Double, prevalence: Double) -> Double {
        births * prevalence
    }
}
