/// Plans one area: computes its numbers once (``AreaCalculation``), explains them (``AreaAuditBuilder``,
/// ``AreaFindingsBuilder``) and assembles the ``AreaPlan``. The steps follow Methodology §2–§5.
public enum AreaPlanner {
    /// The plan for `area` under assumptions `a`. The area's money must fit (``moneyScale(_:assumptions:)``); the
    /// config loaders check it.
    /// A budget or target in the area's recruitment is solved first (Methodology §3.9, §3.10).
    public static func plan(_ area: AreaInput, assumptions a: PlanAssumptions) -> AreaPlan {
        let (solved, budget, target) = solve(area, assumptions: a)
        var result = plan(solved, assumptions: a, calculation: AreaCalculation(solved, assumptions: a))
        result.budget = budget
        result.target = target
        if budget != nil || target != nil {
            result.findings += RecruitmentFindings.goalFindings(result)
        }
        return result
    }

    /// `area` with its budget or target solved into a recruitment ceiling or phasing (unchanged without a goal), and the
    /// solvers' outcomes. The uncertainty draws start from the solved area, so a budget's workforce is held as planned.
    public static func solve(_ area: AreaInput, assumptions a: PlanAssumptions) -> (
        area: AreaInput, budget: BudgetRule.Outcome?, target: TargetRule.Outcome?
    ) {
        var solved = area
        switch area.recruitment.goal {
        case .budget(let amounts):
            let outcome = BudgetRule.solve(area, assumptions: a, budgetGBP: amounts)
            // A budget that buys nothing is a finding: the recommended plan is shown for reference, not a plan of nothing.
            if !outcome.buysNothing && outcome.existingOverBudgetYearIndex == nil {
                solved.recruitment.newWTECeiling = outcome.affordableNewWTE
            }
            return (solved, outcome, nil)
        case .target(let share, let year, let cap):
            let outcome = TargetRule.solve(area, assumptions: a, share: share, byYearIndex: year, cap: cap)
            if outcome.reachable { solved.recruitment.phasing = .newWTEByYear(outcome.newWTEByYear) }
            return (solved, nil, outcome)
        case nil: return (solved, nil, nil)
        }
    }

    /// The plan for `area` under assumptions `a` from its `calculation`, already made.
    public static func plan(_ area: AreaInput, assumptions a: PlanAssumptions, calculation: AreaCalculation) -> AreaPlan {
        let q = calculation.quantities
        let c = calculation.costing
        let roles = zip(area.staffing.roles, q.roleRequiredWTE).map { AreaPlan.RoleRequirement(role: $0, requiredWTE: $1) }
        let years = zip(area.planYears, zip(q.years, c.years)).map { label, year in
            AreaPlan.PlanYear(
                label: label, payGrowthYears: year.0.payGrowthYears, labourPerTeamGBP: year.1.labourPerTeamGBP, labour: year.1.labour,
                cost: year.1.cost,
                babiesSeen: year.0.babiesSeen, costPerBabySeenGBP: year.1.costPerBabySeenGBP, capacityBabies: year.0.capacityBabies,
                needNotMet: year.0.needNotMet, shareOfCaseloadSeen: year.0.shareOfCaseloadSeen,
                spareCapacityTeams: year.0.spareCapacityTeams,
                newWTEStarting: year.0.newWTEStarting, cohort: year.0.cohort)
        }
        let funding = zip(area.funding, c.funders).map { funding, funder in
            AreaPlan.FundingLine(
                funding: funding, contributionsGBP: funder.contributionsGBP, shareOfTotalCost: funder.shareOfTotalCost,
                babiesSeenAttributed: funder.babiesSeenAttributed)
        }
        let findings = AreaFindingsBuilder(area: area, assumptions: a, calculation: calculation).findings()
        var result = AreaPlan(
            name: area.name, code: area.code, population: area.population.value, births: q.births, birthRatePer1000: q.birthRatePer1000,
            combination: area.combination, prevalence: q.prevalence, prevalenceBreakdown: q.prevalenceBreakdown,
            infantsAtRisk: q.infantsAtRisk, specialistCaseload: q.specialistCaseload, coverageTeams: q.coverageTeams,
            needTeams: q.needTeams, recommendedMethod: area.sizingMethod, recommendedTeams: q.recommendedTeams,
            needTeamsAtPrevalenceRange: q.needTeamsAtPrevalenceRange, staffing: area.staffing, teamWTE: q.teamWTE,
            requiredWTE: q.requiredWTE, existingWTE: q.existingWTE, gapWTE: q.gapWTE, existingTeams: q.existingTeams,
            newTeams: q.newTeams, roles: roles, salaryBillPerTeamGBP: c.salaryBillPerTeamGBP,
            labourPerTeamAtPayYearGBP: c.labourPerTeamAtPayYearGBP, labourPerTeamAtPayYear: c.labourPerTeamAtPayYear,
            roleCostsAtPayYear: c.roleCostsAtPayYear, payYearLabel: area.payYearLabel, years: years, funding: funding,
            unfundedGBP: c.unfundedGBP, findings: findings, calculation: calculation, input: area, assumptions: a)
        result.costedWTE = q.costedWTE
        result.costedGapWTE = q.costedGapWTE
        result.recruitedWTE = q.recruitedWTE
        result.posts = PostsToRecruitRule.roles(
            ids: area.staffing.roles.map(\.id), wtePerTeam: area.staffing.roles.map(\.wtePerTeam), teams: q.recommendedTeams,
            existingWTE: q.existingWTE, newWTEByYear: q.years.map(\.newWTEStarting), incrementWTE: a.hiringIncrementWTE?.value)
        return result
    }
}
