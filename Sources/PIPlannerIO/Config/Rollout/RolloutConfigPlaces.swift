import Foundation
import PIPlannerModel

/// Where a value was written in a config, to report a problem found after reading (while planning) against it.
public struct ConfigPlace: Sendable, Equatable {
    /// Line and column of the value.
    public var location: SourceLocation?
    /// The value as a message quotes it (`"oldham.json"`, `an array of 3`).
    public var found: String?

    public init(location: SourceLocation?, found: String?) {
        self.location = location
        self.found = found
    }

    init(_ node: JSONNode) { self.init(location: node.location, found: node.summary) }

    /// An issue with the value at `fieldPath`, found where it was written.
    func issue(file: String, _ fieldPath: String, expected: String, hint: Diagnostic.Suggestion? = nil) -> Diagnostic {
        Diagnostic(file: file, location: location, fieldPath: fieldPath, found: found, expected: expected, hint: hint)
    }
}

/// Where a rollout config's schedule values were written, so the schedule check's errors (which name a model field
/// and a year) are reported against the config field and year they concern.
public struct RolloutConfigPlaces: Sendable, Equatable {
    /// The whole config.
    public var root: ConfigPlace?
    /// The years as written (an unreadable entry is kept as written or empty, so indices match the config).
    public var labels: [String] = []
    /// `years`, and each year as listed (all at the object for `{"start", "count"}`).
    public var years: SourceLocation?
    public var yearEntries: [SourceLocation] = []
    /// Each year's count in `schedule.teamsFullyOperating` and `schedule.teamsComingIntoOperation`.
    public var teamsFullyOperating: [SourceLocation] = []
    public var teamsComingIntoOperation: [SourceLocation] = []
    /// `developmentProgrammeGBP`, and each year's amount.
    public var development: SourceLocation?
    public var developmentEntries: [SourceLocation] = []
    /// `schedule.target` or `schedule.fromAreas`, for derived schedules.
    public var derivedPrefix = "schedule"
    /// A derived schedule's target teams (`schedule.target.teams`, or the whole `schedule.fromAreas`), target year,
    /// cap and teams already operating.
    public var targetTeams: SourceLocation?
    public var targetYear: SourceLocation?
    public var maxTeamsStartingPerYear: SourceLocation?
    public var alreadyFullyOperating: SourceLocation?
}
