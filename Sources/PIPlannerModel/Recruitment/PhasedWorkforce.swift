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
        let sized = Self.sizing(
            teams: teams, wtePerTeam: wtePerTeam, teamWTE: teamWTE, existingWTE: existingWTE, incrementWTE: incrementWTE,
            ceilingWTE: recruitment.newWTECeiling)
        (costedWTE, costedGapWTE, existingTeams) = (sized.costedWTE, sized.costedGapWTE, sized.existingTeams)
        newWTEByYear = PhasingRule.newWTEByYear(
            recruitment.phasing, recruitWTE: sized.recruitWTE, teamWTE: teamWTE, yearCount: planYears.count)
        recruitedWTE = newWTEByYear.reduce(0, +)
        newTeams = WorkforceRule.teamEquivalents(wte: recruitedWTE, teamWTE: teamWTE)
        cohorts = PhasingRule.cohorts(newWTEByYear: newWTEByYear, teamWTE: teamWTE, labels: planYears)
    }

    /// The sizing before phasing, building nothing (the draw loop's too): the costed WTE, its gap over the existing
    /// WTE, the existing team-equivalents used and the WTE to recruit (the gap, at most `ceilingWTE`).
    @inline(__always)
    public static func sizing(
        teams: Double, wtePerTeam: [Double], teamWTE: Double, existingWTE: Double, incrementWTE: Double?, ceilingWTE: Double?
    ) -> (costedWTE: Double, costedGapWTE: Double, existingTeams: Double, recruitWTE: Double) {
        let costed: Double
        if incrementWTE == nil {
            costed = WorkforceRule.requiredWTE(teams: teams, teamWTE: teamWTE)
        } else {
            // `PostsToRecruitRule.requiredWTE` summed, without building its array.
            costed = wtePerTeam.reduce(0) { $0 + HiringIncrementRule.roundedUp(teams * $1, incrementWTE: incrementWTE) }
        }
        let gap = WorkforceRule.gapWTE(requiredWTE: costed, existingWTE: existingWTE)
        let existing = WorkforceRule.teamEquivalents(wte: min(existingWTE, costed), teamWTE: teamWTE)
        return (costed, gap, existing, min(gap, ceilingWTE ?? .infinity))
    }

    /// Babies a plan year can see and sees with `existingTeams` and a cohort of `fullyOperating` and `coming` new
    /// team-equivalents (`BabiesSeenRule`), capped at the caseload (`CaseloadCapRule`). Babies a year.
    @inline(__always)
    public static func babies(
        existingTeams: Double, fullyOperating: Double, coming: Double, babiesSeenPerTeamPerYear: Double,
        firstYearCapacityFraction: Double, specialistCaseload: Double
    ) -> (capacity: Double, seen: Double) {
        let capacity = BabiesSeenRule.babiesSeen(
            fullTeams: existingTeams + fullyOperating, startingTeams: coming, babiesSeenPerTeamPerYear: babiesSeenPerTeamPerYear,
            firstYearCapacityFraction: firstYearCapacityFraction)
        return (capacity, CaseloadCapRule.babiesSeen(capacity: capacity, specialistCaseload: specialistCaseload))
    }

    /// Babies plan year `index` can see and sees: the existing teams and the cohorts' capacity
    /// (`BabiesSeenRule`), capped at the caseload (`CaseloadCapRule`). Babies a year.
    public func babies(
        year index: Int, babiesSeenPerTeamPerYear: Double, firstYearCapacityFraction: Double, specialistCaseload: Double
    ) -> (capacity: Double, seen: Double) {
        let cohort = cohorts[index]
        return Self.babies(
            existingTeams: existingTeams, fullyOperating: cohort.teamsFullyOperating, coming: cohort.teamsComingIntoOperation,
            babiesSeenPerTeamPerYear: babiesSeenPerTeamPerYear, firstYearCapacityFraction: firstYearCapacityFraction,
            specialistCaseload: specialistCaseload)
    }

    /// New team-equivalents in their second year in plan year `index` (they take second-year training).
    public func teamsStartedLastYear(_ index: Int) -> Double { index > 0 ? cohorts[index - 1].teamsComingIntoOperation : 0 }
}
