/// A rollout target: `teams` fully operating from 1 April of the year at `fullyOperatingFromYearIndex`
/// (0-based index into the schedule's years).
public struct RolloutTarget: Sendable, Equatable {
    public var teams: Double
    public var fullyOperatingFromYearIndex: Int

    public init(teams: Double, fullyOperatingFromYearIndex: Int) {
        self.teams = teams
        self.fullyOperatingFromYearIndex = fullyOperatingFromYearIndex
    }
}

extension RolloutSchedule {
    /// A target from the teams each area needs: `teams = Σ_areas areaTeams_a` (teams; fractional
    /// team-equivalents are summed as given, no rounding).
    ///
    /// The per-area counts come from the sizing rules (`CoverageTeamsRule`, `NeedTeamsRule`; Methodology §3).
    /// Values are not checked here; `derived(...)` rejects a negative or non-finite sum.
    public static func target(fromAreaTeams areaTeams: [Double], fullyOperatingFromYearIndex yearIndex: Int) -> RolloutTarget {
        RolloutTarget(teams: areaTeams.reduce(0, +), fullyOperatingFromYearIndex: yearIndex)
    }
}
