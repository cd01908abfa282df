/// The rates a role is costed at under the employer method, from the tax year's rules, the employer type and
/// any figures the config supplies.
///
/// - NI: `niRate` and `niSecondaryThreshold` of the tax year (every UK employer), unless the config supplies either.
/// - `nhs-england`: pension = the NHS-employer part of the scheme rate (14.38%), levy = the administration levy
///   (0.08%), unless the config supplies either.
/// - any other employer: pension = the config's rate (required: its absence is an `EmployerOnCostNeededFigure`);
///   levy = the config's, else 0.
/// - other = the config's extra rate, else 0.
///
/// Units: proportions; GBP a year per employee for the threshold. Citation: Methodology §4.2.
public enum EmployerOnCostRatesRule {
    /// Figures a config gives for a team or role, each carrying its field path as its source.
    public struct Supplied: Sendable, Equatable {
        public var employerPensionRate: Figure?
        public var pensionLevyRate: Figure?
        public var otherRate: Figure?
        /// Employer NI rate in place of every tax year's (a scenario of a change not yet staged).
        public var niRate: Figure?
        /// Employer NI secondary threshold, GBP a year per employee, in place of every tax year's.
        public var niSecondaryThresholdGBP: Figure?

        public init(
            employerPensionRate: Figure? = nil, pensionLevyRate: Figure? = nil, otherRate: Figure? = nil, niRate: Figure? = nil,
            niSecondaryThresholdGBP: Figure? = nil
        ) {
            self.employerPensionRate = employerPensionRate
            self.pensionLevyRate = pensionLevyRate
            self.otherRate = otherRate
            self.niRate = niRate
            self.niSecondaryThresholdGBP = niSecondaryThresholdGBP
        }
    }

    /// The rates, and the figures behind them for the audit trail (NI rate, threshold, pension, then levy and
    /// other where they apply).
    public struct Resolved: Sendable, Equatable {
        public var rates: EmployerOnCostRates
        public var figures: [Figure]
    }

    /// Resolves the rates, or names the figure the config must supply.
    public static func resolve(
        rules: EmployerOnCostRules, employerType: EmployerType, supplied: Supplied = Supplied()
    ) -> Result<Resolved, EmployerOnCostNeededFigure> {
        let shipped = employerType.hasShippedPensionRate
        let pension: Figure
        if let given = supplied.employerPensionRate {
            pension = given
        } else if shipped {
            pension = rules.pensionNHSEmployerRate.figure
        } else {
            // Never guessed: the error says which figure and why (`EmployerType.whyNoShippedRate`).
            return .failure(
                employerType.neededFigure(rules: rules)
                    ?? EmployerOnCostNeededFigure(employerType: employerType, figure: .employerPensionRate))
        }
        let levy = supplied.pensionLevyRate ?? (shipped ? rules.pensionAdministrationLevyRate.figure : nil)
        let ni = supplied.niRate ?? rules.niRate.figure
        let threshold = supplied.niSecondaryThresholdGBP ?? rules.niSecondaryThresholdGBP.figure
        let rates = EmployerOnCostRates(
            niRate: ni.value, niSecondaryThresholdGBP: threshold.value, employerPensionRate: pension.value,
            pensionLevyRate: levy?.value ?? 0, otherRate: supplied.otherRate?.value ?? 0)
        return .success(Resolved(rates: rates, figures: [ni, threshold, pension] + [levy, supplied.otherRate].compactMap { $0 }))
    }
}
