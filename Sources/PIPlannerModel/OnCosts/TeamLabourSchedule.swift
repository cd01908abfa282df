/// One team's labour in each plan year, to the penny, from plain numbers: what the plan's costing and every draw of
/// the uncertainty analysis call, so that both round the same way (Methodology §4, §4.2).
///
/// - Flat: `labour_y = PayGrowthRule.uplifted(round(salaryBill × (1 + onCostRate)), payGrowthRate, years_y)`, with the
///   on-cost shown as `labour − round(salaryBill × factor_y)`.
/// - Employer: each role of plan year y's rates at salary × `factor_y`, `EmployerOnCostRule.roleTotal` (post by
///   post: NI is linear above the per-person threshold, pension a rate), added.
///
/// `factor_y = (1 + payGrowthRate)^years_y`, `years_y` = pay years before the first plan year + y. Builds no string and
/// no array once made. Units: GBP a year, money in pence.
public struct TeamLabourSchedule: Sendable {
    /// Plan years.
    public let yearCount: Int
    let payYearsBeforeFirstPlanYear: Int
    /// One team's basic salary bill at pay-scale prices, GBP a year (`Σ wte × salary`, as ``AreaQuantities`` has it).
    let salaryBillGBP: Double
    /// Employer method: each plan year's roles at that year's rates and pay-scale salaries, year-major
    /// (`roleCount` a year); empty under the flat method.
    let employerRoles: [EmployerOnCostRule.RoleInput]
    let roleCount: Int
    let isEmployer: Bool

    /// The schedule of `area`'s staffing model, on-cost method and plan years.
    public init(_ area: AreaInput) {
        let roles = area.staffing.roles
        yearCount = area.planYears.count
        payYearsBeforeFirstPlanYear = area.payYearsBeforeFirstPlanYear
        salaryBillGBP = roles.reduce(0) { $0 + $1.wtePerTeam * $1.annualSalaryGBP.value }
        guard let employer = area.onCosts.employer else {
            (employerRoles, roleCount, isEmployer) = ([], 0, false)
            return
        }
        var inputs: [EmployerOnCostRule.RoleInput] = []
        // Roles without rates are left out, as `EmployerOnCosts.roleCosts` zips them.
        let count = (0..<yearCount).map { min(roles.count, employer.planYear($0).roleRates.count) }.min() ?? roles.count
        for y in 0..<yearCount {
            let rates = employer.planYear(y).roleRates
            for r in 0..<count { inputs.append(EmployerOnCosts.input(roles[r], rates: rates[r].rates, payFactor: 1)) }
        }
        (employerRoles, roleCount, isEmployer) = (inputs, count, true)
    }

    /// Pay growth factor of plan year `year`.
    @inline(__always) public func payFactor(year: Int, payGrowthRate: Double) -> Double {
        PayGrowthRule.factor(payGrowthRate: payGrowthRate, years: payYearsBeforeFirstPlanYear + year)
    }

    /// One team's labour in plan year `year` as salary and on-costs; nil when an amount is too large for `Money`
    /// (never at sane inputs: the plan checks its money scale first, a draw counts as infinitely costly).
    public func labour(year: Int, payGrowthRate: Double, onCostRate: Double) -> OnCostBreakdown? {
        let factor = payFactor(year: year, payGrowthRate: payGrowthRate)
        guard isEmployer else {
            let atPayYear = TeamLabourCostRule.labourCostGBP(salaryBillGBP: salaryBillGBP, onCostRate: onCostRate)
            let grownGBP = salaryBillGBP * factor
            guard Money.canHold(atPayYear), Money.canHold(Money(gbp: atPayYear).gbp * factor), Money.canHold(grownGBP) else { return nil }
            let labour = PayGrowthRule.uplifted(
                Money(gbp: atPayYear), payGrowthRate: payGrowthRate, years: payYearsBeforeFirstPlanYear + year)
            let grown = Money(gbp: grownGBP)
            return OnCostBreakdown(salary: grown, employerNI: .zero, employerPension: .zero, other: labour - grown)
        }
        let first = year * roleCount
        var bound = 0.0
        for r in first..<(first + roleCount) { bound += EmployerOnCostRule.roleCostGBP(grown(r, factor)).boundGBP }
        guard Money.canHold(bound) else { return nil }
        var total = OnCostBreakdown.zero
        for r in first..<(first + roleCount) { total = total + EmployerOnCostRule.roleTotal(grown(r, factor)) }
        return total
    }

    /// `labour(...)`'s total in pence as a `Double`, infinite when it is nil: the draw loop's form.
    @inline(__always) public func labourPence(year: Int, payGrowthRate: Double, onCostRate: Double) -> Double {
        guard let labour = labour(year: year, payGrowthRate: payGrowthRate, onCostRate: onCostRate) else { return .infinity }
        return Double(labour.total.pence)
    }

    /// Role input `index` with its salary grown by `factor`.
    @inline(__always) private func grown(_ index: Int, _ factor: Double) -> EmployerOnCostRule.RoleInput {
        var role = employerRoles[index]
        role.annualSalaryGBP *= factor
        return role
    }
}
