/// The rates one role's posts are costed at: numbers only; `EmployerOnCostRatesRule` says where each came from.
///
/// Units: rates are proportions (NI of earnings above the threshold; the others of pensionable pay);
/// the threshold is GBP a year per employee. Citation: Methodology §4.2.
public struct EmployerOnCostRates: Sendable, Equatable {
    /// Employer Class 1 NI rate above the threshold, e.g. 0.15.
    public var niRate: Double
    /// Employer NI secondary threshold, GBP a year per employee (per post), e.g. 5,000.
    public var niSecondaryThresholdGBP: Double
    /// The pension contribution rate the employer itself pays, e.g. 0.1438 for an NHS employer in England.
    public var employerPensionRate: Double
    /// The pension scheme's administration levy, e.g. 0.0008; 0 where none applies.
    public var pensionLevyRate: Double
    /// Any further on-cost a config adds (e.g. the apprenticeship levy), a proportion of pay; 0 by default.
    public var otherRate: Double

    public init(
        niRate: Double, niSecondaryThresholdGBP: Double, employerPensionRate: Double, pensionLevyRate: Double = 0, otherRate: Double = 0
    ) {
        self.niRate = niRate
        self.niSecondaryThresholdGBP = niSecondaryThresholdGBP
        self.employerPensionRate = employerPensionRate
        self.pensionLevyRate = pensionLevyRate
        self.otherRate = otherRate
    }
}
