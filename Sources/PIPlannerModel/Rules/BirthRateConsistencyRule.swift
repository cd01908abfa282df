/// Whether births and population are consistent: the implied crude birth rate lies in a plausible range.
///
/// `rate = births / population × 1000`; plausible when `min ≤ rate ≤ max` (per 1,000 population a year).
/// The range is derived from the lowest and highest UK local-authority crude birth rates of 2022 (ONS),
/// widened by 15%; see `ReferenceData/parameters.json`.
public enum BirthRateConsistencyRule {
    public static func isPlausible(births: Double, population: Double, minPer1000: Double, maxPer1000: Double) -> Bool {
        let rate = BirthsRule.birthRatePer1000(births: births, population: population)
        return rate >= minPer1000 && rate <= maxPer1000
    }
}
