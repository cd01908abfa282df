import Foundation

/// Runs the rules, in MODEL.md order, for one area and records each step in the audit trail.
public enum AreaPlanner {
    public static func plan(_ area: AreaInput, assumptions a: PlanAssumptions) -> AreaPlan {
        var audit: [AuditStep] = []
        var findings = area.inputFindings
        let path = area.fieldPath

        // 1. Births.
        let births: Double
        if let given = area.births {
            births = given.value
            audit.append(
                AuditStep(
                    id: "births", title: "Births a year", formula: "births as given", inputs: [given], result: births,
                    resultUnit: "live births a year"))
        } else if let rate = area.birthRatePer1000 {
            births = BirthsRule.births(population: area.population.value, birthRatePer1000: rate.value)
            audit.append(
                AuditStep(
                    id: "births", title: "Births a year", formula: "population × birth rate per 1,000 ÷ 1,000",
                    inputs: [area.population, rate], result: births, resultUnit: "live births a year"))
        } else {
            // The config loader always supplies one of the two; a library caller may not.
            births = 0
            findings.append(
                Finding(
                    .birthRateImplausible, message: "Neither births nor a birth rate was given, so no births are planned for.",
                    fieldPath: "\(path).births"))
            audit.append(
                AuditStep(
                    id: "births", title: "Births a year", formula: "none given", inputs: [], result: 0, resultUnit: "live births a year"))
        }
        let birthRate = BirthsRule.birthRatePer1000(births: births, population: area.population.value)
        if !BirthRateConsistencyRule.isPlausible(
            births: births, population: area.population.value, minPer1000: a.plausibleBirthRatePer1000Min.value,
            maxPer1000: a.plausibleBirthRatePer1000Max.value)
        {
            findings.append(
                Finding(
                    .birthRateImplausible,
                    message:
                        "Births (\(fmt(births))) and population (\(fmt(area.population.value))) imply \(fmt(birthRate, 1)) births per 1,000 population, outside the plausible \(fmt(a.plausibleBirthRatePer1000Min.value, 1))–\(fmt(a.plausibleBirthRatePer1000Max.value, 1)) seen across UK local authorities in 2022. Check that both figures are for the same area and year.",
                    fieldPath: "\(path).births", source: a.plausibleBirthRatePer1000Max.source))
        }

        if area.population.value < a.smallestAreaPopulation.value {
            findings.append(
                Finding(
                    .populationBelowSmallestArea,
                    message:
                        "Population \(fmt(area.population.value, 3)) is below the smallest UK local authority (\(fmt(a.smallestAreaPopulation.value)) persons in mid-2022). If this is a whole area, check that population and births are not entered in thousands.",
                    fieldPath: "\(path).population", source: a.smallestAreaPopulation.source))
        }

        // 2–4. Area prevalence from baseline and risk groups.
        let groups = area.riskGroups.map { RiskGroupShare(id: $0.id, share: $0.share.value, prevalence: $0.prevalence.value) }
        let breakdown = AreaPrevalenceRule.breakdown(baseline: a.baselinePrevalence.value, groups: groups, rule: area.combination)
        let combinationFigure = Figure(
            id: "combination", value: Double(CombinationRule.allCases.firstIndex(of: area.combination)!),
            unit: "rule: \(area.combination.rawValue)", source: area.combinationSource,
            basis: area.combinationSource.hasPrefix("config") ? .config : .assumption)
        let prevalenceFormula: String
        switch area.combination {
        case .exclusive:
            prevalenceFormula = "exclusive rule: Σ (group share × group prevalence) + (1 − Σ shares) × baseline prevalence"
        case .highestRisk:
            prevalenceFormula =
                "highest-risk rule: groups ordered by prevalence, highest first; each group counts the share of births in it and in no higher group (share × Π(1 − higher shares)) at its prevalence; the rest at baseline prevalence"
        }
        var prevalenceInputs = [a.baselinePrevalence, combinationFigure]
        for g in area.riskGroups {
            prevalenceInputs.append(g.share)
            prevalenceInputs.append(g.prevalence)
        }
        audit.append(
            AuditStep(
                id: "prevalence", title: "Area prevalence of disorganised attachment",
                formula: groups.isEmpty ? "baseline prevalence (no risk groups given)" : prevalenceFormula, inputs: prevalenceInputs,
                result: breakdown.prevalence, resultUnit: "proportion of births"))
        if area.combination == .exclusive && area.riskGroups.count >= 2 {
            findings.append(
                Finding(
                    .sharesAssumedExclusive, .note,
                    message:
                        "The \(area.riskGroups.count) risk groups are combined with the 'exclusive' rule, which assumes no family is in two groups. Groups such as low income and parental depression overlap in practice; if these shares come from separate datasets, 'highest-risk' avoids counting a family twice.",
                    fieldPath: "\(path).combination"))
        }
        for g in area.riskGroups where g.prevalence.value < a.baselinePrevalence.value {
            findings.append(
                Finding(
                    .groupBelowBaseline,
                    message:
                        "Risk group '\(g.id)' has prevalence \(pct(g.prevalence.value)), below the baseline \(pct(a.baselinePrevalence.value)); families in it lower the area prevalence. Check the group's prevalence and the baseline are on the same basis.",
                    fieldPath: "\(path).riskGroups.\(g.id).prevalence", source: g.prevalence.source))
        }
        if breakdown.prevalence < a.prevalenceRangeLow.value || breakdown.prevalence > a.prevalenceRangeHigh.value {
            findings.append(
                Finding(
                    .prevalenceOutsideRange,
                    message:
                        "Area prevalence \(pct(breakdown.prevalence)) is outside the published range \(pct(a.prevalenceRangeLow.value))–\(pct(a.prevalenceRangeHigh.value)) for children generally.",
                    fieldPath: "\(path).riskGroups", source: a.prevalenceRangeLow.source))
        }

        // 5. Infants at risk.
        let birthsFigure =
            area.births ?? Figure(id: "births", value: births, unit: "live births a year", source: "step: births", basis: .derived)
        let infants = InfantsAtRiskRule.infantsAtRisk(births: births, prevalence: breakdown.prevalence)
        let prevalenceFigure = Figure(
            id: "prevalence", value: breakdown.prevalence, unit: "proportion of births", source: "step: prevalence", basis: .derived)
        audit.append(
            AuditStep(
                id: "infantsAtRisk", title: "Infants at risk a year", formula: "births × area prevalence",
                inputs: [birthsFigure, prevalenceFigure], result: infants, resultUnit: "infants a year"))

        // 6. Specialist caseload.
        let caseload = SpecialistCaseloadRule.caseload(infantsAtRisk: infants, specialistShare: a.specialistShare.value)
        let infantsFigure = Figure(
            id: "infantsAtRisk", value: infants, unit: "infants a year", source: "step: infantsAtRisk", basis: .derived)
        audit.append(
            AuditStep(
                id: "specialistCaseload", title: "Specialist caseload a year", formula: "infants at risk × specialist share",
                inputs: [infantsFigure, a.specialistShare], result: caseload, resultUnit: "babies a year"))

        // Teams by both methods.
        let coverage = CoverageTeamsRule.teams(population: area.population.value, referencePopulation: a.referencePopulation.value)
        audit.append(
            AuditStep(
                id: "coverageTeams", title: "Teams by the coverage method", formula: "population ÷ reference population per team",
                inputs: [area.population, a.referencePopulation], result: coverage, resultUnit: "teams"))
        let need = NeedTeamsRule.teams(specialistCaseload: caseload, babiesSeenPerTeamPerYear: a.babiesSeenPerTeamPerYear.value)
        let caseloadFigure = Figure(
            id: "specialistCaseload", value: caseload, unit: "babies a year", source: "step: specialistCaseload", basis: .derived)
        audit.append(
            AuditStep(
                id: "needTeams", title: "Teams by the need method", formula: "specialist caseload ÷ babies seen per team a year",
                inputs: [caseloadFigure, a.babiesSeenPerTeamPerYear], result: need, resultUnit: "teams"))
        let recommendedTeams = area.sizingMethod == .need ? need : coverage
        let sensitivity = PrevalenceSensitivityRule.range(
            births: births, specialistShare: a.specialistShare.value, babiesSeenPerTeamPerYear: a.babiesSeenPerTeamPerYear.value,
            lowPrevalence: a.prevalenceRangeLow.value, highPrevalence: a.prevalenceRangeHigh.value)
        audit.append(
            AuditStep(
                id: "needTeamsAtPrevalenceRange", title: "Sensitivity: need-method teams across the published prevalence range",
                formula:
                    "births × prevalence × specialist share ÷ babies seen per team a year, at the low and at the high end of the range (result: high end)",
                inputs: [birthsFigure, a.prevalenceRangeLow, a.prevalenceRangeHigh, a.specialistShare, a.babiesSeenPerTeamPerYear],
                result: sensitivity.highTeams, resultUnit: "teams at the high end (\(fmt(sensitivity.lowTeams, 2)) at the low end)"))

        // Workforce.
        let teamWTE = area.staffing.teamWTE
        let teamWTEFigure = Figure(
            id: "teamWTE", value: teamWTE, unit: "WTE a team", source: "staffing model '\(area.staffing.id)': \(area.staffing.source)",
            basis: area.staffing.source.hasPrefix("config") ? .config : .published)
        let required = WorkforceRule.requiredWTE(teams: recommendedTeams, teamWTE: teamWTE)
        let teamsFigure = Figure(
            id: "\(area.sizingMethod.rawValue)Teams", value: recommendedTeams,
            unit: "teams (\(area.sizingMethod.rawValue) method, recommended: \(area.sizingMethodSource))",
            source: "step: \(area.sizingMethod.rawValue)Teams", basis: .derived)
        audit.append(
            AuditStep(
                id: "requiredWTE", title: "Required workforce", formula: "recommended teams × WTE per team",
                inputs: [teamsFigure, teamWTEFigure], result: required, resultUnit: "WTE"))
        let gap = WorkforceRule.gapWTE(requiredWTE: required, existingWTE: area.existingWTE.value)
        let requiredFigure = Figure(id: "requiredWTE", value: required, unit: "WTE", source: "step: requiredWTE", basis: .derived)
        audit.append(
            AuditStep(
                id: "gapWTE", title: "Workforce gap", formula: "max(0, required WTE − existing WTE)",
                inputs: [requiredFigure, area.existingWTE], result: gap, resultUnit: "WTE"))
        if area.existingWTE.value > required {
            findings.append(
                Finding(
                    .existingExceedsRequired, .note,
                    message:
                        "Existing workforce (\(fmt(area.existingWTE.value, 2)) WTE) exceeds the \(fmt(required, 2)) WTE the \(area.sizingMethod.rawValue) method requires; the plan costs the required workforce only.",
                    fieldPath: "\(path).existingWTE"))
        }
        let existingTeams = WorkforceRule.teamEquivalents(wte: min(area.existingWTE.value, required), teamWTE: teamWTE)
        let newTeams = WorkforceRule.teamEquivalents(wte: gap, teamWTE: teamWTE)
        let roles = area.staffing.roles.map { AreaPlan.RoleRequirement(role: $0, requiredWTE: $0.wtePerTeam * recommendedTeams) }

        // Money.
        let roleSalaries = area.staffing.roles.map { (wte: $0.wtePerTeam, annualSalaryGBP: $0.annualSalaryGBP.value) }
        let salaryBill = Money(gbp: TeamLabourCostRule.salaryBill(roles: roleSalaries))
        let labourBase = TeamLabourCostRule.labourCost(roles: roleSalaries, onCostRate: a.onCostRate.value)
        audit.append(
            AuditStep(
                id: "labourPerTeam", title: "Labour cost of one team at \(area.payYearLabel) pay",
                formula: "Σ over roles (WTE × annual salary) × (1 + on-cost rate)",
                inputs: area.staffing.roles.map { role in
                    var salary = role.annualSalaryGBP
                    salary.id = "\(role.id) (\(role.band.map { "band \($0)" } ?? "no band"), \(fmt(role.wtePerTeam, 2)) WTE)"
                    return salary
                } + [a.onCostRate], result: labourBase.gbp, resultUnit: "GBP a year"))

        var years: [AreaPlan.PlanYear] = []
        for (index, label) in area.planYears.enumerated() {
            let growthYears = area.payYearsBeforeFirstPlanYear + index
            let labour = PayGrowthRule.uplifted(labourBase, payGrowthRate: a.payGrowthRate.value, years: growthYears)
            let cost = AnnualCostRule.cost(
                yearIndex: index, labourPerTeamThisYear: labour, existingTeams: existingTeams, newTeams: newTeams,
                firstYearLabourFraction: a.firstYearLabourFraction.value, trainingFirstYearGBP: Money(gbp: a.trainingFirstYearGBP.value),
                trainingSecondYearGBP: Money(gbp: a.trainingSecondYearGBP.value))
            let babies = BabiesSeenRule.babiesSeen(
                fullTeams: existingTeams + (index == 0 ? 0 : newTeams), startingTeams: index == 0 ? newTeams : 0,
                babiesSeenPerTeamPerYear: a.babiesSeenPerTeamPerYear.value, firstYearCapacityFraction: a.firstYearCapacityFraction.value)
            years.append(
                AreaPlan.PlanYear(
                    label: label, payGrowthYears: growthYears, labourPerTeamGBP: labour, cost: cost, babiesSeen: babies,
                    costPerBabySeenGBP: CostPerBabyRule.costPerBaby(total: cost.totalGBP, babiesSeen: babies)))
            let labourFigure = Figure(
                id: "labourPerTeam", value: labourBase.gbp, unit: "GBP a year at \(area.payYearLabel) pay", source: "step: labourPerTeam",
                basis: .derived)
            let existingFigure = Figure(
                id: "existingTeams", value: existingTeams, unit: "team-equivalents (existing WTE ÷ team WTE)", source: "step: gapWTE",
                basis: .derived)
            let newFigure = Figure(
                id: "newTeams", value: newTeams, unit: "team-equivalents (gap WTE ÷ team WTE)", source: "step: gapWTE", basis: .derived)
            let yearsFigure = Figure(
                id: "payGrowthYears", value: Double(growthYears), unit: "years after \(area.payYearLabel)",
                source: "plan year \(label) vs pay year \(area.payYearLabel)", basis: .derived)
            let formula: String
            switch index {
            case 0:
                formula =
                    "existing teams × labour × (1 + pay growth)^years + new teams × labour × (1 + pay growth)^years × first-year labour fraction + new teams × first-year training"
            case 1: formula = "(existing teams + new teams) × labour × (1 + pay growth)^years + new teams × second-year training"
            default: formula = "(existing teams + new teams) × labour × (1 + pay growth)^years"
            }
            var inputs = [labourFigure, a.payGrowthRate, yearsFigure, existingFigure, newFigure]
            if index == 0 { inputs += [a.firstYearLabourFraction, a.trainingFirstYearGBP] }
            if index == 1 { inputs += [a.trainingSecondYearGBP] }
            audit.append(
                AuditStep(
                    id: "annualCost[\(label)]", title: "Cost in \(label)", formula: formula, inputs: inputs, result: cost.totalGBP.gbp,
                    resultUnit: "GBP"))
            audit.append(
                AuditStep(
                    id: "babiesSeen[\(label)]", title: "Babies seen in \(label)",
                    formula: index == 0
                        ? "existing teams × babies a team a year + new teams × babies a team a year × first-year capacity fraction"
                        : "(existing teams + new teams) × babies a team a year",
                    inputs: [existingFigure, newFigure, a.babiesSeenPerTeamPerYear] + (index == 0 ? [a.firstYearCapacityFraction] : []),
                    result: babies, resultUnit: "babies"))
        }
        if area.payYearsBeforeFirstPlanYear < 0 {
            findings.append(
                Finding(
                    .payYearAfterPlanYear,
                    message:
                        "Pay scales are for \(area.payYearLabel), after the first plan year \(area.planYears.first ?? ""); pay growth is applied backwards (deflated) for earlier years.",
                    fieldPath: "pay.year"))
        }

        // Funding.
        let totals = years.map(\.cost.totalGBP)
        let contributions = FundingRule.contributions(funding: area.funding, totals: totals)
        let unfunded = FundingRule.unfunded(totals: totals, contributions: contributions)
        let babiesOverPlan = years.reduce(0) { $0 + $1.babiesSeen }
        var lines: [AreaPlan.FundingLine] = []
        for (funding, paid) in zip(area.funding, contributions) {
            let share = FundingRule.shareOfTotalCost(contributions: paid, totals: totals)
            let babies = share.map { FundingRule.babiesAttributed(shareOfTotalCost: $0, babiesSeen: babiesOverPlan) }
            lines.append(
                AreaPlan.FundingLine(funding: funding, contributionsGBP: paid, shareOfTotalCost: share, babiesSeenAttributed: babies))
            if let share, let babies {
                audit.append(
                    AuditStep(
                        id: "fundingAttribution[\(funding.funderID)]", title: "What \(funding.name) gets for its money",
                        formula: "babies seen over the plan × (funder's contributions ÷ total cost), pro rata",
                        inputs: [
                            Figure(
                                id: "contributionGBP", value: paid.sum().gbp, unit: "GBP over the plan years",
                                source: "config \(funding.fieldPath)", basis: .config),
                            Figure(
                                id: "totalCostGBP", value: totals.sum().gbp, unit: "GBP over the plan years", source: "steps: annualCost",
                                basis: .derived),
                            Figure(
                                id: "shareOfTotalCost", value: share, unit: "proportion of the cost", source: "contribution ÷ total cost",
                                basis: .derived),
                            Figure(
                                id: "babiesSeen", value: babiesOverPlan, unit: "babies over the plan years", source: "steps: babiesSeen",
                                basis: .derived),
                        ], result: babies, resultUnit: "babies"))
            }
        }
        findings += CommissioningRisksRule.findings(
            area: area, unfundedGBP: unfunded, planYears: area.planYears, camhsNoUnder2Share: a.camhsNoUnder2ShareOfAreas)

        return AreaPlan(
            name: area.name, code: area.code, population: area.population.value, births: births, birthRatePer1000: birthRate,
            combination: area.combination, prevalence: breakdown.prevalence, prevalenceBreakdown: breakdown,
            infantsAtRisk: infants, specialistCaseload: caseload, coverageTeams: coverage, needTeams: need,
            recommendedMethod: area.sizingMethod, recommendedTeams: recommendedTeams, needTeamsAtPrevalenceRange: sensitivity,
            staffing: area.staffing, teamWTE: teamWTE,
            requiredWTE: required, existingWTE: area.existingWTE.value, gapWTE: gap, existingTeams: existingTeams, newTeams: newTeams,
            roles: roles, salaryBillPerTeamGBP: salaryBill, labourPerTeamAtPayYearGBP: labourBase, payYearLabel: area.payYearLabel,
            years: years, funding: lines, unfundedGBP: unfunded, findings: findings, audit: audit, input: area, assumptions: a)
    }
}

