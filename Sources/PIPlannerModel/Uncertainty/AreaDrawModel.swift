/// One area's plan as a function of one draw's figure values, allocation-free in the draw loop (Methodology §7.3).
///
/// Everything no figure changes (births, population, team WTE, existing WTE, each risk group's fixed share and
/// prevalence and which figure replaces it, the funders' fixed amounts, one team's labour schedule) is worked out once
/// an area, at the point values; each draw then calls the same rules as ``AreaQuantities`` and ``AreaCosting`` in the
/// same order (prevalence by `AreaPrevalenceRule.combine`, infants at risk, caseload, teams, workforce, babies seen,
/// cost lines, funding), with one team's labour from a ``TeamLabourTable`` or, for a local labour figure, from the
/// area's ``TeamLabourSchedule``. `evaluateFull` runs the whole core instead; tests hold the two equal, so a rule
/// changed in the core changes both.
public struct AreaDrawModel: Sendable {
    public let input: AreaInput
    public let assumptions: PlanAssumptions
    public let binding: AreaDrawBinding
    let births: Double
    let population: Double
    let teamWTE: Double
    let existingWTE: Double
    /// Each role's WTE a team, the hiring increment and the recruitment, for `PhasedWorkforce`.
    let wtePerTeam: [Double]
    let incrementWTE: Double?
    let recruitment: RecruitmentInput
    let sizesByNeed: Bool
    let combination: CombinationRule
    let yearCount: Int
    let base: DrawnAssumptions
    /// The figure bound to each assumption slot (not risk groups, not labour), -1 where none is.
    let assumptionFigures: DrawnAssumptions.Figures
    let groups: [DrawnRiskGroup]
    let funding: DrawnFunding
    /// Whether one team's labour is drawn for this area alone (a local labour figure), not read from a table.
    let localLabour: Bool
    let schedule: TeamLabourSchedule
    /// The figures bound to pay growth and the on-cost rate, -1 where none is.
    let payGrowthFigure: Int
    let onCostFigure: Int
    let hasLocalSlot: Bool

    public init(area given: AreaInput, assumptions a: PlanAssumptions, binding: AreaDrawBinding, figures: [UncertainFigure]) {
        // A budget or target is solved once, at the point values: the draws vary what that workforce sees and costs.
        var area = AreaPlanner.solve(given, assumptions: a).area
        area.recruitment.goal = nil
        input = area
        assumptions = a
        self.binding = binding
        let q = AreaQuantities(area, assumptions: a)
        births = q.births
        population = area.population.value
        teamWTE = q.teamWTE
        existingWTE = q.existingWTE
        wtePerTeam = area.staffing.roles.map(\.wtePerTeam)
        incrementWTE = a.hiringIncrementWTE?.value
        recruitment = area.recruitment
        sizesByNeed = area.sizingMethod == .need
        combination = area.combination
        yearCount = area.planYears.count
        base = DrawnAssumptions(a)
        assumptionFigures = DrawnAssumptions.Figures(binding.slots)
        groups = DrawnRiskGroup.groups(area, binding)
        funding = DrawnFunding(area.funding, yearCount: yearCount)
        localLabour = binding.hasLocalLabour(figures)
        schedule = TeamLabourSchedule(area)
        payGrowthFigure = binding.slots.last { $0.slot == .payGrowthRate }?.figure ?? -1
        onCostFigure = binding.slots.last { $0.slot == .onCostRate }?.figure ?? -1
        hasLocalSlot = binding.slots.contains { figures[$0.figure].scope == .local }
    }

    /// Whether a local figure is bound here: an area that binds none need not draw any.
    public var drawsLocalFigures: Bool { hasLocalSlot }

    /// The number of outputs a draw writes.
    public var outputCount: Int { DrawOutput.count(years: yearCount) }

    /// Outputs that are another output's draws times a constant of the area, for `DrawRunner.summarize` (which checks
    /// every draw): infants at risk = births × prevalence (`InfantsAtRiskRule`), required WTE = recommended teams ×
    /// one team's WTE (`WorkforceRule`).
    public var scaledOutputs: [Int: (source: Int, factor: Double)] {
        [
            DrawOutput.infantsAtRisk.rawValue: (DrawOutput.prevalence.rawValue, births),
            DrawOutput.requiredWTE.rawValue: (DrawOutput.recommendedTeams.rawValue, teamWTE),
        ]
    }

    /// Births a year, as the plan has them.
    public var birthsPerYear: Double { births }

    /// One team's labour in plan year `year`, pence, with this draw's `values` in the labour slots: the schedule the
    /// plan's costing uses, infinite when `Money` cannot hold it.
    @inline(__always) func labourPence(year: Int, _ values: UnsafeBufferPointer<Double>) -> Double {
        schedule.labourPence(
            year: year, payGrowthRate: payGrowthFigure >= 0 ? values[payGrowthFigure] : assumptions.payGrowthRate.value,
            onCostRate: onCostFigure >= 0 ? values[onCostFigure] : assumptions.onCostRate.value)
    }

