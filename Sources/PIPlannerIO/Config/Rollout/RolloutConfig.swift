import Foundation
import PIPlannerModel

/// A rollout config as written (`piplanner rollout`): what it asks for, read and checked against the reference data
/// but neither planned nor costed; `RolloutPlanner` does that. Schema: `Examples/README-rollout.md`.
///
/// Problems with its fields do not stop the reading: they are kept in `issues`, and `RolloutPlanner.plan` reports
/// them with the problems planning finds (a nested plan config, an area, an unreachable target), so one run lists
/// every problem.
public struct RolloutConfig: Sendable {
    /// The config path as given.
    public var file: String
    public var title: String?
    public var description: String?
    /// "embedded" or the reference-data directory.
    public var referenceOrigin: String
    /// The rollout years in order; empty when `years` could not be read.
    public var years: [FinancialYear]
    /// Reference figures with the config's `assumptions` applied, by parameter id.
    public var figures: [String: Figure]
    /// Reference figures the config replaced under `assumptions`, by id.
    public var overrides: [Figure]
    /// How one team's labour is given; nil when `labourPerTeam` could not be read.
    public var labour: RolloutLabourInput?
    /// How the schedule is given; nil when `schedule` could not be read.
    public var schedule: RolloutScheduleInput?
    /// The development programme, one amount per year; nil when not given (or not readable).
    public var development: RolloutDevelopmentInput?
    /// The total column; nil when `totalSpan` could not be read.
    public var span: RolloutSpan?
    /// The distributions for `--draws`, with the config's `uncertainty` block (Methodology §7.6).
    public var uncertainty: UncertaintySettings
    /// Findings about what the config says (a pay scale's fallback year, a labour figure at another year's prices).
    public var findings: [Diagnostic]
    /// Where the values were written, to report problems found while planning against the config.
    public var places: RolloutConfigPlaces
    /// Problems found reading the config.
    public var issues: [Diagnostic]

    /// Whether reading found no problem.
    public var isValid: Bool { issues.isEmpty }
}

/// The total column of a rollout report: a named span of consecutive rollout years, e.g. the Spending Review
/// years 2022/23 through 2024/25.
public struct RolloutSpan: Sendable, Equatable {
    /// Column heading, e.g. "Total 2022/23–2024/25".
    public var label: String
    /// First year of the span (a rollout year label).
    public var from: String
    /// Last year of the span (a rollout year label, not before `from`).
    public var through: String
}

/// `developmentProgrammeGBP`: an amount per rollout year (nil where none is given) and where the amounts came from.
public struct RolloutDevelopmentInput: Sendable, Equatable {
    public var amounts: [Money?]
    /// `config developmentProgrammeGBP`, with `developmentProgrammeSource` when given.
    public var source: String
}
