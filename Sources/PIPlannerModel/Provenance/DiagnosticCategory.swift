extension Diagnostic {
    /// What kind of problem or finding a diagnostic is, as a stable kebab-case code that reports print and scripts may
    /// match on. Findings about a plan come first, then the errors that stop a command.
    public enum Category: String, Sendable, CaseIterable {
        // MARK: Findings about a plan (warnings and notes)

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
        /// An area left out of a batch: an unknown code, a district, a rejected row, an area without population or births.
        case areaExcluded = "area-excluded"
        /// Employer on-cost rules for a year after the last shipped year: the last figures carried forward.
        case onCostRulesCarriedForward = "on-cost-rules-carried-forward"
        /// The phasing recruits less than the gap before the plan years end.
        case phasingShortOfGap = "phasing-short-of-gap"
        /// Fully staffed teams have capacity beyond the caseload: capacity for the wider workforce, not babies.
        case spareCapacity = "spare-capacity"
        /// A budget pays for no new post, or not even the existing workforce.
        case budgetBuysNothing = "budget-buys-nothing"
        /// A budget pays for less than the recommended workforce.
        case budgetShortOfRecommended = "budget-short-of-recommended"
        /// A target share of the caseload cannot be reached by its year under the cap.
        case targetUnreachable = "target-unreachable"
        /// A value a config gives past a warning bound of `ReferenceData/plausibility.json`: a likely unit slip.
        case implausibleValue = "implausible-value"

        // MARK: Errors that stop a command

        /// A command-line mistake: a missing argument, an unknown option (exit code 2).
        case usage
        case fileNotFound = "file-not-found"
        /// A file that exists but cannot be read: a directory, no permission, too large, not UTF-8.
        case unreadable
        /// Malformed JSON.
        case syntax
        /// A value that is there but wrong.
        case invalidField = "invalid-field"
        /// A required field that is not there.
        case missingField = "missing-field"
        /// A key an object does not allow (a typo, or a key of another kind of file).
        case unknownKey = "unknown-key"
        /// Shipped or user-supplied reference data is broken.
        case referenceData = "reference-data"
        /// Area data (shipped, given with --area-data, or a derivation source) is broken.
        case areaData = "area-data"
        /// The output cannot be written.
        case writeFailed = "write-failed"
    }
}