    /// Writes this draw's outputs (`DrawOutput` order) given its figure `values` and one team's labour in each plan
    /// year in pence, `labour[year × labourStride]` (ignored when the labour is local).
    public func evaluate(_ values: UnsafeBufferPointer<Double>, labour: UnsafePointer<Double>, labourStride: Int, into out: DrawSlots) {
        let a = base.drawn(values, assumptionFigures)
        let prevalence = groups.withUnsafeBufferPointer { g in
            AreaPrevalenceRule.combine(
                baseline: a.baselinePrevalence, groups: DrawnRiskGroups(terms: g, values: values), rule: combination
            ) { _, _, _ in }.prevalence
        }
        let infants = InfantsAtRiskRule.infantsAtRisk(births: births, prevalence: prevalence)
        let caseload = SpecialistCaseloadRule.caseload(infantsAtRisk: infants, specialistShare: a.specialistShare)
        let coverage = CoverageTeamsRule.teams(population: population, referencePopulation: a.referencePopulation)
        let need = NeedTeamsRule.teams(specialistCaseload: caseload, babiesSeenPerTeamPerYear: a.babiesSeenPerTeamPerYear)
        let teams = sizesByNeed ? need : coverage
        let required = WorkforceRule.requiredWTE(teams: teams, teamWTE: teamWTE)
        let gap = WorkforceRule.gapWTE(requiredWTE: required, existingWTE: existingWTE)
        out[DrawOutput.prevalence.rawValue] = prevalence
        out[DrawOutput.infantsAtRisk.rawValue] = infants
        out[DrawOutput.specialistCaseload.rawValue] = caseload
        out[DrawOutput.needTeams.rawValue] = need
        out[DrawOutput.coverageTeams.rawValue] = coverage
        out[DrawOutput.recommendedTeams.rawValue] = teams
        out[DrawOutput.requiredWTE.rawValue] = required
        out[DrawOutput.gapWTE.rawValue] = gap
        out[DrawOutput.workforceCovers.rawValue] = gap <= 0 ? 1 : 0
        // `PhasedWorkforce`'s sizing and phasing, stepped once into the stack: each year's cohort, then the costs.
        let sized = PhasedWorkforce.sizing(
            teams: teams, wtePerTeam: wtePerTeam, teamWTE: teamWTE, existingWTE: existingWTE, incrementWTE: incrementWTE,
            ceilingWTE: recruitment.newWTECeiling)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(3 * yearCount, 1)) { cohorts in
            var steps = PhasingRule.Steps(recruitWTE: sized.recruitWTE, teamWTE: teamWTE, yearCount: yearCount)
            var recruitedWTE = 0.0
            for y in 0..<yearCount {
                let step = steps.next(recruitment.phasing) ?? (0, 0, 0)
                recruitedWTE += step.newWTE
                (cohorts[3 * y], cohorts[3 * y + 1]) = (step.fullyOperating, step.coming)
            }
            let workforce = DrawnWorkforce(
                existingTeams: sized.existingTeams, newTeams: WorkforceRule.teamEquivalents(wte: recruitedWTE, teamWTE: teamWTE),
                cohorts: UnsafePointer(cohorts.baseAddress!))
            guard localLabour else {
                cost(a, workforce, caseload: caseload, labour: labour, labourStride: labourStride, into: out)
                return
            }
            for y in 0..<yearCount { cohorts[3 * y + 2] = labourPence(year: y, values) }
            cost(a, workforce, caseload: caseload, labour: UnsafePointer(cohorts.baseAddress! + 2), labourStride: 3, into: out)
        }
    }

    /// Babies seen and the cost lines of each plan year, the totals and funding: `AreaQuantities.costLabour`'s
    /// babies and `AreaCosting`'s cost lines.
    private func cost(
        _ a: DrawnAssumptions, _ workforce: DrawnWorkforce, caseload: Double, labour: UnsafePointer<Double>, labourStride: Int,
        into out: DrawSlots
    ) {
        let (existingTeams, newTeams) = (workforce.existingTeams, workforce.newTeams)
        let trainingFirst = Money(gbp: a.trainingFirstYearGBP)
        let trainingSecond = Money(gbp: a.trainingSecondYearGBP)
        var total = Money.zero
        var babiesTotal = 0.0
        // Once a year's money cannot be held the draw is infinitely costly, but its babies are still counted.
        var holdable = true
        let teamsCosted = abs(existingTeams) + abs(newTeams)
        let trainingBoundGBP = 2 * (trainingFirst + trainingSecond).gbp * teamsCosted
        var startedLastYear = 0.0
        for y in 0..<yearCount {
            let (fullyOperating, coming) = (workforce.cohorts[3 * y], workforce.cohorts[3 * y + 1])
            let cohort = RolloutYear(label: "", teamsFullyOperating: fullyOperating, teamsComingIntoOperation: coming)
            defer { startedLastYear = coming }
            let babies = PhasedWorkforce.babies(
                existingTeams: existingTeams, fullyOperating: fullyOperating, coming: coming,
                babiesSeenPerTeamPerYear: a.babiesSeenPerTeamPerYear, firstYearCapacityFraction: a.firstYearCapacityFraction,
                specialistCaseload: caseload
            ).seen
            babiesTotal += babies
            out[DrawOutput.yearBabies(y)] = babies
            let labourPence = labour[y * labourStride]
            // A draw whose money Money cannot hold (never at sane inputs) is infinitely costly rather than a trap.
            holdable =
                holdable
                && Money.canHold(
                    labourPence / 100 * (1 + teamsCosted) * Double(2 * yearCount) + trainingBoundGBP)
            guard holdable else { continue }
            let cost = AnnualCostRule.cost(
                labourPerTeamThisYear: Money(pence: Int64(labourPence)), existingTeams: existingTeams, cohort: cohort,
                teamsStartedLastYear: startedLastYear, firstYearLabourFraction: a.firstYearLabourFraction,
                trainingFirstYearGBP: trainingFirst, trainingSecondYearGBP: trainingSecond)
            let yearTotal = cost.totalGBP
            total += yearTotal
            out[DrawOutput.yearCost(y)] = yearTotal.gbp
            out[DrawOutput.yearFunded(y)] = funding.isEmpty ? 0 : (funding.unfunded(year: y, total: yearTotal).pence <= 0 ? 1 : 0)
        }
        out[DrawOutput.babiesSeen.rawValue] = babiesTotal
        guard holdable else {
            writeUnholdable(into: out)
            return
        }
        out[DrawOutput.totalCostGBP.rawValue] = total.gbp
        out[DrawOutput.costPerBabySeenGBP.rawValue] = CostPerBabyRule.costPerBaby(total: total, babiesSeen: babiesTotal)?.gbp ?? .infinity
    }

    /// An infinitely costly draw: every cost infinite, no year funded.
    private func writeUnholdable(into out: DrawSlots) {
        out[DrawOutput.totalCostGBP.rawValue] = .infinity
        out[DrawOutput.costPerBabySeenGBP.rawValue] = .infinity
        for z in 0..<yearCount {
            out[DrawOutput.yearCost(z)] = .infinity
            out[DrawOutput.yearFunded(z)] = 0
        }
    }

    /// The same outputs from the full core: the bound slots set in copies of the input and assumptions, then
    /// ``AreaQuantities`` and ``AreaCosting``. Slower (it builds the plan's arrays); the reference `evaluate` is held
    /// to, and what the one-way sensitivity uses.
    public func evaluateFull(_ values: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>) {
        let (area, a) = binding.applied(values, area: input, assumptions: assumptions)
        Self.write(area, a, into: out)
    }

    /// The outputs of planning `area` under `a` by the full core.
    public static func write(_ area: AreaInput, _ a: PlanAssumptions, into out: UnsafeMutableBufferPointer<Double>) {
        let q = AreaQuantities(area, assumptions: a)
        out[DrawOutput.prevalence.rawValue] = q.prevalence
        out[DrawOutput.infantsAtRisk.rawValue] = q.infantsAtRisk
        out[DrawOutput.specialistCaseload.rawValue] = q.specialistCaseload
        out[DrawOutput.needTeams.rawValue] = q.needTeams
        out[DrawOutput.coverageTeams.rawValue] = q.coverageTeams
        out[DrawOutput.recommendedTeams.rawValue] = q.recommendedTeams
        out[DrawOutput.requiredWTE.rawValue] = q.requiredWTE
        out[DrawOutput.gapWTE.rawValue] = q.gapWTE
        out[DrawOutput.workforceCovers.rawValue] = q.gapWTE <= 0 ? 1 : 0
        out[DrawOutput.babiesSeen.rawValue] = q.totalBabiesSeen
        for (y, year) in q.years.enumerated() { out[DrawOutput.yearBabies(y)] = year.babiesSeen }
        guard q.moneyScale.fits else {
            out[DrawOutput.totalCostGBP.rawValue] = .infinity
            out[DrawOutput.costPerBabySeenGBP.rawValue] = .infinity
            for y in q.years.indices {
                out[DrawOutput.yearCost(y)] = .infinity
                out[DrawOutput.yearFunded(y)] = 0
            }
            return
        }
        let c = AreaCosting(area, assumptions: a, quantities: q)
        out[DrawOutput.totalCostGBP.rawValue] = c.totalCostGBP.gbp
        out[DrawOutput.costPerBabySeenGBP.rawValue] =
            CostPerBabyRule.costPerBaby(total: c.totalCostGBP, babiesSeen: q.totalBabiesSeen)?.gbp ?? .infinity
        for (y, year) in c.years.enumerated() {
            out[DrawOutput.yearCost(y)] = year.cost.totalGBP.gbp
            out[DrawOutput.yearFunded(y)] = area.funding.isEmpty ? 0 : (c.unfundedGBP[y].pence <= 0 ? 1 : 0)
        }
    }
}

/// One draw's workforce: the existing and new team-equivalents, and each plan year's cohort (teams fully operating
/// at `cohorts[3 × year]`, coming into operation at `cohorts[3 × year + 1]`).
struct DrawnWorkforce {
    var existingTeams: Double
    var newTeams: Double
    var cohorts: UnsafePointer<Double>
}
