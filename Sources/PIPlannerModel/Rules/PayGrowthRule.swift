import Foundation

/// Labour cost uplifted by annual pay growth.
///
/// `cost_y = cost_base × (1 + payGrowthRate)^years`, where `years` counts financial years
/// after the base (pay-scale) year. GBP a year.
/// Citation: 002_da9a53b1ef711f3f.txt, Breakdown of spending, footnote 2 ("Assumes a 3% pay increase each year").
public enum PayGrowthRule {
    /// The uplift factor `(1 + payGrowthRate)^years` (below 1 for years before the base year).
    public static func factor(payGrowthRate: Double, years: Int) -> Double {
        pow(1 + payGrowthRate, Double(years))
    }

    /// `base` uplifted by `years` of pay growth, to the penny.
    public static func uplifted(_ base: Money, payGrowthRate: Double, years: Int) -> Money {
        base * factor(payGrowthRate: payGrowthRate, years: years)
    }
}
