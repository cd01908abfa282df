/// Writes the audit trail of an area's calculation: for each step, in Methodology order, the formula in words, the
/// figures it used with their sources, and the result. It computes nothing; every number comes from the calculation.
public struct AreaAuditBuilder {
    /// The area planned.
    public var area: AreaInput
    /// The assumptions it was planned under.
    public var assumptions: PlanAssumptions
    /// Its numbers.
    public var calculation: AreaCalculation

    var a: PlanAssumptions { assumptions }
    var q: AreaQuantities { calculation.quantities }
    var c: AreaCosting { calculation.costing }

    /// An audit builder for `calculation`, the numbers of `area` under `assumptions`.
    public init(area: AreaInput, assumptions: PlanAssumptions, calculation: AreaCalculation) {
        self.area = area
        self.assumptions = assumptions
        self.calculation = calculation
    }

    /// The audit trail: births to teams, workforce, labour, each plan year's cost and babies, and funders' attribution.
    public func steps() -> [AuditStep] {
        var steps = [birthsStep(), prevalenceStep()]
        steps += needSteps()
        steps += workforceSteps()
        steps += recruitmentSteps()
        steps += labourSteps()
        for index in q.years.indices { steps += yearSteps(index) }
        steps += fundingSteps()
        return steps
    }

    private var birthsFigure: Figure {
        area.births ?? Figure(id: "births", value: q.births, unit: "live births a year", source: "step: births", basis: .derived)
    }

    private func birthsStep() -> AuditStep {
        if let given = area.births {
            return AuditStep(
                id: "births", title: "Births a year", formula: "births as given", inputs: [given], result: q.births,
                resultUnit: "live births a year")
        }
        if let rate = area.birthRatePer1000 {
            return AuditStep(
                id: "births", title: "Births a year", formula: "population × birth rate per 1,000 ÷ 1,000",
                inputs: [area.population, rate], result: q.births, resultUnit: "live births a year")
        }
        return AuditStep(
            id: "births", title: "Births a year", formula: "none given", inputs: [], result: 0, resultUnit: "live births a year")
    }

    private func prevalenceStep() -> AuditStep {
        let combinationFigure = Figure(
            id: "combination", value: Double(CombinationRule.allCases.firstIndex(of: area.combination)!),
            unit: "rule: \(area.combination.rawValue)", source: area.combinationSource,
            basis: area.combinationSource.hasPrefix("config") ? .config : .assumption)
        let formula: String
        switch area.combination {
        case .exclusive:
            formula = "exclusive rule: Σ (group share × group prevalence) + (1 − Σ shares) × baseline prevalence"
        case .highestRisk:
            formula =
                "highest-risk rule: groups ordered by prevalence, highest first; each group counts the share of births in it and "
                + "in no higher group (share × Π(1 − higher shares)) at its prevalence; the rest at baseline prevalence"
        }
        var inputs = [a.baselinePrevalence, combinationFigure]
        for group in area.riskGroups {
            inputs.append(group.share)
            inputs.append(group.prevalence)
        }
        return AuditStep(
            id: "prevalence", title: "Area prevalence of disorganised attachment",
            formula: area.riskGroups.isEmpty ? "baseline prevalence (no risk groups given)" : formula, inputs: inputs,
            result: q.prevalence, resultUnit: "proportion of births")
    }

