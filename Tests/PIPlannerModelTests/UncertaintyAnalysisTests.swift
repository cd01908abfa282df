import Foundation
import Testing

@testable import PIPlannerModel

/// The draw loop over areas (Methodology §7): national sharing, fixed distributions, thread independence, totals
/// added per draw, and the fast path held to the full core.
@Suite struct UncertaintyAnalysisTests {
    static let figures: [UncertainFigure] = [
        UncertainFigure(id: "baselinePrevalence", distribution: .beta(alpha: 12, beta: 68), scope: .national),
        UncertainFigure(id: "specialistShare", distribution: .beta(alpha: 9, beta: 21), scope: .national),
        UncertainFigure(id: "babiesSeenPerTeamPerYear", distribution: .gamma(shape: 60, scale: 2.5), scope: .national),
        UncertainFigure(id: "payGrowthRate", distribution: .gamma(shape: 9, scale: 0.0035), scope: .national),
        UncertainFigure(id: "onCostRate", distribution: .gamma(shape: 20, scale: 0.01), scope: .national),
        UncertainFigure(id: "firstYearLabourFraction", distribution: .beta(alpha: 10, beta: 10), scope: .national),
        UncertainFigure(id: "firstYearCapacityFraction", distribution: .beta(alpha: 5, beta: 10), scope: .national),
        UncertainFigure(id: "trainingFirstYearGBP", distribution: .lognormal(mu: 9.3, sigma: 0.15), scope: .national),
        UncertainFigure(id: "riskGroups.lowIncome.prevalence", distribution: .beta(alpha: 30, beta: 58), scope: .national),
        UncertainFigure(id: "riskGroups.maltreatment.nationalShare", distribution: .beta(alpha: 12, beta: 340), scope: .local),
    ]

    static func lowIncome(_ share: Double) -> RiskGroupInput {
        var prevalence = figure("p", 0.34)
        prevalence.id = "riskGroups.lowIncome.prevalence"
        return RiskGroupInput(
            id: "lowIncome", label: "Low income", share: figure("riskGroups.lowIncome.share", share), prevalence: prevalence)
    }

    static func maltreatment() -> RiskGroupInput {
        var prevalence = figure("p", 0.48)
        prevalence.id = "riskGroups.maltreatment.prevalence"
        return RiskGroupInput(
            id: "maltreatment", label: "Maltreatment",
            share: Figure(id: "riskGroups.maltreatment.share", value: 0.034, unit: "p", source: "national", basis: .derived),
            prevalence: prevalence,
            scope: .national)
    }

    static func area(_ name: String, births: Double = 3_300, existing: Double = 2, funded: Bool = true) -> UncertaintyAnalysis.Area {
        var input = AreaFixtures.area(
            births: births, groups: [lowIncome(0.2), maltreatment()], existingWTE: existing,
            funding: funded
                ? [
                    FundingInput(
                        funderID: "icb", name: "ICB", outcomes: [], outcomesSource: "test",
                        contribution: .amounts([Money(gbp: 400_000), Money(gbp: 700_000), Money(gbp: 700_000)]), fieldPath: "f")
                ] : [])
        input.name = name
        return UncertaintyAnalysis.Area(input: input, assumptions: AreaFixtures.assumptions)
    }

    func run(_ areas: [UncertaintyAnalysis.Area], figures: [UncertainFigure] = figures, threads: Int = 1, draws: Int = 500)
        -> UncertaintyResult
    {
        UncertaintyAnalysis(figures: figures, seed: 7, drawCount: draws, threadCount: threads).run(areas, keepDraws: true)
    }

