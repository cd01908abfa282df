/// Cost per baby seen.
///
/// `costPerBaby = totalCostGBP / babiesSeen`; GBP a year / babies a year → GBP a baby. Undefined (nil) when no baby is
/// seen, or so small a fraction of one that the cost per baby is more than `Money` holds.
/// Citation: Methodology §4 (cost by year) and §3 (babies seen).
public enum CostPerBabyRule {
    public static func costPerBaby(total: Money, babiesSeen: Double) -> Money? {
        guard babiesSeen > 0, Money.canHold(total.gbp / babiesSeen) else { return nil }
        return Money(gbp: total.gbp / babiesSeen)
    }
}
