import Foundation

/// The numbers of planning one area before any is rounded to the penny: need, teams, workforce, one team's labour,
/// the babies seen in each plan year, and a bound on every amount of money the plan holds.
///
/// Plain numbers only: making it builds no strings and allocates only arrays sized by the risk groups, roles and plan
/// years, so that it can run many thousands of times an area. ``AreaCosting`` rounds its money to the penny,
/// ``AreaAuditBuilder`` and ``AreaFindingsBuilder`` explain it, and the I/O layer checks ``moneyScale`` before planning.
/// The steps follow Methodology §2–§4; each is one rule.
public struct AreaQuantities: Sendable {
    /// One plan year's numbers.
    public struct Year: Sendable, Equatable {
        /// Financial years of pay growth from the pay-scale year to this year (negative when pay scales postdate it).
        public var payGrowthYears: Int
        /// One team's labour in this year, GBP a year, unrounded (``AreaCosting`` rounds it: as `PayGrowthRule` does
        /// under the flat method, post by post under the employer method).
        public var labourPerTeamGBP: Double
        /// At least the size of every part of that labour (each post's pay and on-costs), GBP a year.
        public var labourBoundPerTeamGBP: Double
        /// Babies seen directly in this year: the capacity, at most the caseload (`CaseloadCapRule`).
        public var babiesSeen: Double
        /// The teams' capacity for direct work this year (`BabiesSeenRule`), babies.
        public var capacityBabies: Double = 0
        /// Babies of this year's caseload not seen (`NeedNotMetRule`).
        public var needNotMet: Double = 0
        /// Share of this year's caseload seen; nil with no caseload.
        public var shareOfCaseloadSeen: Double? = nil
        /// Team-equivalents of capacity beyond the caseload: for the wider workforce (`CaseloadCapRule`).
        public var spareCapacityTeams: Double = 0
        /// The new teams this year: fully operating from 1 April, and coming into operation (`PhasingRule`).
        public var cohort = RolloutYear(label: "", teamsFullyOperating: 0, teamsComingIntoOperation: 0)
        /// New team-equivalents in their second year (started the year before).
        public var teamsStartedLastYear = 0.0
        /// New WTE starting this year (`PhasingRule`).
        public var newWTEStarting = 0.0
    }

    /// Live births a year: given, from the birth rate, or 0 when neither is given (Methodology §2.1).
    public var births = 0.0
    /// Crude birth rate implied by births and population, per 1,000 population a year.
    public var birthRatePer1000 = 0.0
    /// Area prevalence of disorganised attachment, proportion of births (Methodology §2.4).
    public var prevalence = 0.0
    /// Each risk group's contribution to the prevalence and the baseline remainder.
    public var prevalenceBreakdown = AreaPrevalenceRule.Breakdown(groups: [], baselineShare: 1, prevalence: 0)
    /// Infants at risk a year: births × prevalence (Methodology §2.5).
    public var infantsAtRisk = 0.0
    /// Babies a year for the specialised tier (Methodology §2.6).
    public var specialistCaseload = 0.0
    /// Teams by the coverage method (Methodology §3).
    public var coverageTeams = 0.0
    /// Teams by the need method (Methodology §3).
    public var needTeams = 0.0
    /// Teams by the area's sizing method, the ones the plan costs.
    public var recommendedTeams = 0.0
    /// Need-method teams at the low and high ends of the published prevalence range.
    public var needTeamsAtPrevalenceRange = PrevalenceSensitivityRule.Range(lowPrevalence: 0, highPrevalence: 0, lowTeams: 0, highTeams: 0)
    /// WTE of one team.
    public var teamWTE = 0.0
    /// WTE of the recommended teams.
    public var requiredWTE = 0.0
    /// WTE the area already has, as given.
    public var existingWTE = 0.0
    /// WTE to recruit: `max(0, required − existing)`.
    public var gapWTE = 0.0
    /// Each role's required WTE rounded up to the hiring increment (`PostsToRecruitRule`), in the staffing model's order.
    public var roleCostedWTE: [Double] = []
    /// The workforce costed: the sum of the roles' rounded WTE (the required WTE when there is no increment).
    public var costedWTE = 0.0
    /// The sizing step's result (`PhasedWorkforce`), which the draw loop repeats per draw.
    public var workforce = PhasedWorkforce.none
    /// WTE to recruit for the costed workforce: `max(0, costed − existing)`.
    public var costedGapWTE = 0.0
    /// New WTE recruited over the plan under the phasing (at most the costed gap; less under a budget or target, or
    /// when the plan years end first).
    public var recruitedWTE = 0.0
    /// Team-equivalents of the existing WTE that the plan uses (at most the required WTE).
    public var existingTeams = 0.0
    /// Team-equivalents of the new WTE recruited over the plan (`recruitedWTE ÷ teamWTE`).
    public var newTeams = 0.0
    /// WTE of each staffing role across the recommended teams, in the staffing model's order.
    public var roleRequiredWTE: [Double] = []
    /// Basic salary bill of one team, GBP a year at pay-scale prices.
    public var salaryBillPerTeamGBP = 0.0
    /// Labour of one team with on-costs, GBP a year at pay-scale prices (Methodology §4).
    public var labourPerTeamAtPayYearGBP = 0.0
    /// At least the size of every part of that labour, GBP a year.
    public var labourBoundPerTeamAtPayYearGBP = 0.0
    /// One entry a plan year, in order.
    public var years: [Year] = []
    /// Babies seen over all plan years.
    public var totalBabiesSeen = 0.0
    /// Need not met over all plan years (`NeedNotMetRule`), babies.
    public var totalNeedNotMet = 0.0
    /// At least the size of every amount ``AreaCosting`` rounds to the penny and of the totals it makes of them (a
    /// year's cost, the plan's, a funder's contributions, the unfunded gap), GBP; NaN or infinite when an input makes
    /// the plan so.
    public var moneyBoundGBP = 0.0

