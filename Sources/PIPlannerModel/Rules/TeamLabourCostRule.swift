/// Annual labour cost of one fully operating team at pay-scale prices.
///
/// `labour = Σ_roles wte × annualSalaryGBP × (1 + onCostRate)`; GBP a year.
/// Salaries are NHS Agenda for Change pay points (ReferenceData/pay-scales) or config figures.
/// Citation: 002_da9a53b1ef711f3f.txt, Breakdown of spending, footnote 2 (14% on-costs); Methodology §4.
public enum TeamLabourCostRule {
    /// Basic salary bill of one team: `Σ wte × salary`.
    public static func salaryBill(roles: [(wte: Double, annualSalaryGBP: Double)]) -> Double {
        roles.reduce(0) { $0 + $1.wte * $1.annualSalaryGBP }
    }

    /// Labour cost of one team including on-costs from its salary bill, unrounded (GBP a year).
    public static func labourCostGBP(salaryBillGBP: Double, onCostRate: Double) -> Double {
        salaryBillGBP * (1 + onCostRate)
    }

    /// Labour cost of one team including on-costs, to the penny.
    public static func labourCost(roles: [(wte: Double, annualSalaryGBP: Double)], onCostRate: Double) -> Money {
        Money(gbp: labourCostGBP(salaryBillGBP: salaryBill(roles: roles), onCostRate: onCostRate))
    }
}