    @Test func theFastPathGivesTheFullCoresOutputsInEveryDraw() {
        for area in [Self.area("A"), Self.area("B", births: 9_000, existing: 30), Self.area("C", existing: 0, funded: false)] {
            let binding = AreaDrawBinding(area: area.input, assumptions: area.assumptions, figures: Self.figures)
            // Every figure is bound: nine assumptions and risk-group slots, the local share into the maltreatment group.
            #expect(binding.slots.count == Self.figures.count)
            let model = AreaDrawModel(area: area.input, assumptions: area.assumptions, binding: binding, figures: Self.figures)
            let runner = DrawRunner(figures: Self.figures, seed: 11, drawCount: 200, threadCount: 1)
            let values = runner.sample(areaKey: area.key)
            let count = model.outputCount
            for d in 0..<runner.drawCount {
                let draw = (0..<Self.figures.count).map { values[$0 * runner.drawCount + d] }
                var fast = [Double](repeating: .nan, count: count)
                var full = [Double](repeating: .nan, count: count)
                draw.withUnsafeBufferPointer { v in
                    full.withUnsafeMutableBufferPointer { model.evaluateFull(v, into: $0) }
                    let labour = (0..<model.yearCount).map { model.labourPence(year: $0, v) }
                    labour.withUnsafeBufferPointer { l in
                        fast.withUnsafeMutableBufferPointer {
                            model.evaluate(v, labour: l.baseAddress!, labourStride: 1, into: DrawSlots($0))
                        }
                    }
                }
                for o in 0..<count { #expect(isClose(fast[o], full[o], relativeTolerance: 1e-12), "output \(o), draw \(d)") }
            }
        }
    }

    @Test func aDrawTooCostlyToHoldStillCountsItsBabies() {
        // Pay growth of a million to ten million times a year: by the last plan year no amount of money can hold a team's labour.
        let figures = [UncertainFigure(id: "payGrowthRate", distribution: .uniform(min: 1e6, max: 1e7), scope: .national)]
        let area = Self.area("A")
        let binding = AreaDrawBinding(area: area.input, assumptions: area.assumptions, figures: figures)
        let model = AreaDrawModel(area: area.input, assumptions: area.assumptions, binding: binding, figures: figures)
        let runner = DrawRunner(figures: figures, seed: 3, drawCount: 20, threadCount: 1)
        let values = runner.sample(areaKey: area.key)
        for d in 0..<runner.drawCount {
            var fast = [Double](repeating: .nan, count: model.outputCount)
            var full = fast
            [values[d]].withUnsafeBufferPointer { v in
                full.withUnsafeMutableBufferPointer { model.evaluateFull(v, into: $0) }
                let labour = (0..<model.yearCount).map { model.labourPence(year: $0, v) }
                labour.withUnsafeBufferPointer { l in
                    fast.withUnsafeMutableBufferPointer { model.evaluate(v, labour: l.baseAddress!, labourStride: 1, into: DrawSlots($0)) }
                }
            }
            #expect(fast[DrawOutput.totalCostGBP.rawValue] == .infinity && full[DrawOutput.totalCostGBP.rawValue] == .infinity)
            for o in [DrawOutput.babiesSeen.rawValue] + (0..<model.yearCount).map(DrawOutput.yearBabies) {
                #expect(fast[o].isFinite && fast[o] == full[o], "output \(o), draw \(d)")
            }
        }
    }

    /// `model.evaluate` and `evaluateFull` in each of `draws` draws.
    func expectFastPathMatchesFullCore(_ area: UncertaintyAnalysis.Area, draws: Int = 200) {
        let binding = AreaDrawBinding(area: area.input, assumptions: area.assumptions, figures: Self.figures)
        let model = AreaDrawModel(area: area.input, assumptions: area.assumptions, binding: binding, figures: Self.figures)
        let runner = DrawRunner(figures: Self.figures, seed: 11, drawCount: draws, threadCount: 1)
        let values = runner.sample(areaKey: area.key)
        for d in 0..<draws {
            let draw = (0..<Self.figures.count).map { values[$0 * draws + d] }
            var fast = [Double](repeating: .nan, count: model.outputCount)
            var full = fast
            draw.withUnsafeBufferPointer { v in
                full.withUnsafeMutableBufferPointer { model.evaluateFull(v, into: $0) }
                let labour = (0..<model.yearCount).map { model.labourPence(year: $0, v) }
                labour.withUnsafeBufferPointer { l in
                    fast.withUnsafeMutableBufferPointer { model.evaluate(v, labour: l.baseAddress!, labourStride: 1, into: DrawSlots($0)) }
                }
            }
            for o in 0..<model.outputCount { #expect(isClose(fast[o], full[o], relativeTolerance: 1e-12), "output \(o), draw \(d)") }
        }
    }

    @Test func theFastPathGivesTheFullCoresOutputsUnderEmployerOnCosts() throws {
        // Employer NI per post above the threshold and pension per post: the full core costs each role's posts by
        // `EmployerOnCosts.roleCosts`; the fast path by the labour schedule. Both areas share the employer method.
        let employer = try EmployerOnCostsTests.employerArea()
        for (births, existing, funded) in [(3_300.0, 2.0, true), (9_000, 30, false), (1_200, 0, true)] {
            var area = Self.area("E\(births)", births: births, existing: existing, funded: funded)
            area.input.onCosts = employer.onCosts
            area.input.planYears = employer.planYears
            expectFastPathMatchesFullCore(area)
        }
    }

    /// Posts rounded to a hiring increment, phased recruitment, babies capped at the caseload, and a budget solved at
    /// the point values: each draw is sized by `PhasedWorkforce` as the plan is.
    @Test func theFastPathSizesAndPhasesTheWorkforceAsTheCoreDoes() {
        let phasings: [RecruitmentPhasing] = [.maxNewWTEPerYear(2), .spreadOverYears(3), .newWTEByYear([1, 0.5, 0.25])]
        for (index, phasing) in phasings.enumerated() {
            var area = Self.area("P\(index)", births: index == 0 ? 9_000 : 3_300, existing: index == 2 ? 0 : 1)
            area.assumptions.hiringIncrementWTE = Figure(
                id: "hiringIncrementWTE", value: 0.1, unit: "WTE", source: "test", basis: .assumption)
            area.input.recruitment.phasing = phasing
            expectFastPathMatchesFullCore(area, draws: 100)
        }
        // A budget of £300,000 a year: the draws hold the workforce the budget buys at the point values.
        var budgeted = Self.area("Budget", births: 9_000, existing: 0, funded: false)
        budgeted.input.recruitment.goal = .budget([Money(gbp: 300_000), Money(gbp: 300_000), Money(gbp: 300_000)])
        let plan = AreaPlanner.plan(budgeted.input, assumptions: budgeted.assumptions)
        let binding = AreaDrawBinding(area: budgeted.input, assumptions: budgeted.assumptions, figures: Self.figures)
        let model = AreaDrawModel(area: budgeted.input, assumptions: budgeted.assumptions, binding: binding, figures: Self.figures)
        #expect(model.input.recruitment.newWTECeiling == plan.input.recruitment.newWTECeiling)
        #expect(model.input.recruitment.newWTECeiling != nil)
        expectFastPathMatchesFullCore(budgeted, draws: 50)
    }

    @Test func theFastPathBreaksPrevalenceTiesAsTheCoreDoes() {
        // Two groups of equal prevalence: the core orders them by id ("a" before "b"); so must the draw loop,
        // whatever the input order.
        var area = Self.area("T")
        var second = Self.lowIncome(0.3)
        second.id = "a"
        area.input.riskGroups = [Self.lowIncome(0.2), second]
        expectFastPathMatchesFullCore(area, draws: 50)
    }

    @Test func twoIdenticalAreasGetIdenticalDraws() {
        // Same code (nil) and name: the same local stream too, so every output matches draw for draw; and the
        // national figures are shared, so a third area with other births moves with them (its teams in each draw
        // are the first's scaled by births, the local share aside: no risk groups here).
        let result = run([Self.area("Twin"), Self.area("Twin")])
        #expect(result.areas[0].draws == result.areas[1].draws)
        var a = AreaFixtures.area(births: 3_000)
        a.name = "X"
        var b = AreaFixtures.area(births: 6_000)
        b.name = "Y"
        let scaled = run([.init(input: a, assumptions: AreaFixtures.assumptions), .init(input: b, assumptions: AreaFixtures.assumptions)])
        let teamsA = scaled.areas[0].values(DrawOutput.needTeams.rawValue)!
        let teamsB = scaled.areas[1].values(DrawOutput.needTeams.rawValue)!
        for (x, y) in zip(teamsA, teamsB) { #expect(isClose(y, 2 * x)) }
    }

    @Test func fixedDistributionsGiveTheDeterministicPlan() {
        let fixed = Self.figures.map { UncertainFigure(id: $0.id, distribution: .fixed(0), scope: $0.scope) }
        let area = Self.area("Fixed")
        let result = run([area], figures: fixed, draws: 101)
        let plan = AreaPlanner.plan(area.input, assumptions: area.assumptions)
        let u = result.areas[0]
        for (output, value) in [
            (DrawOutput.needTeams, plan.needTeams), (.requiredWTE, plan.requiredWTE), (.gapWTE, plan.gapWTE),
            (.totalCostGBP, plan.totalCostGBP.gbp), (.prevalence, plan.prevalence),
        ] {
            let s = u[output]
            #expect(s.p10 == value && s.p50 == value && s.p90 == value && isClose(s.mean, value), "\(output)")
        }
        for y in 0..<3 { #expect(u.yearCost(y).p50 == plan.annualCostGBP[y].gbp) }
    }

    @Test func oneAndTwoThreadsGiveTheSameResults() {
        let areas = [Self.area("A"), Self.area("B", births: 9_000, existing: 30)]
        let one = run(areas, threads: 1, draws: 777)
        let two = run(areas, threads: 2, draws: 777)
        for (x, y) in zip(one.areas, two.areas) {
            #expect(x.summaries == y.summaries)
            #expect(x.draws == y.draws)
        }
        #expect(one.totals?.summaries == two.totals?.summaries)
    }

    /// The outputs asked for keep their percentiles (not their means, which the report asking does not read); the
    /// indicators their whole summary; the others none.
    @Test func percentilesOfOnlySomeOutputsLeaveTheirPercentilesUnchanged() {
        let areas = [Self.area("A"), Self.area("B", births: 9_000, existing: 30)]
        let analysis = UncertaintyAnalysis(figures: Self.figures, seed: 7, drawCount: 500, threadCount: 2)
        let wanted: Set<Int> = [DrawOutput.needTeams.rawValue, DrawOutput.totalCostGBP.rawValue]
        let all = analysis.run(areas)
        let some = analysis.run(areas, percentilesOf: wanted)
        for (full, masked) in zip(all.areas + [all.totals!], some.areas + [some.totals!]) {
            for output in full.summaries.indices {
                let (m, f) = (masked.summaries[output], full.summaries[output])
                if DrawOutput.indicators(years: full.yearCount).contains(output) {
                    #expect(m == f, "output \(output)")
                } else if wanted.contains(output) {
                    #expect(m.p10 == f.p10 && m.p50 == f.p50 && m.p90 == f.p90 && m.count == f.count && m.mean.isNaN, "output \(output)")
                } else {
                    #expect(masked.summaries[output].count == 0 && masked.summaries[output].mean.isNaN, "not summarised")
                }
            }
        }
    }

    @Test func totalsAreAddedDrawByDraw() {
        let areas = [Self.area("A"), Self.area("B", births: 9_000, existing: 30)]
        let result = run(areas)
        let totals = try! #require(result.totals)
        // By a second method: the mean of per-draw sums is the sum of the means (linearity), and each total is
        // summarised from the per-draw sums.
        let mean = result.areas.reduce(0) { $0 + $1[.totalCostGBP].mean }
        #expect(isClose(totals[.totalCostGBP].mean, mean, relativeTolerance: 1e-9))
        let a = result.areas[0].values(DrawOutput.needTeams.rawValue)!
        let b = result.areas[1].values(DrawOutput.needTeams.rawValue)!
        // The median of the kept draws added up (500 draws: the mean of the 250th and 251st), not the medians' sum.
        let sums = zip(a, b).map { $0 + $1 }.sorted()
        #expect(isClose(totals[.needTeams].p50, (sums[249] + sums[250]) / 2))
        // A draw's set prevalence is Σ infants ÷ Σ births.
        #expect(totals[.prevalence].mean > 0 && totals[.prevalence].mean < 1)
    }

    @Test func aConfigOverrideIsHeldUnlessTheConfigGivesItADistribution() {
        var area = Self.area("Held")
        area.assumptions.specialistShare = area.assumptions.specialistShare.overridden(with: 0.5, at: "assumptions.specialistShare")
        let held = AreaDrawBinding(area: area.input, assumptions: area.assumptions, figures: Self.figures)
        #expect(held.heldIDs == ["specialistShare"])
        let drawn = AreaDrawBinding(
            area: area.input, assumptions: area.assumptions, figures: Self.figures, drawnOverrides: ["specialistShare"])
        #expect(drawn.heldIDs.isEmpty)
    }

    @Test func theTornadoMovesOneFigureAtATime() {
        let area = Self.area("T")
        let binding = AreaDrawBinding(area: area.input, assumptions: area.assumptions, figures: Self.figures)
        let model = AreaDrawModel(area: area.input, assumptions: area.assumptions, binding: binding, figures: Self.figures)
        let rows = OneWaySensitivity.rows(model, figures: Self.figures)
        #expect(rows.count == Self.figures.count)
        #expect(zip(rows, rows.dropFirst()).allSatisfy { $0.costSwingGBP >= $1.costSwingGBP })
        // By a second method: the plan with the specialist share at its P10, every other figure as given.
        let row = try! #require(rows.first { $0.id == "specialistShare" })
        var low = area.assumptions
        low.specialistShare.value = Self.figures[1].distribution.p10
        let plan = AreaPlanner.plan(area.input, assumptions: low)
        #expect(isClose(row.teamsAtLow, plan.needTeams))
        #expect(row.costAtLowGBP == plan.totalCostGBP.gbp)
    }

    @Test func rankStabilityCountsTheDrawsThatKeepEachRank() {
        // Draws: A > B, A > B, B > A, A > B → A keeps first place in 3 of 4, B second place in 3 of 4.
        let a: ArraySlice<Double> = [3, 5, 1, 9]
        let b: ArraySlice<Double> = [2, 4, 2, 8]
        #expect(RankStability.probabilities(values: [a, b], pointRanks: [0, 1], drawCount: 4) == [0.75, 0.75])
    }
}