extension AreaPlanner {
    /// How much money planning an area involves, worked out in floating point before anything is rounded to the penny.
    public struct MoneyScale: Sendable, Equatable {
        /// No amount `plan` rounds to the penny (a salary, a team's labour, training, a year's cost lines and total,
        /// a funder's contribution, the gap) and no sum of them is larger than this. GBP; NaN or infinite when an
        /// input makes the plan so.
        public var boundGBP: Double
        /// Teams by the recommended method.
        public var teams: Double
        /// One team's labour in the last plan year, GBP a year.
        public var labourPerTeamLastYearGBP: Double
        /// Whether `Money` holds every amount of the plan, so that `plan` may run.
        public var fits: Bool { Money.canHold(boundGBP) }
    }

    /// The money scale of planning `area`: the same steps as `plan`, unrounded, summing the size of every amount
    /// (each year's labour × (1 + teams), teams × training, the salaries, training and funders' fixed amounts).
    /// A caller refuses an area whose scale does not fit (a population, births, salary or year in the wrong unit),
    /// where `plan` would trap converting pounds to pence.
    public static func moneyScale(_ area: AreaInput, assumptions a: PlanAssumptions) -> MoneyScale {
        let births =
            area.births?.value ?? area.birthRatePer1000.map {
                BirthsRule.births(population: area.population.value, birthRatePer1000: $0.value)
            } ?? 0
        let groups = area.riskGroups.map { RiskGroupShare(id: $0.id, share: $0.share.value, prevalence: $0.prevalence.value) }
        let prevalence = AreaPrevalenceRule.breakdown(baseline: a.baselinePrevalence.value, groups: groups, rule: area.combination)
            .prevalence
        let caseload = SpecialistCaseloadRule.caseload(
            infantsAtRisk: InfantsAtRiskRule.infantsAtRisk(births: births, prevalence: prevalence), specialistShare: a.specialistShare.value
        )
        let teams =
            area.sizingMethod == .need
            ? NeedTeamsRule.teams(specialistCaseload: caseload, babiesSeenPerTeamPerYear: a.babiesSeenPerTeamPerYear.value)
            : CoverageTeamsRule.teams(population: area.population.value, referencePopulation: a.referencePopulation.value)
        // Existing and new team-equivalents add up to the recommended teams (NaN for a team of no WTE).
        let teamWTE = area.staffing.teamWTE
        let teamEquivalents = WorkforceRule.teamEquivalents(
            wte: WorkforceRule.requiredWTE(teams: teams, teamWTE: teamWTE), teamWTE: teamWTE)
        let roles = area.staffing.roles.map { (wte: $0.wtePerTeam, annualSalaryGBP: $0.annualSalaryGBP.value) }
        let bill = TeamLabourCostRule.salaryBill(roles: roles)
        let labourBase = bill * (1 + a.onCostRate.value)
        let training = abs(a.trainingFirstYearGBP.value) + abs(a.trainingSecondYearGBP.value)
        var bound = roles.reduce(0) { $0 + abs($1.annualSalaryGBP) } + abs(bill) + abs(labourBase) + training
        var labour = labourBase
        for index in area.planYears.indices {
            labour = labourBase * pow(1 + a.payGrowthRate.value, Double(area.payYearsBeforeFirstPlanYear + index))
            bound += abs(labour) * (1 + teamEquivalents) + teamEquivalents * training
        }
        for funder in area.funding {
            if case .amounts(let amounts) = funder.contribution { bound += amounts.reduce(0) { $0 + abs($1.gbp) } }
        }
        return MoneyScale(boundGBP: bound, teams: teams, labourPerTeamLastYearGBP: labour)
    }
}
