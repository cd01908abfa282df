/// The employer on-cost method for one team: who employs it, and each role's rates for the pay year and for each
/// plan year, from that tax year's rules (`EmployerOnCostRatesRule`).
///
/// A role's employer is its own (`StaffRole.employerType`, e.g. NHS staff seconded to a charity's team) or the
/// team's. A role whose employer is the team's takes the team's supplied pension rate and levy; a role with another
/// employer takes its own pension rate, or the shipped rates for `nhs-england`. The NI overrides and the other
/// on-cost rate apply to every role. Units: proportions; GBP a year per employee for the threshold.
/// Citation: Methodology §4.2.
public struct EmployerOnCosts: Sendable, Equatable {
    /// The rates of one tax year.
    public struct Year: Sendable, Equatable {
        /// The year's rules, shipped or carried forward.
        public var rules: EmployerOnCostRules
        /// Whether any of the year's figures is an earlier year's, carried forward (a finding says so).
        public var isCarriedForward: Bool
        /// One entry a role of the staffing model, in its order.
        public var roleRates: [EmployerOnCostRatesRule.Resolved]
        /// The tax year.
        public var taxYear: FinancialYear { rules.taxYear }
    }

    /// Why the method cannot cost a team.
    public enum Problem: Sendable, Equatable {
        /// No rules for a tax year the plan needs (the pay year's, or a plan year's): it is before the first year the
        /// table covers.
        case yearNotCovered(FinancialYear, firstTaxYear: FinancialYear?, isPayYear: Bool)
        /// A role's employer needs a figure the config must supply (`roleIndex` in the staffing model).
        case figureNeeded(roleIndex: Int, EmployerOnCostNeededFigure)
    }

    /// Every problem found, in the order met.
    public struct Problems: Error, Sendable, Equatable {
        /// The problems, pay year first.
        public var problems: [Problem]
    }

    /// The team's employer.
    public var employerType: EmployerType
    /// Each role's employer, in the staffing model's order.
    public var roleEmployerTypes: [EmployerType]
    /// The rates at the pay year, for one team's labour at pay-year prices.
    public var payYear: Year
    /// The rates of each plan year, in order.
    public var planYears: [Year]

    /// Resolves every role's rates for the pay year and each plan year; `supplied` are the team's figures.
    public static func resolve(
        table: EmployerOnCostRulesTable, employerType: EmployerType, supplied: EmployerOnCostRatesRule.Supplied, roles: [StaffRole],
        payYear: FinancialYear, planYears: [FinancialYear]
    ) -> Result<EmployerOnCosts, Problems> {
        var problems: [Problem] = []
        var years: [Year] = []
        // A missing figure is the same for every year: reported once, for the first year covered.
        var needsChecked = false
        for (index, year) in ([payYear] + planYears).enumerated() {
            let lookup = table.rules(for: year)
            guard let rules = lookup.rules else {
                problems.append(.yearNotCovered(year, firstTaxYear: table.firstTaxYear, isPayYear: index == 0))
                continue
            }
            var rates: [EmployerOnCostRatesRule.Resolved] = []
            for (index, role) in roles.enumerated() {
                let type = role.employerType ?? employerType
                switch EmployerOnCostRatesRule.resolve(
                    rules: rules, employerType: type, supplied: roleSupplied(role, type, employerType, supplied))
                {
                case .success(let resolved): rates.append(resolved)
                case .failure(let needed): if !needsChecked { problems.append(.figureNeeded(roleIndex: index, needed)) }
                }
            }
            needsChecked = true
            years.append(Year(rules: rules, isCarriedForward: lookup.isCarriedForward, roleRates: rates))
        }
        guard problems.isEmpty, let first = years.first else { return .failure(Problems(problems: problems)) }
        return .success(
            EmployerOnCosts(
                employerType: employerType, roleEmployerTypes: roles.map { $0.employerType ?? employerType }, payYear: first,
                planYears: Array(years.dropFirst())))
    }

    /// A role's supplied figures: its own pension rate, else the team's pension rate and levy when it has the team's
    /// employer; the team's NI overrides and other rate always.
    private static func roleSupplied(
        _ role: StaffRole, _ type: EmployerType, _ teamType: EmployerType, _ team: EmployerOnCostRatesRule.Supplied
    ) -> EmployerOnCostRatesRule.Supplied {
        let teams = type == teamType
        return EmployerOnCostRatesRule.Supplied(
            employerPensionRate: role.employerPensionRate ?? (teams ? team.employerPensionRate : nil),
            pensionLevyRate: teams ? team.pensionLevyRate : nil, otherRate: team.otherRate, niRate: team.niRate,
            niSecondaryThresholdGBP: team.niSecondaryThresholdGBP)
    }

    /// The rates of plan year `index`; the last plan year's (or the pay year's) for an index past the end.
    public func planYear(_ index: Int) -> Year {
        planYears.indices.contains(index) ? planYears[index] : planYears.last ?? payYear
    }

    /// Plan years whose rules carry an earlier year's figures forward.
    public var carriedForwardYears: [Year] { planYears.filter(\.isCarriedForward) }

    /// One team's labour before rounding in `year`, salaries × `payFactor`, and the sum of its parts' sizes
    /// (`EmployerOnCostRule.roleCostGBP`). Builds nothing: the numeric core calls it for every plan year.
    public func teamLabourGBP(_ roles: [StaffRole], year: Year, payFactor: Double) -> (totalGBP: Double, boundGBP: Double) {
        var total = 0.0
        var bound = 0.0
        for index in roles.indices where index < year.roleRates.count {
            let cost = EmployerOnCostRule.roleCostGBP(Self.input(roles[index], rates: year.roleRates[index].rates, payFactor: payFactor))
            total += cost.totalGBP
            bound += cost.boundGBP
        }
        return (total, bound)
    }

    /// Each role's cost in `year`, post by post and to the penny, salaries × `payFactor`.
    public func roleCosts(_ roles: [StaffRole], year: Year, payFactor: Double) -> [EmployerOnCostRule.RoleCost] {
        zip(roles, year.roleRates).map { role, resolved in
            EmployerOnCostRule.roleCost(Self.input(role, rates: resolved.rates, payFactor: payFactor))
        }
    }

    static func input(_ role: StaffRole, rates: EmployerOnCostRates, payFactor: Double) -> EmployerOnCostRule.RoleInput {
        EmployerOnCostRule.RoleInput(
            wte: role.wtePerTeam, annualSalaryGBP: role.annualSalaryGBP.value * payFactor, headcount: role.headcount, rates: rates)
    }
}
