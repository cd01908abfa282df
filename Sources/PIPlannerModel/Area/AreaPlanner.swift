/// Plans one area: computes its numbers once (``AreaCalculation``), explains them (``AreaAuditBuilder``,
/// ``AreaFindingsBuilder``) and assembles the ``AreaPlan``. The steps follow Methodology §2–§5.
public enum AreaPlanner {
    /// The plan for `area` under assumptions `a`. The area's money must fit (``moneyScale(_:assumptions:)``); the
    /// config loaders check it.
    public static func plan(_ area: AreaInput, assumptions a: PlanAssumptions) -> AreaPlan {
        plan(area, assumptions: a, calculation: AreaCalculation(area, assumptions: a))
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
                babiesSeen: year.0.babiesSeen, costPerBabySeenGBP: year.1.costPerBabySeenGBP)
        }
        let funding = zip(area.funding, c.funders).map { funding, funder in
            AreaPlan.FundingLine(
                funding: funding, contributionsGBP: funder.contributionsGBP, shareOfTotalCost: funder.shareOfTotalCost,
                babiesSeenAttributed: funder.babiesSeenAttributed)
        }
        let findings = AreaFindingsBuilder(area: area, assumptions: a, calculation: calculation).findings()
        let audit = AreaAuditBuilder(area: area, assumptions: a, calculation: calculation).steps()
        return AreaPlan(
            name: area.name, code: area.code, population: area.population.value, births: q.births, birthRatePer1000: q.birthRatePer1000,
            combination: area.combination, prevalence: q.prevalence, prevalenceBreakdown: q.prevalenceBreakdown,
            infantsAtRisk: q.infantsAtRisk, specialistCaseload: q.specialistCaseload, coverageTeams: q.coverageTeams,
            needTeams: q.needTeams, recommendedMethod: area.sizingMethod, recommendedTeams: q.recommendedTeams,
            needTeamsAtPrevalenceRange: q.needTeamsAtPrevalenceRange, staffing: area.staffing, teamWTE: q.teamWTE,
            requiredWTE: q.requiredWTE, existingWTE: q.existingWTE, gapWTE: q.gapWTE, existingTeams: q.existingTeams,
            newTeams: q.newTeams, roles: roles, salaryBillPerTeamGBP: c.salaryBillPerTeamGBP,
            labourPerTeamAtPayYearGBP: c.labourPerTeamAtPayYearGBP, labourPerTeamAtPayYear: c.labourPerTeamAtPayYear,
            roleCostsAtPayYear: c.roleCostsAtPayYear, payYearLabel: area.payYearLabel, years: years, funding: funding,
            unfundedGBP: c.unfundedGBP, findings: findings, audit: audit, input: area, assumptions: a)
    }
}
