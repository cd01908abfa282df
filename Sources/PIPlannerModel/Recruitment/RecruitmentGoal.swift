/// What a plan is solved for instead of the recommended workforce (Methodology §3.9, §3.10).
public enum RecruitmentGoal: Sendable, Equatable {
    /// The largest phased workforce that each plan year's budget pays for: one amount a plan year.
    case budget([Money])
    /// The cheapest phasing that sees at least `shareOfCaseloadSeen` of the caseload in plan year `byYearIndex`
    /// (0-based), starting at most `maxNewWTEPerYear` new WTE a year when given.
    case target(shareOfCaseloadSeen: Double, byYearIndex: Int, maxNewWTEPerYear: Double?)
}

/// How an area's workforce is recruited: the phasing, and a budget or target to solve for.
public struct RecruitmentInput: Sendable, Equatable {
    /// How the new WTE starts over the plan years.
    public var phasing: RecruitmentPhasing
    /// Where the phasing came from (e.g. `config phasing`), for the audit trail.
    public var phasingSource: String
    /// A budget or target to solve for; nil plans the recommended workforce.
    public var goal: RecruitmentGoal?
    /// Where the goal came from (e.g. `config areas[0].budget`, `--budget`).
    public var goalSource: String
    /// At most this many new WTE are recruited over the plan; nil: the whole gap. Set by the budget and target
    /// solvers, not by a config.
    public var newWTECeiling: Double?

    public init(
        phasing: RecruitmentPhasing = .allInFirstYear, phasingSource: String = "default: all new WTE in the first plan year",
        goal: RecruitmentGoal? = nil, goalSource: String = "", newWTECeiling: Double? = nil
    ) {
        self.phasing = phasing
        self.phasingSource = phasingSource
        self.goal = goal
        self.goalSource = goalSource
        self.newWTECeiling = newWTECeiling
    }
}
