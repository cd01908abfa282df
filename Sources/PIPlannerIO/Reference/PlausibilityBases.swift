import Foundation
import PIPlannerModel

extension PlausibilityTable {
    /// The figures of the reference data a plausibility bound may be a multiple of: the lowest and highest annual salary
    /// in the pay scales (any year), and one team of the default staffing model at the default pay year and point with
    /// the reference on-cost rate (left out when a role of it has no band or point there).
    static func bases(payScale: PayScaleTable, models: [StaffingTemplate], parameters: [String: ReferenceParameter], payYear: FinancialYear)
        -> [String: Base]
    {
        var bases: [String: Base] = [:]
        let points = payScale.points.sorted { $0.annualSalaryGBP < $1.annualSalaryGBP }
        func named(_ point: PayPoint) -> String {
            "\(NumberFormat.gbp(Money(gbp: point.annualSalaryGBP))), band \(point.band) \(point.point) \(point.payYear)"
        }
        if let lowest = points.first, let highest = points.last {
            bases["lowestPayPoint"] = Base(
                value: lowest.annualSalaryGBP, name: "the lowest Agenda for Change point shipped, \(named(lowest))")
            bases["highestPayPoint"] = Base(
                value: highest.annualSalaryGBP, name: "the highest Agenda for Change point shipped, \(named(highest))")
        }
        if let labour = defaultTeamLabour(payScale: payScale, models: models, parameters: parameters, payYear: payYear) {
            bases["defaultTeamLabour"] = labour
        }
        return bases
    }

    /// One team of the default staffing model: `Σ WTE × salary × (1 + onCostRate)` at the default pay year and point.
    private static func defaultTeamLabour(
        payScale: PayScaleTable, models: [StaffingTemplate], parameters: [String: ReferenceParameter], payYear: FinancialYear
    ) -> Base? {
        guard let id = parameters["defaultStaffingModel"]?.text, let model = models.first(where: { $0.id == id }),
            let onCost = parameters["onCostRate"]?.number, let growth = parameters["payGrowthRate"]?.figure
        else { return nil }
        let point = parameters["defaultPayPoint"]?.text ?? PayResolver.PointKind.entry.rawValue
        let resolver = PayResolver(table: payScale, payGrowthRate: growth)
        var bill = 0.0
        for role in model.roles {
            guard let band = role.band,
                case .success(let salary) = resolver.salary(band: band, payYear: payYear.label, point: point, bandYear: nil)
            else { return nil }
            bill += role.wte * salary.value
        }
        let labour = bill * (1 + onCost)
        return Base(
            value: labour,
            name:
                "one \(id) team at \(payYear) \(point) pay with \(NumberFormat.trimmedPercent(onCost)) on-costs, \(NumberFormat.gbp(Money(gbp: labour))) a year"
        )
    }
}
