/// How an area's labour gets its employer on-costs (Methodology §4.2).
public enum AreaOnCosts: Sendable, Equatable {
    /// A flat proportion of salary: the assumptions' `onCostRate` (002's 14% unless overridden).
    case flat
    /// Employer NI and pension per post, by the tax year of the pay year and of each plan year.
    case employer(EmployerOnCosts)

    /// The method as reports name it, with the flat rate of `assumptions` or the team's employer.
    public func method(_ assumptions: PlanAssumptions) -> OnCostMethod {
        switch self {
        case .flat: return .flat(rate: assumptions.onCostRate.value)
        case .employer(let employer): return .employer(employer.employerType)
        }
    }

    /// The employer method's rates; nil under the flat method.
    public var employer: EmployerOnCosts? {
        if case .employer(let employer) = self { return employer }
        return nil
    }
}
