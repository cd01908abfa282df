/// One area's plan as a function of one draw's figure values, allocation-light for the draw loop
/// (Methodology §7.3).
///
/// What no figure changes (births, population, team WTE, existing WTE) is taken once from ``AreaQuantities`` at the
/// point values; each draw then calls the same rules as ``AreaQuantities`` and ``AreaCosting`` in the same order
/// (prevalence, infants at risk, caseload, teams, workforce, babies seen, cost lines, funding), with one team's
/// labour from a ``TeamLabourTable``. `evaluateFull` runs the whole core instead; tests hold the two equal, so a
/// rule changed in the core changes both.
public struct AreaDrawModel: Sendable {
    public let input: AreaInput
    public let assumptions: PlanAssumptions
    public let binding: AreaDrawBinding
    let births: Double
    let population: Double
    let teamWTE: Double
    let existingWTE: Double
    let groups: [RiskGroupShare]
    let yearCount: Int
    /// Whether one team's labour is drawn for this area alone (a local labour figure), not read from a table.
    let localLabour: Bool
    let labourTemplate: AreaInput
    let labourSlots: [(figure: Int, slot: FigureSlot)]

    public init(area: AreaInput, assumptions a: PlanAssumptions, binding: AreaDrawBinding, figures: [UncertainFigure]) {
        input = area
        assumptions = a
        self.binding = binding
        let q = AreaQuantities(area, assumptions: a)
        births = q.births
        population = area.population.value
        teamWTE = q.teamWTE
        existingWTE = q.existingWTE
        groups = area.riskGroups.map { RiskGroupShare(id: $0.id, share: $0.share.value, prevalence: $0.prevalence.value) }
        yearCount = area.planYears.count
        localLabour = binding.hasLocalLabour(figures)
        labourTemplate = TeamLabourTable.template(area)
        labourSlots = binding.slots.filter(\.slot.isLabour)
    }

    /// The number of outputs a draw writes.
    public var outputCount: Int { DrawOutput.count(years: yearCount) }

    /// Births a year, as the plan has them.
    public var birthsPerYear: Double { births }

    /// Writes this draw's outputs (`DrawOutput` order) given its figure `values` and one team's labour in each
    /// plan year in pence (`labourPence(year)`, ignored when the labour is local).
    public func evaluate(
        _ values: UnsafeBufferPointer<Double>, labourPence: (Int) -> Double, into out: UnsafeMutableBufferPointer<Double>
    ) {
        var a = DrawnAssumptions(assumptions)
        var groups = self.groups
        for (figure, slot) in binding.slots { a.set(slot, values[figure], groups: &groups) }
        let prevalence = AreaPrevalenceRule.prevalence(baseline: a.baselinePrevalence, groups: groups, rule: input.combination)
        let infants = InfantsAtRiskRule.infantsAtRisk(births: births, prevalence: prevalence)
        let caseload = SpecialistCaseloadRule.caseload(infantsAtRisk: infants, specialistShare: a.specialistShare)
        let coverage = CoverageTeamsRule.teams(population: population, referencePopulation: a.referencePopulation)
        let need = NeedTeamsRule.teams(specialistCaseload: caseload, babiesSeenPerTeamPerYear: a.babiesSeenPerTeamPerYear)
        let teams = input.sizingMethod == .need ? need : coverage
        let required = WorkforceRule.requiredWTE(teams: teams, teamWTE: teamWTE)
        let gap = WorkforceRule.gapWTE(requiredWTE: required, existingWTE: existingWTE)
        let existingTeams = WorkforceRule.teamEquivalents(wte: min(existingWTE, required), teamWTE: teamWTE)
        let newTeams = WorkforceRule.teamEquivalents(wte: gap, teamWTE: teamWTE)
        out[DrawOutput.prevalence.rawValue] = prevalence
        out[DrawOutput.infantsAtRisk.rawValue] = infants
        out[DrawOutput.specialistCaseload.rawValue] = caseload
        out[DrawOutput.needTeams.rawValue] = need
        out[DrawOutput.coverageTeams.rawValue] = coverage
        out[DrawOutput.recommendedTeams.rawValue] = teams
        out[DrawOutput.requiredWTE.rawValue] = required
        out[DrawOutput.gapWTE.rawValue] = gap
        out[DrawOutput.workforceCovers.rawValue] = gap <= 0 ? 1 : 0
        var localLabour = [Double]()
        if self.localLabour {
            localLabour = [Double](repeating: 0, count: yearCount)
            localLabour.withUnsafeMutableBufferPointer {
                TeamLabourTable.labourPence(labourTemplate, assumptions, slots: labourSlots, values: values, into: $0)
            }
        }
        if self.localLabour {
            cost(a, existingTeams: existingTeams, newTeams: newTeams, labourPence: { localLabour[$0] }, into: out)
        } else {
            cost(a, existingTeams: existingTeams, newTeams: newTeams, labourPence: labourPence, into: out)
        }
    }