    /// Computes the quantities of planning `area` under assumptions `a`.
    public init(_ area: AreaInput, assumptions a: PlanAssumptions) {
        sizeNeed(area, a)
        sizeWorkforce(area, a)
        costLabour(area, a)
        moneyBoundGBP = moneyBound(area, a)
    }

    /// Whether ``AreaCosting`` can hold every amount of the plan, and what the bound is made of.
    public var moneyScale: AreaPlanner.MoneyScale {
        AreaPlanner.MoneyScale(
            boundGBP: moneyBoundGBP, teams: recommendedTeams,
            labourPerTeamLastYearGBP: years.last?.labourPerTeamGBP ?? labourPerTeamAtPayYearGBP)
    }

    /// Births to teams: Methodology §2.1–§2.6 and §3.
    private mutating func sizeNeed(_ area: AreaInput, _ a: PlanAssumptions) {
        let population = area.population.value
        // The config loader always supplies births or a rate; a library caller may not (a finding says so).
        births =
            area.births?.value ?? area.birthRatePer1000.map { BirthsRule.births(population: population, birthRatePer1000: $0.value) } ?? 0
        birthRatePer1000 = BirthsRule.birthRatePer1000(births: births, population: population)
        let groups = area.riskGroups.map { RiskGroupShare(id: $0.id, share: $0.share.value, prevalence: $0.prevalence.value) }
        prevalenceBreakdown = AreaPrevalenceRule.breakdown(baseline: a.baselinePrevalence.value, groups: groups, rule: area.combination)
        prevalence = prevalenceBreakdown.prevalence
        infantsAtRisk = InfantsAtRiskRule.infantsAtRisk(births: births, prevalence: prevalence)
        specialistCaseload = SpecialistCaseloadRule.caseload(infantsAtRisk: infantsAtRisk, specialistShare: a.specialistShare.value)
        coverageTeams = CoverageTeamsRule.teams(population: population, referencePopulation: a.referencePopulation.value)
        needTeams = NeedTeamsRule.teams(specialistCaseload: specialistCaseload, babiesSeenPerTeamPerYear: a.babiesSeenPerTeamPerYear.value)
        recommendedTeams = area.sizingMethod == .need ? needTeams : coverageTeams
        needTeamsAtPrevalenceRange = PrevalenceSensitivityRule.range(
            births: births, specialistShare: a.specialistShare.value, babiesSeenPerTeamPerYear: a.babiesSeenPerTeamPerYear.value,
            lowPrevalence: a.prevalenceRangeLow.value, highPrevalence: a.prevalenceRangeHigh.value)
    }

    /// Teams to WTE, the gap, the rounding to posts, the phasing and team-equivalents: Methodology §3.4, §3.7, §3.8.
    private mutating func sizeWorkforce(_ area: AreaInput, _ a: PlanAssumptions) {
        teamWTE = area.staffing.teamWTE
        requiredWTE = WorkforceRule.requiredWTE(teams: recommendedTeams, teamWTE: teamWTE)
        existingWTE = area.existingWTE.value
        gapWTE = WorkforceRule.gapWTE(requiredWTE: requiredWTE, existingWTE: existingWTE)
        let teams = recommendedTeams
        let perTeam = area.staffing.roles.map(\.wtePerTeam)
        roleRequiredWTE = perTeam.map { WorkforceRule.requiredWTE(teams: teams, teamWTE: $0) }
        let increment = a.hiringIncrementWTE?.value
        roleCostedWTE = PostsToRecruitRule.requiredWTE(teams: teams, wtePerTeam: perTeam, incrementWTE: increment)
        let w = PhasedWorkforce(
            teams: teams, wtePerTeam: perTeam, teamWTE: teamWTE, existingWTE: existingWTE, incrementWTE: increment,
            recruitment: area.recruitment, planYears: area.planYears)
        workforce = w
        costedWTE = w.costedWTE
        costedGapWTE = w.costedGapWTE
        existingTeams = w.existingTeams
        recruitedWTE = w.recruitedWTE
        newTeams = w.newTeams
        years = w.cohorts.indices.map { index in
            var year = Year(payGrowthYears: 0, labourPerTeamGBP: 0, labourBoundPerTeamGBP: 0, babiesSeen: 0)
            year.cohort = w.cohorts[index]
            year.newWTEStarting = w.newWTEByYear[index]
            year.teamsStartedLastYear = w.teamsStartedLastYear(index)
            return year
        }
    }

