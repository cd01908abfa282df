import Testing

@testable import PIPlannerModel

/// A rollout's draws (Methodology §7.6): each draw costed by the rollout's own rules, fixed figures giving the point
/// rollout, and the same results on one thread and two.
@Suite struct RolloutDrawModelTests {
    static let figures: [UncertainFigure] = [
        UncertainFigure(id: "payGrowthRate", distribution: .gamma(shape: 9, scale: 0.0035), scope: .national),
        UncertainFigure(id: "babiesSeenPerTeamPerYear", distribution: .gamma(shape: 60, scale: 2.5), scope: .national),
        UncertainFigure(id: "riskGroups.maltreatment.nationalShare", distribution: .beta(alpha: 12, beta: 340), scope: .local),
    ]

    /// Year 0: 10 teams coming into operation; year 1: those 10 fully operating and 4 more coming; £100,000 labour.
    static var assumptions: RolloutAssumptions {
        var a = RolloutFixtures.assumptions
        a.labourPerTeamFirstYearGBP.value = 100_000
        return a
    }
    static let schedule = RolloutFixtures.schedule([("2026/27", 0, 10), ("2027/28", 10, 4)])

    func outputs(_ model: RolloutDrawModel, _ values: [Double]) -> [Double] {
        var out = [Double](repeating: .nan, count: model.outputCount)
        values.withUnsafeBufferPointer { v in out.withUnsafeMutableBufferPointer { model.evaluate(v, into: DrawSlots($0)) } }
        return out
    }

    @Test func aDrawIsCostedByHand() {
        let model = RolloutDrawModel(schedule: Self.schedule, assumptions: Self.assumptions, figures: Self.figures, span: 0...1)
        // The local share binds nothing in a rollout.
        #expect(model.boundIDs == ["payGrowthRate", "babiesSeenPerTeamPerYear"])
        // Pay growth 5%, 120 babies a team. Year 0 (no growth): 10 × 100,000 × 0.5 + 10 × 11,077.50 = 610,775;
        // children 10 × 120 × 1/3 = 400. Year 1: labour 105,000; 10 × 105,000 + 4 × 105,000 × 0.5 + 4 × 11,077.50
        // + 10 × 4,987.50 = 1,050,000 + 210,000 + 44,310 + 49,875 = 1,354,185; children 10 × 120 + 4 × 40 = 1,360.
        // Span: 1,964,960 and 1,760.
        let out = outputs(model, [0.05, 120, .nan])
        let expected = [610_775, 400, 1_354_185, 1_360, 1_964_960, 1_760.0]
        for (o, e) in zip(out, expected) { #expect(rolloutIsClose(o, e, relativeTolerance: 1e-9), "\(out)") }
    }

    @Test func pointValuesGiveThePointRollout() throws {
        let plan = try RolloutModel.plan(Self.schedule, assumptions: Self.assumptions)
        let model = RolloutDrawModel(schedule: Self.schedule, assumptions: Self.assumptions, figures: Self.figures, span: 0...1)
        let out = outputs(model, [0.03, 150, .nan])
        for (k, year) in plan.years.enumerated() {
            #expect(out[RolloutDrawModel.yearCost(k)] == year.cost.totalGBP.gbp)
            #expect(out[RolloutDrawModel.yearChildren(k)] == year.childrenSeen)
        }
    }

    @Test func fixedFiguresGiveTheDeterministicRollout() throws {
        let plan = try RolloutModel.plan(Self.schedule, assumptions: Self.assumptions)
        let fixed = Self.figures.map { UncertainFigure(id: $0.id, distribution: .fixed(0.5), scope: $0.scope) }
        let model = RolloutDrawModel(schedule: Self.schedule, assumptions: Self.assumptions, figures: fixed, span: 0...1)
        let summaries = model.summaries(DrawRunner(figures: fixed, seed: 3, drawCount: 200, threadCount: 2))
        for (k, year) in plan.years.enumerated() {
            let s = summaries[RolloutDrawModel.yearCost(k)]
            #expect(s.p10 == year.cost.totalGBP.gbp && s.p50 == s.p10 && s.p90 == s.p10)
            #expect(summaries[RolloutDrawModel.yearChildren(k)].p90 == year.childrenSeen)
        }
    }

    @Test func oneAndTwoThreadsGiveTheSameIntervals() {
        let model = RolloutDrawModel(schedule: Self.schedule, assumptions: Self.assumptions, figures: Self.figures, span: 0...1)
        let one = model.summaries(DrawRunner(figures: Self.figures, seed: 9, drawCount: 1_001, threadCount: 1))
        let two = model.summaries(DrawRunner(figures: Self.figures, seed: 9, drawCount: 1_001, threadCount: 2))
        #expect(one == two)
        // Children seen scale with babies per team, so year 1's P50 is 1,700 × P50(b) / 150 (order is kept).
        #expect(rolloutIsClose(one[RolloutDrawModel.yearChildren(1)].p50 / 1_700, one[RolloutDrawModel.yearChildren(0)].p50 / 500))
    }

    @Test func aReplacedFigureIsHeldUnlessTheConfigDrawsIt() {
        var a = Self.assumptions
        a.payGrowthRate.override = .init(fieldPath: "assumptions.payGrowthRate", referenceValue: 0.03)
        let held = RolloutDrawModel(schedule: Self.schedule, assumptions: a, figures: Self.figures, span: 0...1)
        #expect(held.heldIDs == ["payGrowthRate"] && held.boundIDs == ["babiesSeenPerTeamPerYear"])
        let drawn = RolloutDrawModel(
            schedule: Self.schedule, assumptions: a, figures: Self.figures, span: 0...1, drawnOverrides: ["payGrowthRate"])
        #expect(drawn.heldIDs.isEmpty && drawn.boundIDs.count == 2)
    }

    @Test func aDrawTooCostlyForMoneyIsInfiniteNotATrap() {
        let model = RolloutDrawModel(schedule: Self.schedule, assumptions: Self.assumptions, figures: Self.figures, span: 0...1)
        let out = outputs(model, [1e300, 150, .nan])
        #expect(out[RolloutDrawModel.yearCost(1)] == .infinity && out[model.spanCost] == .infinity)
        #expect(out[RolloutDrawModel.yearCost(0)] == 610_775)
    }
}