    /// Infants at risk, caseload, teams by both methods and the prevalence sensitivity.
    private func needSteps() -> [AuditStep] {
        let prevalenceFigure = Figure(
            id: "prevalence", value: q.prevalence, unit: "proportion of births", source: "step: prevalence", basis: .derived)
        let infantsFigure = Figure(
            id: "infantsAtRisk", value: q.infantsAtRisk, unit: "infants a year", source: "step: infantsAtRisk", basis: .derived)
        let caseloadFigure = Figure(
            id: "specialistCaseload", value: q.specialistCaseload, unit: "babies a year", source: "step: specialistCaseload",
            basis: .derived)
        let sensitivity = q.needTeamsAtPrevalenceRange
        return [
            AuditStep(
                id: "infantsAtRisk", title: "Infants at risk a year", formula: "births × area prevalence",
                inputs: [birthsFigure, prevalenceFigure], result: q.infantsAtRisk, resultUnit: "infants a year"),
            AuditStep(
                id: "specialistCaseload", title: "Specialist caseload a year", formula: "infants at risk × specialist share",
                inputs: [infantsFigure, a.specialistShare], result: q.specialistCaseload, resultUnit: "babies a year"),
            AuditStep(
                id: "coverageTeams", title: "Teams by the coverage method", formula: "population ÷ reference population per team",
                inputs: [area.population, a.referencePopulation], result: q.coverageTeams, resultUnit: "teams"),
            AuditStep(
                id: "needTeams", title: "Teams by the need method", formula: "specialist caseload ÷ babies seen per team a year",
                inputs: [caseloadFigure, a.babiesSeenPerTeamPerYear], result: q.needTeams, resultUnit: "teams"),
            AuditStep(
                id: "needTeamsAtPrevalenceRange", title: "Sensitivity: need-method teams across the published prevalence range",
                formula:
                    "births × prevalence × specialist share ÷ babies seen per team a year, at the low and at the high end of the "
                    + "range (result: high end)",
                inputs: [birthsFigure, a.prevalenceRangeLow, a.prevalenceRangeHigh, a.specialistShare, a.babiesSeenPerTeamPerYear],
                result: sensitivity.highTeams,
                resultUnit: "teams at the high end (\(NumberFormat.fixed(sensitivity.lowTeams, 2)) at the low end)"),
        ]
    }

    /// Required WTE and the gap.
    private func workforceSteps() -> [AuditStep] {
        let method = area.sizingMethod.rawValue
        let teamWTEFigure = Figure(
            id: "teamWTE", value: q.teamWTE, unit: "WTE a team", source: "staffing model '\(area.staffing.id)': \(area.staffing.source)",
            basis: area.staffing.source.hasPrefix("config") ? .config : .published)
        let teamsFigure = Figure(
            id: "\(method)Teams", value: q.recommendedTeams, unit: "teams (\(method) method, recommended: \(area.sizingMethodSource))",
            source: "step: \(method)Teams", basis: .derived)
        let requiredFigure = Figure(id: "requiredWTE", value: q.requiredWTE, unit: "WTE", source: "step: requiredWTE", basis: .derived)
        return [
            AuditStep(
                id: "requiredWTE", title: "Required workforce", formula: "recommended teams × WTE per team",
                inputs: [teamsFigure, teamWTEFigure], result: q.requiredWTE, resultUnit: "WTE"),
            AuditStep(
                id: "gapWTE", title: "Workforce gap", formula: "max(0, required WTE − existing WTE)",
                inputs: [requiredFigure, area.existingWTE], result: q.gapWTE, resultUnit: "WTE"),
        ]
    }

    /// One team's labour at the pay year under the flat method.
    func flatLabourStep() -> AuditStep {
        let salaries = area.staffing.roles.map { role in
            var salary = role.annualSalaryGBP
            salary.id = "\(role.id) (\(role.band.map { "band \($0)" } ?? "no band"), \(NumberFormat.fixed(role.wtePerTeam, 2)) WTE)"
            return salary
        }
        return AuditStep(
            id: "labourPerTeam", title: "Labour cost of one team at \(area.payYearLabel) pay",
            formula: "Σ over roles (WTE × annual salary) × (1 + on-cost rate)", inputs: salaries + [a.onCostRate],
            result: c.labourPerTeamAtPayYearGBP.gbp, resultUnit: "GBP a year")
    }

