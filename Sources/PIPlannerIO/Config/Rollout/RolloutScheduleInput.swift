import Foundation
import PIPlannerModel

/// How a rollout config gave its schedule.
public enum RolloutScheduleKind: String, Sendable {
    /// Teams fully operating and coming into operation given year by year.
    case explicit
    /// Derived from a target number of teams and a cap on teams starting a year.
    case target
    /// Derived from the teams the areas of a plan config, or areas planned from the shipped area data, need.
    case fromAreas = "from-areas"
}

/// A rollout config's `schedule`, as written: `RolloutPlanner` derives a schedule from a target and validates it.
public enum RolloutScheduleInput: Sendable {
    /// Teams fully operating and coming into operation given year by year (not yet validated).
    case explicit(RolloutSchedule)
    /// A target of teams fully operating from a year, at most a number starting a year.
    case target(RolloutTargetInput)
    /// A target summed from the teams areas need.
    case fromAreas(RolloutFromAreasInput)

    /// Which of the three forms.
    public var kind: RolloutScheduleKind {
        switch self {
        case .explicit: return .explicit
        case .target: return .target
        case .fromAreas: return .fromAreas
        }
    }
}

/// `schedule.target` with `schedule.maxTeamsStartingPerYear` and `schedule.alreadyFullyOperating`.
public struct RolloutTargetInput: Sendable, Equatable {
    /// Teams to be fully operating from 1 April of the year at `fullyOperatingFromYearIndex`.
    public var teams: Double
    /// 0-based index into the rollout years.
    public var fullyOperatingFromYearIndex: Int
    /// The most teams that can come into operation in one year.
    public var maxTeamsStartingPerYear: Double
    /// Teams already fully operating in the first rollout year, when given.
    public var alreadyFullyOperating: Double?
}

/// `schedule.fromAreas`: the areas whose teams are summed into the target, and the target's year and cap. A field
/// that could not be read is nil (and an issue); the areas are still planned, to report their problems too.
public struct RolloutFromAreasInput: Sendable {
    /// The sizing method whose teams are summed.
    public var method: SizingMethod?
    public var fullyOperatingFromYearIndex: Int?
    public var maxTeamsStartingPerYear: Double?
    /// Teams already fully operating in the first rollout year, when given (else taken from the areas).
    public var alreadyFullyOperating: Double?
    /// Where the areas come from; nil when neither or both of `config` and `areas` are given.
    public var areas: Areas?

    /// The areas of a plan config, or areas planned from the area data.
    public enum Areas: Sendable {
        /// `fromAreas.config`.
        case planConfig(NestedFile)
        /// `fromAreas.areas` with `fromAreas.scenario`.
        case areaData(AreaData)
    }

    /// A file a rollout config names, resolved against the config's directory.
    public struct NestedFile: Sendable, Equatable {
        /// The standardised path read.
        public var path: String
        /// The path as written in the config.
        public var written: String
        public var place: ConfigPlace
    }

    /// `fromAreas.areas` (an area set, GSS codes separated by commas, or an array of codes) and the scenario to plan
    /// them under.
    public struct AreaData: Sendable {
        /// The selection as written; nil when it was neither a string nor an array (an issue).
        public var selection: Selection?
        /// For an array: the config field path and location of each code read, in the order of `codes`.
        public var codePlaces: [(fieldPath: String, location: SourceLocation)]
        /// The `areas` value.
        public var place: ConfigPlace
        public var scenario: Scenario
        /// False when the list had a problem the loader reported (a code listed twice, no codes): the codes read are
        /// still planned, to report their problems, but no target is taken from them.
        public var isComplete: Bool
    }

    /// `fromAreas.areas` as written.
    public enum Selection: Sendable, Equatable {
        /// A string: an area set or codes separated by commas (parsed as `batch --areas` parses it).
        case text(String)
        /// An array of codes, each once.
        case codes([String])
    }

    /// `fromAreas.scenario`.
    public enum Scenario: Sendable, Equatable {
        /// None given: the built-in defaults.
        case builtIn
        case file(NestedFile)
        /// Given but not a string (an issue).
        case unreadable
    }
}
