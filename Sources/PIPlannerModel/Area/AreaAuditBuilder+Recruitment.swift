/// The audit steps of the recruitment rules: the costed workforce after rounding to posts, the phasing, each year's
/// phased cost, babies seen capped at the caseload and need not met, and a budget or target solved for
/// (Methodology §3.5, §3.7–§3.10).
extension AreaAuditBuilder {
    /// The costed workforce (when a hiring increment is set) and the phased new WTE.
    func recruitmentSteps() -> [AuditStep] {
        var steps: [AuditStep] = []
        if let increment = a.hiringIncrementWTE {
            let roles = zip(area.staffing.roles, q.roleRequiredWTE).map { role, wte in
                Figure(
                    id: "requiredWTE.\(role.id)", value: wte, unit: "WTE (\(NumberFormat.fixed(role.wtePerTeam, 2)) a team × teams)",
                    source: "step: requiredWTE", basis: .derived)
            }
            steps.append(
                AuditStep(
                    id: "costedWTE", title: "Costed workforce, each role rounded up to posts",
                    formula: "Σ over roles ⌈role's required WTE ÷ hiring increment⌉ × hiring increment (the rounded WTE is the one costed)",
                    inputs: roles + [increment], result: q.costedWTE, resultUnit: "WTE"))
            steps.append(
                AuditStep(
                    id: "costedGapWTE", title: "WTE to recruit for the costed workforce", formula: "max(0, costed WTE − existing WTE)",
                    inputs: [
                        Figure(id: "costedWTE", value: q.costedWTE, unit: "WTE", source: "step: costedWTE", basis: .derived),
                        area.existingWTE,
                    ], result: q.costedGapWTE, resultUnit: "WTE"))
        }
        let phasing = area.recruitment.phasing
        let byYear = zip(area.planYears, q.years).map { "\($0) \(NumberFormat.fixed($1.newWTEStarting, 2))" }.joined(separator: ", ")
        steps.append(
            AuditStep(
                id: "phasing", title: "New WTE by plan year (\(phasing.summary))", formula: Self.phasingFormula(phasing),
                inputs: [
                    Figure(
                        id: "gapWTE", value: min(q.costedGapWTE, area.recruitment.newWTECeiling ?? .infinity), unit: "WTE to recruit",
                        source: area.recruitment.newWTECeiling == nil
                            ? "step: \(a.hiringIncrementWTE == nil ? "gapWTE" : "costedGapWTE")" : "step: budget",
                        basis: .derived),
                    Figure(
                        id: "phasing", value: q.recruitedWTE, unit: "WTE recruited: \(phasing.summary)",
                        source: area.recruitment.phasingSource,
                        basis: area.recruitment.phasingSource.hasPrefix("config") ? .config : .assumption),
                ], result: q.recruitedWTE, resultUnit: "WTE recruited over the plan (\(byYear))"))
        return steps
    }

    private static func phasingFormula(_ phasing: RecruitmentPhasing) -> String {
        switch phasing {
        case .allInFirstYear: return "all the gap in the first plan year"
        case .spreadOverYears: return "gap ÷ years, in each of the first years"
        case .maxNewWTEPerYear: return "each year min(cap, gap − recruited so far), earliest first"
        case .maxNewTeamsPerYear: return "each year min(cap × team WTE, gap − recruited so far), earliest first"
        case .newWTEByYear: return "as given each year, at most the gap in all"
        }
    }

    /// Plan year `index`'s cost when the new teams are phased: the rollout's cohort rules.
    func phasedCostStep(_ index: Int, labour: Figure) -> AuditStep {
        let label = area.planYears[index]
        let year = q.years[index]
        return AuditStep(
            id: "annualCost[\(label)]", title: "Cost in \(label)",
            formula:
                "(existing teams + new teams fully operating) × labour this year + new teams coming into operation × labour this year × first-year labour fraction + new teams coming into operation × first-year training + new teams started last year × second-year training",
            inputs: [labour, existingFigure] + cohortFigures(index) + [
                a.firstYearLabourFraction, a.trainingFirstYearGBP, a.trainingSecondYearGBP,
            ]
                + [
                    Figure(
                        id: "teamsStartedLastYear", value: year.teamsStartedLastYear, unit: "team-equivalents", source: "step: phasing",
                        basis: .derived)
                ],
            result: c.years[index].cost.totalGBP.gbp, resultUnit: "GBP")
    }

    /// Existing team-equivalents, as a figure.
    var existingFigure: Figure {
        Figure(
            id: "existingTeams", value: q.existingTeams, unit: "team-equivalents (existing WTE ÷ team WTE)",
            source: a.hiringIncrementWTE == nil ? "step: gapWTE" : "step: costedGapWTE", basis: .derived)
    }

    /// The year's new teams fully operating and coming into operation.
    func cohortFigures(_ index: Int) -> [Figure] {
        let cohort = q.years[index].cohort
        return [
            Figure(
                id: "newTeamsFullyOperating", value: cohort.teamsFullyOperating, unit: "team-equivalents started in earlier years",
                source: "step: phasing", basis: .derived),
            Figure(
                id: "newTeamsComingIntoOperation", value: cohort.teamsComingIntoOperation,
                unit: "team-equivalents starting this year (new WTE ÷ team WTE)", source: "step: phasing", basis: .derived),
        ]
    }

    /// Babies seen in year `index`, capped at the caseload, and the need not met.
    func babiesSteps(_ index: Int) -> [AuditStep] {
        let label = area.planYears[index]
        let year = q.years[index]
        let caseload = Figure(
            id: "specialistCaseload", value: q.specialistCaseload, unit: "babies a year", source: "step: specialistCaseload",
            basis: .derived)
        let seen = Figure(id: "babiesSeen", value: year.babiesSeen, unit: "babies", source: "step: babiesSeen[\(label)]", basis: .derived)
        return [
            AuditStep(
                id: "babiesSeen[\(label)]", title: "Babies seen in \(label)",
                formula:
                    "min(specialist caseload, (existing teams + new teams fully operating) × babies a team a year + new teams coming into operation × babies a team a year × first-year capacity fraction)",
                inputs: [existingFigure] + cohortFigures(index) + [a.babiesSeenPerTeamPerYear, a.firstYearCapacityFraction, caseload],
                result: year.babiesSeen, resultUnit: "babies"),
            AuditStep(
                id: "needNotMet[\(label)]", title: "Need not met in \(label)",
                formula: "max(0, specialist caseload − babies seen); not carried into the next year (in scope from conception to age two)",
                inputs: [caseload, seen], result: year.needNotMet,
                resultUnit: "babies (\(year.shareOfCaseloadSeen.map { NumberFormat.percent($0) } ?? "—") of the caseload seen)"),
        ]
    }
}
