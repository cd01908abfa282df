import Foundation
import PIPlannerModel

/// A rollout config planned and costed (`RolloutPlanner`): everything the rollout renderers need.
public struct PlannedRollout: Sendable {
    /// The config path as given.
    public var file: String
    public var title: String?
    public var description: String?
    /// "embedded" or the reference-data directory.
    public var referenceOrigin: String
    /// How the schedule was given.
    public var scheduleKind: RolloutScheduleKind
    /// The schedule costed (given, or derived), with development amounts.
    public var schedule: RolloutSchedule
    /// Set for derived schedules (`target`, `fromAreas`).
    public var target: RolloutTargetSummary?
    /// The figures the rollout was costed with; the labour figure is at the first rollout year's prices.
    public var assumptions: RolloutAssumptions
    /// Figures to list under "assumptions used": the rollout assumptions, plus the on-cost rate when the labour
    /// cost was built from a staffing model.
    public var assumptionFigures: [Figure]
    /// The team, when the labour cost was built from a staffing model and pay scales.
    public var staffing: StaffingModel?
    /// How the team's labour got its on-costs, when built from a staffing model: flat, or employer NI and pension per
    /// post by each rollout year's rules.
    public var onCosts: AreaOnCosts?
    /// Reference figures the config replaced under `assumptions`.
    public var overrides: [Figure]
    /// The total column.
    public var span: RolloutSpan
    /// The costed rollout (each year's lines, the schedule's findings, the model's audit trail).
    public var plan: RolloutPlan
    /// The distributions for `--draws`, with the config's `uncertainty` block.
    public var uncertainty: UncertaintySettings
    /// Totals over `span`.
    public var spanTotals: RolloutTotals
    /// Findings about the config (labour price year, fractional teams, bands) then about the schedule.
    public var findings: [Diagnostic]
    /// Config-level steps (labour build-up, target from areas), then the model's year-by-year steps.
    public var audit: [AuditStep]
    /// Every file read: this config, any plan config or scenario it names, and `--area-data` files (output never
    /// overwrites one).
    public var inputFiles: [String]
}
