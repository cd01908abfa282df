/// The workforce a plan costs and recruits, and the cohort of new staff in each plan year: the one sizing step shared
/// by the numeric core (`AreaQuantities`) and the uncertainty draw loop (`AreaDrawModel`), so a draw is sized exactly as
/// the plan is.
///
/// `costed = Σ_roles ⌈teams × wte_r / increment⌉ × increment` (WTE; the required WTE when there is no increment);
/// `costedGap = max(0, costed − existing)`; `existingTeams = min(existing, costed) / teamWTE`; the WTE recruited is
/// `min(costedGap, ceiling)`, spread over the plan years by the phasing, and each year's new team-equivalents start
/// as a cohort (a third of a team's babies and half a year's labour in its first year). WTE and team-equivalents.
/// Citation: Methodology §3.4, §3.7, §3.8.
public struct PhasedWorkforce: Sendable, Equatable {
    public var costedWTE: Double
    public var costedGapWTE: Double
    public var existingTeams: Double
    public var newWTEByYear: [Double]
    public var recruitedWTE: Double
    public var newTeams: Double
    public var cohorts: [RolloutYear]

    /// No workforce: what a plan holds before it is sized.
    public static let none = PhasedWorkforce()

    private init() {
        (costedWTE, costedGapWTE, existingTeams, recruitedWTE, newTeams) = (0, 0, 0, 0, 0)
        (newWTEByYear, cohorts) = ([], [])
    }

    /// The workforce for `teams` recommended teams of roles `wtePerTeam` (WTE a team each, summing to `teamWTE`).
    public init(
        teams: Double, wtePerTeam: [Double], teamWTE: Double, existingWTE: Double, incrementWTE: Double?,
        recruitment: RecruitmentInput, planYears: [String]
    ) {
        let required = WorkforceRule.requiredWTE(teams: teams, teamWTE: teamWTE)
        if incrementWTE == nil {
            costedWTE = required
        } else {
            // `PostsToRecruitRule.requiredWTE` summed, without building its array.
            costedWTE = wtePerTeam.reduce(0) { $0 + HiringIncrementRule.roundedUp(teams * $1, incrementWTE: incrementWTE) }
        }
        costedGapWTE = WorkforceRule.gapWTE(requiredWTE: costedWTE, existingWTE: existingWTE)
        existingTeams = WorkforceRule.teamEquivalents(wte: min(existingWTE, costedWTE), teamWTE: teamWTE)
        let recruit = min(costedGapWTE, recruitment.newWTECeiling ?? .infinity)
        newWTEByYear = PhasingRule.newWTEByYear(recruitment.phasing, recruitWTE: recruit, teamWTE: teamWTE, yearCount: planYears.count)
        recruitedWTE = newWTEByYear.reduce(0, +)
        newTeams = WorkforceRule.teamEquivalents(wte: recruitedWTE, teamWTE: teamWTE)
        cohorts = PhasingRule.cohorts(newWTEByYear: newWTEByYear, teamWTE: teamWTE, labels: planYears)
    }

    /// Babies plan year `index` can see and sees: the existing teams and the cohorts' capacity
    /// (`BabiesSeenRule`), capped at the caseload (`CaseloadCapRule`). Babies a year.
    public func babies(
        year index: Int, babiesSeenPerTeamPerYear: Double, firstYearCapacityFraction: Double, specialistCaseload: Double
    ) -> (capacity: Double, seen: Double) {
        let cohort = cohorts[index]
        let capacity = BabiesSeenRule.babiesSeen(
            fullTeams: existingTeams + cohort.teamsFullyOperating, startingTeams: cohort.teamsComingIntoOperation,
            babiesSeenPerTeamPerYear: babiesSeenPerTeamPerYear, firstYearCapacityFraction: firstYearCapacityFraction)
        return (capacity, CaseloadCapRule.babiesSeen(capacity: capacity, specialistCaseload: specialistCaseload))
    }

    /// New team-equivalents in their second year in plan year `index` (they take second-year training).
    public func teamsStartedLastYear(_ index: Int) -> Double { index > 0 ? cohorts[index - 1].teamsComingIntoOperation : 0 }
}
