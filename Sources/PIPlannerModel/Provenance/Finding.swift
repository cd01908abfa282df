/// A non-fatal finding (warning) about a plan: something a commissioner must see,
/// with the field it concerns and, where one exists, the source behind it.
public struct Finding: Sendable, Equatable {
    public enum Severity: String, Sendable { case warning, note }
    public enum Code: String, Sendable, CaseIterable {
        case noLeadCommissioner = "no-lead-commissioner"
        case singleFunder = "single-funder"
        case noFunding = "no-funding"
        case camhsNoUnder2 = "camhs-no-under-2"
        case camhsUnder2Unknown = "camhs-under-2-unknown"
        case birthRateImplausible = "birth-rate-implausible"
        case populationBelowSmallestArea = "population-below-smallest-area"
        case sharesAssumedExclusive = "shares-assumed-exclusive"
        case groupBelowBaseline = "group-below-baseline"
        case prevalenceOutsideRange = "prevalence-outside-range"
        case unfundedGap = "unfunded-gap"
        case overFunded = "over-funded"
        case existingExceedsRequired = "existing-exceeds-required"
        case bandFromConfig = "band-from-config"
        case payYearFallback = "pay-year-fallback"
        case payYearAfterPlanYear = "pay-year-after-plan-year"
        case riskSharesNational = "risk-shares-national"
        case riskGroupsIgnoredByPreset = "risk-groups-ignored-by-preset"
        case riskSharesMissing = "risk-shares-missing"
        case boundaryApproximation = "boundary-approximation"
        /// A rollout year has fewer teams fully operating than were operating (fully or coming into operation) the year before.
        case teamsDecrease = "teams-decrease"
        /// A rollout's labour figure is stated at one year's prices but used, without uplift, as another year's.
        case labourPriceYear = "labour-price-year"
        /// A rollout target summed from areas' fractional team-equivalents.
        case fractionalTeams = "fractional-teams"
        /// A value a config gives past a warning bound of `ReferenceData/plausibility.json`: a likely unit slip.
        case implausibleValue = "implausible-value"
    }
    public var code: Code
    public var severity: Severity
    public var message: String
    /// The config field the finding concerns, e.g. `areas[0].funding`.
    public var fieldPath: String?
    public var source: String?

    public init(_ code: Code, _ severity: Severity = .warning, message: String, fieldPath: String? = nil, source: String? = nil) {
        self.code = code
        self.severity = severity
        self.message = message
        self.fieldPath = fieldPath
        self.source = source
    }
}
