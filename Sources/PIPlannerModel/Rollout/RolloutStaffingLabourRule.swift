/// Labour of one fully operating team built from a staffing model, at the first rollout year's prices.
///
/// `labour_pay = Σ_roles wte × annualSalary × (1 + onCostRate)`: WTE a team × GBP a year per WTE at the pay year's
/// scale, plus on-costs (proportion), to the penny (`TeamLabourCostRule`); then
/// `L_0 = labour_pay × (1 + g)^n` with `n ≥ 0` the financial years from the pay year to the first rollout year
/// (`RolloutLabourUpliftRule`). GBP a year per team.
/// Citation: Methodology §4; 002_da9a53b1ef711f3f.txt, Breakdown of spending, footnote 2 (salary plus 14% on-costs,
/// 3% pay increase a year).
public enum RolloutStaffingLabourRule {
    /// A team's labour at the pay year and at the first rollout year.
    public struct Costing: Sendable, Equatable {
        /// `labour_pay`, GBP a year per team at the pay year's scale.
        public var atPayYearGBP: Money
        /// `L_0`, GBP a year per team at the first rollout year's prices.
        public var firstYearGBP: Money
        /// `n`, years of pay growth.
        public var years: Int
    }

    /// `labour_pay` in pounds before rounding, for checking that `Money` holds it and its uplift.
    public static func labourAtPayYearGBP(roles: [(wte: Double, annualSalaryGBP: Double)], onCostRate: Double) -> Double {
        TeamLabourCostRule.salaryBill(roles: roles) * (1 + onCostRate)
    }

    /// `labour_pay` and `L_0`, each to the penny.
    public static func cost(
        roles: [(wte: Double, annualSalaryGBP: Double)], onCostRate: Double, payGrowthRate: Double, years: Int
    ) -> Costing {
        let atPay = TeamLabourCostRule.labourCost(roles: roles, onCostRate: onCostRate)
        let firstYear = RolloutLabourUpliftRule.labourFirstYear(atPay, payGrowthRate: payGrowthRate, years: years)
        return Costing(atPayYearGBP: atPay, firstYearGBP: firstYear, years: years)
    }
}
