/// One financial year of a phased rollout, as planned.
///
/// Counts are teams (or team-equivalents, so fractional values are allowed). A team *coming into
/// operation* during year y is recruiting through y and is *fully operating* from 1 April of y + 1.
public struct RolloutYear: Sendable, Equatable {
    /// Financial-year label, e.g. "2022/23".
    public var label: String
    /// Teams fully operating from 1 April of this year.
    public var teamsFullyOperating: Double
    /// Teams coming into operation during this year.
    public var teamsComingIntoOperation: Double
    /// National or regional development-programme amount this year, if any (nil counts as zero).
    public var developmentGBP: Money?

    public init(label: String, teamsFullyOperating: Double, teamsComingIntoOperation: Double, developmentGBP: Money? = nil) {
        self.label = label
        self.teamsFullyOperating = teamsFullyOperating
        self.teamsComingIntoOperation = teamsComingIntoOperation
        self.developmentGBP = developmentGBP
    }
}

/// A phased rollout: consecutive financial years, the first at index 0.
///
/// Build one explicitly year by year with `init(years:source:basis:)`, or derive one from a target with
/// `RolloutSchedule.derived(labels:target:maxTeamsStartingPerYear:alreadyFullyOperating:)`.
/// Check it with `RolloutValidator.validate(_:fieldPath:)` (`RolloutModel.plan` does so too).
public struct RolloutSchedule: Sendable, Equatable {
    public var years: [RolloutYear]
    /// Where the schedule came from, carried into the audit trail (e.g. `config rollout.years`).
    public var source: String
    /// Whether the counts were given (`.config`, `.published`) or derived from a target (`.derived`).
    public var basis: Basis
    /// Where the development-programme amounts came from, when not from `source` (e.g. a config field and
    /// its citation); carried into the audit trail with basis `.config`.
    public var developmentSource: String?

    public init(
        years: [RolloutYear], source: String = "rollout schedule as given", basis: Basis = .config, developmentSource: String? = nil
    ) {
        self.years = years
        self.source = source
        self.basis = basis
        self.developmentSource = developmentSource
    }

    /// The year labels in order.
    public var labels: [String] { years.map(\.label) }
}