    /// One team's labour at the pay year and in each plan year, and the babies seen each year: Methodology §3–§4.
    /// Flat: the pay-year labour uplifted by pay growth. Employer: each year's pay-grown salaries costed post by post
    /// with that tax year's rules, since NI is not linear in pay.
    private mutating func costLabour(_ area: AreaInput, _ a: PlanAssumptions) {
        let roles = area.staffing.roles
        // `TeamLabourCostRule.salaryBill`, without building its list of roles.
        salaryBillPerTeamGBP = roles.reduce(0) { $0 + $1.wtePerTeam * $1.annualSalaryGBP.value }
        // Unrounded forms of the labour and pay-growth rules, for the money bound; ``AreaCosting`` rounds to the penny.
        let employer = area.onCosts.employer
        let base: (totalGBP: Double, boundGBP: Double)
        if let employer {
            base = employer.teamLabourGBP(roles, year: employer.payYear, payFactor: 1)
        } else {
            let flat = TeamLabourCostRule.labourCostGBP(salaryBillGBP: salaryBillPerTeamGBP, onCostRate: a.onCostRate.value)
            base = (flat, abs(flat))
        }
        (labourPerTeamAtPayYearGBP, labourBoundPerTeamAtPayYearGBP) = base
        for index in years.indices {
            let growthYears = area.payYearsBeforeFirstPlanYear + index
            let factor = PayGrowthRule.factor(payGrowthRate: a.payGrowthRate.value, years: growthYears)
            var labour = (totalGBP: base.totalGBP * factor, boundGBP: base.boundGBP * factor)
            if let employer { labour = employer.teamLabourGBP(roles, year: employer.planYear(index), payFactor: factor) }
            let b = a.babiesSeenPerTeamPerYear.value
            let (capacity, seen) = workforce.babies(
                year: index, babiesSeenPerTeamPerYear: b, firstYearCapacityFraction: a.firstYearCapacityFraction.value,
                specialistCaseload: specialistCaseload)
            years[index].payGrowthYears = growthYears
            years[index].labourPerTeamGBP = labour.totalGBP
            years[index].labourBoundPerTeamGBP = labour.boundGBP
            years[index].capacityBabies = capacity
            years[index].babiesSeen = seen
            years[index].needNotMet = NeedNotMetRule.needNotMet(specialistCaseload: specialistCaseload, babiesSeen: seen)
            years[index].shareOfCaseloadSeen = NeedNotMetRule.shareOfCaseloadSeen(specialistCaseload: specialistCaseload, babiesSeen: seen)
            years[index].spareCapacityTeams = CaseloadCapRule.spareTeams(
                capacity: capacity, specialistCaseload: specialistCaseload, babiesSeenPerTeamPerYear: b)
        }
        totalNeedNotMet = years.reduce(0) { $0 + $1.needNotMet }
        totalBabiesSeen = years.reduce(0) { $0 + $1.babiesSeen }
    }

    /// The size of every amount of money the plan holds, summed: each role's salary, the salary bill, one team's
    /// labour (every post's pay and on-costs) and training, each year's labour for one team and for every team, every team's training, and the
    /// funders' fixed amounts. A share-of-cost contribution is at most the year's cost, which the sum already counts.
    private func moneyBound(_ area: AreaInput, _ a: PlanAssumptions) -> Double {
        // NaN for a team of no WTE, so that such a plan never fits.
        let teamEquivalents = abs(existingTeams) + abs(newTeams)
        let training = abs(a.trainingFirstYearGBP.value) + abs(a.trainingSecondYearGBP.value)
        var bound = area.staffing.roles.reduce(0) { $0 + abs($1.annualSalaryGBP.value) }
        bound += abs(salaryBillPerTeamGBP) + labourBoundPerTeamAtPayYearGBP + training
        for year in years {
            bound += year.labourBoundPerTeamGBP * (1 + teamEquivalents) + teamEquivalents * training
        }
        for funder in area.funding {
            if case .amounts(let amounts) = funder.contribution { bound += amounts.reduce(0) { $0 + abs($1.gbp) } }
        }
        return bound
    }
}
