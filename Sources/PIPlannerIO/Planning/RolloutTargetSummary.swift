import Foundation
import PIPlannerModel

/// What a derived schedule was derived from, for the report.
public struct RolloutTargetSummary: Sendable, Equatable {
    /// Teams to be fully operating from 1 April of `fullyOperatingFrom`.
    public var teams: Double
    public var fullyOperatingFrom: String
    public var maxTeamsStartingPerYear: Double
    /// Teams already fully operating in the first rollout year.
    public var alreadyFullyOperating: Double
    /// Where `alreadyFullyOperating` came from (a config field, or the areas' existing workforce).
    public var alreadyFullyOperatingSource: String
    /// For `fromAreas`: the sizing method summed and the plan config read (as written in the config, relative
    /// to its directory) or the areas planned from the shipped data, with each area's teams.
    public var method: SizingMethod?
    public var planConfig: String?
    public var dataAreas: RolloutDataAreas? = nil
    public var areas: [RolloutAreaTeams]
}

/// One area's teams, as summed into a `fromAreas` target.
public struct RolloutAreaTeams: Sendable, Equatable {
    /// The area's name and code as in the plan config or the area data.
    public var name: String
    public var code: String?
    /// Teams the area needs by the chosen sizing method.
    public var teams: Double
    /// Team-equivalents of the area's existing workforce, at most `teams`.
    public var existingTeams: Double
    /// For areas planned from the shipped data: how the low-income and maltreatment shares were obtained, as
    /// `batch` reports them (`local`, `local-derived`, `local-births-weighted`, `national` or `none`).
    public var lowIncomeShareBasis: String? = nil
    public var maltreatmentShareBasis: String? = nil
}

/// Where the areas of a `fromAreas` target were planned from, when they come from the shipped area data.
public struct RolloutDataAreas: Sendable, Equatable {
    /// The selection as `batch --areas` writes it: a set name (`england`) or codes separated by commas.
    public var selection: String
    /// The scenario file (as written in the config) or `(built-in defaults)`.
    public var scenario: String
    /// `embedded` or the `--area-data` directory.
    public var areaData: String
    /// The scenario's `lowIncomeMeasure` (`cilif-fye2025`, `idaci-2019`).
    public var lowIncomeMeasure: String
    /// The coverage, boundary and risk-share notes `batch` prints for the same selection.
    public var notes: [String]
}
