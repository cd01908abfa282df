import Foundation

/// Labour of one fully operating team at the first rollout year's prices, from a figure priced at an earlier year.
///
/// `L_0 = labour_p × (1 + g)^n`, where `labour_p` is the team's labour a year at price year p (GBP a year per team),
/// `g` the pay growth a year (proportion) and `n ≥ 0` the financial years from p to the first rollout year; to the
/// penny (`PayGrowthRule`). A staffing model's labour is uplifted the same way from its pay year
/// (`RolloutStaffingLabourRule`).
/// Citation: Methodology §4; 002_da9a53b1ef711f3f.txt, Breakdown of spending, footnote 2 ("Assumes a 3% pay increase
/// each year").
public enum RolloutLabourUpliftRule {
    /// `n`: financial years from the price year to the first rollout year (2022/23 → 2025/26 is 3); negative when the
    /// price year is the later.
    public static func years(from priceYear: FinancialYear, to firstYear: FinancialYear) -> Int {
        FinancialYear.yearsBetween(priceYear, firstYear)
    }

    /// `L_0`, to the penny.
    public static func labourFirstYear(_ labourAtPriceYear: Money, payGrowthRate: Double, years: Int) -> Money {
        PayGrowthRule.uplifted(labourAtPriceYear, payGrowthRate: payGrowthRate, years: years)
    }

    /// `L_0` in pounds before rounding, for checking that `Money` holds it before converting.
    public static func labourFirstYearGBP(_ labourAtPriceYearGBP: Double, payGrowthRate: Double, years: Int) -> Double {
        labourAtPriceYearGBP * pow(1 + payGrowthRate, Double(years))
    }

    /// Whether `Money` holds both the labour at the price year and its uplift (pay growth over thousands of years, or
    /// a team of enormous salaries, does not).
    public static func fits(_ labourAtPriceYearGBP: Double, payGrowthRate: Double, years: Int) -> Bool {
        Money.canHold(labourAtPriceYearGBP)
            && Money.canHold(labourFirstYearGBP(labourAtPriceYearGBP, payGrowthRate: payGrowthRate, years: years))
    }
}