    /// Babies seen and the cost lines of each plan year, the totals and funding: `AreaQuantities.costLabour`'s
    /// babies and `AreaCosting`'s cost lines.
    private func cost(
        _ a: DrawnAssumptions, existingTeams: Double, newTeams: Double, labourPence: (Int) -> Double,
        into out: UnsafeMutableBufferPointer<Double>
    ) {
        let trainingFirst = Money(gbp: a.trainingFirstYearGBP)
        let trainingSecond = Money(gbp: a.trainingSecondYearGBP)
        var total = Money.zero
        var babiesTotal = 0.0
        var totals = input.funding.isEmpty ? [] : [Money](repeating: .zero, count: yearCount)
        let teamsCosted = abs(existingTeams) + abs(newTeams)
        for y in 0..<yearCount {
            let babies = BabiesSeenRule.babiesSeen(
                fullTeams: existingTeams + (y == 0 ? 0 : newTeams), startingTeams: y == 0 ? newTeams : 0,
                babiesSeenPerTeamPerYear: a.babiesSeenPerTeamPerYear, firstYearCapacityFraction: a.firstYearCapacityFraction)
            babiesTotal += babies
            out[DrawOutput.yearBabies(y)] = babies
            let labour = labourPence(y)
            // A draw whose money Money cannot hold (never at sane inputs) is infinitely costly rather than a trap.
            guard
                Money.canHold(
                    labour / 100 * (1 + teamsCosted) * Double(2 * yearCount) + 2 * (trainingFirst + trainingSecond).gbp * teamsCosted)
            else {
                for o in [DrawOutput.totalCostGBP.rawValue, DrawOutput.costPerBabySeenGBP.rawValue] { out[o] = .infinity }
                for z in 0..<yearCount {
                    out[DrawOutput.yearCost(z)] = .infinity
                    out[DrawOutput.yearFunded(z)] = 0
                }
                return
            }
            let cost = AnnualCostRule.cost(
                yearIndex: y, labourPerTeamThisYear: Money(pence: Int64(labour)), existingTeams: existingTeams, newTeams: newTeams,
                firstYearLabourFraction: a.firstYearLabourFraction, trainingFirstYearGBP: trainingFirst,
                trainingSecondYearGBP: trainingSecond)
            total += cost.totalGBP
            out[DrawOutput.yearCost(y)] = cost.totalGBP.gbp
            out[DrawOutput.yearFunded(y)] = 0
            if !totals.isEmpty { totals[y] = cost.totalGBP }
        }
        if !totals.isEmpty {
            let unfunded = FundingRule.unfunded(
                totals: totals, contributions: FundingRule.contributions(funding: input.funding, totals: totals))
            for (y, gap) in unfunded.enumerated() { out[DrawOutput.yearFunded(y)] = gap.pence <= 0 ? 1 : 0 }
        }
        out[DrawOutput.babiesSeen.rawValue] = babiesTotal
        out[DrawOutput.totalCostGBP.rawValue] = total.gbp
        out[DrawOutput.costPerBabySeenGBP.rawValue] = CostPerBabyRule.costPerBaby(total: total, babiesSeen: babiesTotal)?.gbp ?? .infinity
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

/// The assumption values one draw uses, as plain numbers.
struct DrawnAssumptions {
    var baselinePrevalence: Double
    var specialistShare: Double
    var referencePopulation: Double
    var babiesSeenPerTeamPerYear: Double
    var firstYearCapacityFraction: Double
    var firstYearLabourFraction: Double
    var trainingFirstYearGBP: Double
    var trainingSecondYearGBP: Double

    init(_ a: PlanAssumptions) {
        baselinePrevalence = a.baselinePrevalence.value
        specialistShare = a.specialistShare.value
        referencePopulation = a.referencePopulation.value
        babiesSeenPerTeamPerYear = a.babiesSeenPerTeamPerYear.value
        firstYearCapacityFraction = a.firstYearCapacityFraction.value
        firstYearLabourFraction = a.firstYearLabourFraction.value
        trainingFirstYearGBP = a.trainingFirstYearGBP.value
        trainingSecondYearGBP = a.trainingSecondYearGBP.value
    }

    /// Puts `value` in `slot` (labour slots are the labour table's).
    @inline(__always) mutating func set(_ slot: FigureSlot, _ value: Double, groups: inout [RiskGroupShare]) {
        switch slot {
        case .baselinePrevalence: baselinePrevalence = value
        case .specialistShare: specialistShare = value
        case .referencePopulation: referencePopulation = value
        case .babiesSeenPerTeamPerYear: babiesSeenPerTeamPerYear = value
        case .firstYearCapacityFraction: firstYearCapacityFraction = value
        case .firstYearLabourFraction: firstYearLabourFraction = value
        case .trainingFirstYearGBP: trainingFirstYearGBP = value
        case .trainingSecondYearGBP: trainingSecondYearGBP = value
        case .onCostRate, .payGrowthRate: break
        case .riskPrevalence(let i): groups[i].prevalence = value
        case .riskShare(let i): groups[i].share = value
        }
    }
}
