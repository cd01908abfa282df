/// Labour cost split into salary and each employer on-cost, to the penny.
///
/// `total = salary + employerNI + employerPension + pensionLevy + other`, exactly: the parts are rounded once
/// (per post, see `EmployerOnCostRule`) and sums add pence. Units: GBP a year. Citation: Methodology §4.2.
public struct OnCostBreakdown: Sendable, Equatable {
    /// Pay: annual salary × WTE.
    public var salary: Money
    public var employerNI: Money
    /// The pension contribution the employer pays (not the part paid centrally).
    public var employerPension: Money
    public var pensionLevy: Money
    /// Any other on-cost the config adds.
    public var other: Money

    public init(salary: Money, employerNI: Money, employerPension: Money, pensionLevy: Money = .zero, other: Money = .zero) {
        self.salary = salary
        self.employerNI = employerNI
        self.employerPension = employerPension
        self.pensionLevy = pensionLevy
        self.other = other
    }

    public static let zero = OnCostBreakdown(salary: .zero, employerNI: .zero, employerPension: .zero)

    /// Everything on top of salary.
    public var onCosts: Money { employerNI + employerPension + pensionLevy + other }

    /// Pension with its levy, as one line where a report shows "pension".
    public var pensionWithLevy: Money { employerPension + pensionLevy }

    /// Salary and on-costs.
    public var total: Money { salary + onCosts }

    /// Adds part by part.
    public static func + (a: OnCostBreakdown, b: OnCostBreakdown) -> OnCostBreakdown {
        OnCostBreakdown(
            salary: a.salary + b.salary, employerNI: a.employerNI + b.employerNI, employerPension: a.employerPension + b.employerPension,
            pensionLevy: a.pensionLevy + b.pensionLevy, other: a.other + b.other)
    }

    /// `count` identical breakdowns added (posts of the same WTE), part by part.
    public func times(_ count: Int) -> OnCostBreakdown {
        let n = Int64(count)
        return OnCostBreakdown(
            salary: Money(pence: salary.pence * n), employerNI: Money(pence: employerNI.pence * n),
            employerPension: Money(pence: employerPension.pence * n), pensionLevy: Money(pence: pensionLevy.pence * n),
            other: Money(pence: other.pence * n))
    }
}

extension Sequence where Element == OnCostBreakdown {
    /// The part-by-part sum.
    public func sum() -> OnCostBreakdown { reduce(.zero, +) }
}
