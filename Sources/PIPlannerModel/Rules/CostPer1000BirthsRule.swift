/// Cost per 1,000 births: the plan's cost over its years set against the births of those years.
///
/// `costPer1000Births = totalCostGBP / (birthsPerYear × planYears) × 1,000`;
/// GBP / (births a year × years) → GBP per 1,000 live births. Undefined (nil) with no births or no plan years, or with
/// so small a fraction of a birth that the figure is more than `Money` holds.
/// A measure for comparing areas of different size on one basis (issue 4, `compare`); it assumes births
/// stay at the area's latest annual figure through the plan years.
/// Citation: Methodology §2.1 (births) and §4 (cost by year).
public enum CostPer1000BirthsRule {
    /// Births per "1,000 births": the denominator's scale.
    public static let birthsPerUnit = 1_000.0

    public static func costPer1000Births(total: Money, birthsPerYear: Double, planYears: Int) -> Money? {
        let perUnit = total.gbp / (birthsPerYear * Double(planYears)) * birthsPerUnit
        guard birthsPerYear > 0, planYears > 0, Money.canHold(perUnit) else { return nil }
        return Money(gbp: perUnit)
    }
}
