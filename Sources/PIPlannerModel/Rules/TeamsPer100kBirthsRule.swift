/// Teams per 100,000 births: the recommended teams set against the area's births, so that areas of very
/// different size compare on one basis (the `batch` map, `compare`).
///
/// `teamsPer100kBirths = teams / birthsPerYear × 100,000`; teams / births a year → teams per 100,000 live births a
/// year. Under the need method it follows the area's prevalence; under the coverage method, its population per birth.
/// Undefined (nil) with no births, or a result that is not finite.
/// Citation: Methodology §3.3 (the recommended teams) and §2.1 (births).
public enum TeamsPer100kBirthsRule {
    /// Births per "100,000 births": the denominator's scale.
    public static let birthsPerUnit = 100_000.0

    public static func teamsPer100kBirths(teams: Double, birthsPerYear: Double) -> Double? {
        guard birthsPerYear > 0 else { return nil }
        let value = teams / birthsPerYear * birthsPerUnit
        return value.isFinite ? value : nil
    }
}
