/// Writes the findings about an area's calculation: the input's own findings, then checks of births, population,
/// risk groups, prevalence, workforce and pay year, then the commissioning risks. The numbers come from the calculation.
public struct AreaFindingsBuilder {
    /// The area planned.
    public var area: AreaInput
    /// The assumptions it was planned under.
    public var assumptions: PlanAssumptions
    /// Its numbers.
    public var calculation: AreaCalculation

    private var a: PlanAssumptions { assumptions }
    private var q: AreaQuantities { calculation.quantities }
    private var path: String { area.fieldPath }

    /// A findings builder for `calculation`, the numbers of `area` under `assumptions`.
    public init(area: AreaInput, assumptions: PlanAssumptions, calculation: AreaCalculation) {
        self.area = area
        self.assumptions = assumptions
        self.calculation = calculation
    }

    /// Every finding, in a fixed order: input, births and population, risk groups and prevalence, workforce, pay year,
    /// commissioning risks.
    public func findings() -> [Diagnostic] {
        var findings = area.inputFindings
        findings += birthFindings()
        findings += prevalenceFindings()
        if area.existingWTE.value > q.requiredWTE {
            findings.append(
                Diagnostic(
                    .existingExceedsRequired, .note,
                    message:
                        "Existing workforce (\(NumberFormat.fixed(area.existingWTE.value, 2)) WTE) exceeds the \(NumberFormat.fixed(q.requiredWTE, 2)) WTE the "
                        + "\(area.sizingMethod.rawValue) method requires; the plan costs the required workforce only.",
                    fieldPath: "\(path).existingWTE"))
        }
        findings += RecruitmentFindings.findings(area: area, quantities: q)
        if area.payYearsBeforeFirstPlanYear < 0 {
            findings.append(
                Diagnostic(
                    .payYearAfterPlanYear,
                    message:
                        "Pay scales are for \(area.payYearLabel), after the first plan year \(area.planYears.first ?? ""); pay "
                        + "growth is applied backwards (deflated) for earlier years.",
                    fieldPath: "pay.year"))
        }
        if let carried = area.onCosts.employer?.carriedForwardFinding(fieldPath: "planYears") { findings.append(carried) }
        findings += CommissioningRisksRule.findings(
            area: area, unfundedGBP: calculation.costing.unfundedGBP, planYears: area.planYears,
            camhsNoUnder2Share: a.camhsNoUnder2ShareOfAreas)
        return findings
    }

    /// No births given, an implausible birth rate, a population below the smallest area's.
    private func birthFindings() -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let population = area.population.value
        if area.births == nil && area.birthRatePer1000 == nil {
            findings.append(
                Diagnostic(
                    .birthRateImplausible, message: "Neither births nor a birth rate was given, so no births are planned for.",
                    fieldPath: "\(path).births"))
        }
        let (low, high) = (a.plausibleBirthRatePer1000Min, a.plausibleBirthRatePer1000Max)
        if !BirthRateConsistencyRule.isPlausible(births: q.births, population: population, minPer1000: low.value, maxPer1000: high.value) {
            findings.append(
                Diagnostic(
                    .birthRateImplausible,
                    message:
                        "Births (\(NumberFormat.fixed(q.births))) and population (\(NumberFormat.fixed(population))) imply \(NumberFormat.fixed(q.birthRatePer1000, 1)) births "
                        + "per 1,000 population, outside the plausible \(NumberFormat.fixed(low.value, 1))–\(NumberFormat.fixed(high.value, 1)) seen across UK "
                        + "local authorities in 2022. Check that both figures are for the same area and year.",
                    fieldPath: "\(path).births", source: high.source))
        }
        if population < a.smallestAreaPopulation.value {
            findings.append(
                Diagnostic(
                    .populationBelowSmallestArea,
                    message:
                        "Population \(NumberFormat.fixed(population, 3)) is below the smallest UK local authority "
                        + "(\(NumberFormat.fixed(a.smallestAreaPopulation.value)) persons in mid-2022). If this is a whole area, check that "
                        + "population and births are not entered in thousands.",
                    fieldPath: "\(path).population", source: a.smallestAreaPopulation.source))
        }
        return findings
    }

    /// Overlapping groups combined as exclusive, a group below baseline, a prevalence outside the published range.
    private func prevalenceFindings() -> [Diagnostic] {
        var findings: [Diagnostic] = []
        if area.combination == .exclusive && area.riskGroups.count >= 2 {
            findings.append(
                Diagnostic(
                    .sharesAssumedExclusive, .note,
                    message:
                        "The \(area.riskGroups.count) risk groups are combined with the 'exclusive' rule, which assumes no family "
                        + "is in two groups. Groups such as low income and parental depression overlap in practice; if these shares "
                        + "come from separate datasets, 'highest-risk' avoids counting a family twice.",
                    fieldPath: "\(path).combination"))
        }
        for group in area.riskGroups where group.prevalence.value < a.baselinePrevalence.value {
            findings.append(
                Diagnostic(
                    .groupBelowBaseline,
                    message:
                        "Risk group '\(group.id)' has prevalence \(NumberFormat.percent(group.prevalence.value)), below the baseline "
                        + "\(NumberFormat.percent(a.baselinePrevalence.value)); families in it lower the area prevalence. Check the group's "
                        + "prevalence and the baseline are on the same basis.",
                    fieldPath: "\(path).riskGroups.\(group.id).prevalence", source: group.prevalence.source))
        }
        if q.prevalence < a.prevalenceRangeLow.value || q.prevalence > a.prevalenceRangeHigh.value {
            findings.append(
                Diagnostic(
                    .prevalenceOutsideRange,
                    message:
                        "Area prevalence \(NumberFormat.percent(q.prevalence)) is outside the published range "
                        + "\(NumberFormat.percent(a.prevalenceRangeLow.value))–\(NumberFormat.percent(a.prevalenceRangeHigh.value)) for children generally.",
                    fieldPath: "\(path).riskGroups", source: a.prevalenceRangeLow.source))
        }
        return findings
    }
}