    /// The cost and the babies seen in plan year `index`.
    private func yearSteps(_ index: Int) -> [AuditStep] {
        let label = area.planYears[index]
        let labourFigure = Figure(
            id: "labourPerTeam", value: c.labourPerTeamAtPayYearGBP.gbp, unit: "GBP a year at \(area.payYearLabel) pay",
            source: "step: labourPerTeam", basis: .derived)
        let newFigure = Figure(
            id: "newTeams", value: q.newTeams, unit: "team-equivalents (gap WTE ÷ team WTE)", source: "step: phasing", basis: .derived)
        let yearsFigure = Figure(
            id: "payGrowthYears", value: Double(q.years[index].payGrowthYears), unit: "years after \(area.payYearLabel)",
            source: "plan year \(label) vs pay year \(area.payYearLabel)", basis: .derived)
        let yearLabour = yearLabourStep(index, yearsFigure: yearsFigure)
        var costInputs = [labourFigure, a.payGrowthRate, yearsFigure, existingFigure, newFigure]
        if let yearLabour {
            let labour = Figure(
                id: "labourPerTeam[\(label)]", value: yearLabour.result, unit: "GBP a year, \(label)", source: "step: \(yearLabour.id)",
                basis: .derived)
            costInputs = [labour, existingFigure, newFigure]
        }
        if index == 0 { costInputs += [a.firstYearLabourFraction, a.trainingFirstYearGBP] }
        if index == 1 { costInputs += [a.trainingSecondYearGBP] }
        let formula = yearLabour == nil ? Self.costFormula(yearIndex: index) : Self.employerCostFormula(yearIndex: index)
        var cost = AuditStep(
            id: "annualCost[\(label)]", title: "Cost in \(label)", formula: formula, inputs: costInputs,
            result: c.years[index].cost.totalGBP.gbp, resultUnit: "GBP")
        if !area.recruitment.phasing.isAllInFirstYear {
            cost = phasedCostStep(index, labour: yearLabour.map { _ in costInputs[0] } ?? labourFigure)
        }
        return (yearLabour.map { [$0] } ?? []) + [cost] + babiesSteps(index)
    }

    private static func costFormula(yearIndex: Int) -> String {
        switch yearIndex {
        case 0:
            return
                "existing teams × labour × (1 + pay growth)^years + new teams × labour × (1 + pay growth)^years × first-year "
                + "labour fraction + new teams × first-year training"
        case 1: return "(existing teams + new teams) × labour × (1 + pay growth)^years + new teams × second-year training"
        default: return "(existing teams + new teams) × labour × (1 + pay growth)^years"
        }
    }

    /// The cost formula when each year's labour is costed with that year's employer on-cost rules.
    private static func employerCostFormula(yearIndex: Int) -> String {
        switch yearIndex {
        case 0:
            return
                "existing teams × labour this year + new teams × labour this year × first-year labour fraction + new teams × "
                + "first-year training"
        case 1: return "(existing teams + new teams) × labour this year + new teams × second-year training"
        default: return "(existing teams + new teams) × labour this year"
        }
    }

    /// What each funder's money buys, for funders with a share of a non-zero cost.
    private func fundingSteps() -> [AuditStep] {
        zip(area.funding, c.funders).compactMap { funding, funder in
            guard let share = funder.shareOfTotalCost, let babies = funder.babiesSeenAttributed else { return nil }
            return AuditStep(
                id: "fundingAttribution[\(funding.funderID)]", title: "What \(funding.name) gets for its money",
                formula: "babies seen over the plan × (funder's contributions ÷ total cost), pro rata",
                inputs: [
                    Figure(
                        id: "contributionGBP", value: funder.contributionsGBP.sum().gbp, unit: "GBP over the plan years",
                        source: "config \(funding.fieldPath)", basis: .config),
                    Figure(
                        id: "totalCostGBP", value: c.totalCostGBP.gbp, unit: "GBP over the plan years", source: "steps: annualCost",
                        basis: .derived),
                    Figure(
                        id: "shareOfTotalCost", value: share, unit: "proportion of the cost", source: "contribution ÷ total cost",
                        basis: .derived),
                    Figure(
                        id: "babiesSeen", value: q.totalBabiesSeen, unit: "babies over the plan years", source: "steps: babiesSeen",
                        basis: .derived),
                ], result: babies, resultUnit: "babies")
        }
    }
}
