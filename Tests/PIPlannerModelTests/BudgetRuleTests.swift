import PIPlannerModel
import Testing

/// `BudgetRule`: the largest phased workforce a budget pays for every year (Methodology §3.9).
@Suite struct BudgetRuleTests {
    /// The fixture area (1 need team, 5.13 WTE, flat labour £288,420 a team at 2025/26, +3% a year) in steps of 1 WTE.
    static var assumptions: PlanAssumptions {
        var a = AreaFixtures.assumptions
        a.hiringIncrementWTE = figure("hiringIncrementWTE", 1, unit: "WTE")
        return a
    }

    @Test func largestWorkforceByHand() {
        // Costed: each role rounded up to 1 WTE: 1 + 1 + 1 + 1 + 1 + 1 = 6 WTE, all new, all in year one.
        // W new WTE = W / 5.13 teams cost, in 2026/27 (labour £297,072.60): W / 5.13 × (297,072.60 + 4,987.50) = W × £58,881.11
        // (full labour and second-year training); 2025/26: W / 5.13 × (144,210 + 11,077.50) = W × £30,270.47;
        // 2027/28: W / 5.13 × 305,984.78 = W × £59,646.16. £180,000 a year: W ≤ 180,000 / 59,646.16 = 3.02 → 3 WTE.
        let area = AreaFixtures.area()
        let outcome = BudgetRule.solve(area, assumptions: Self.assumptions, budgetGBP: Array(repeating: Money(gbp: 180_000), count: 3))
        #expect(outcome.affordableNewWTE == 3)
        #expect(isClose(outcome.recommendedNewWTE, 6))
        #expect(!outcome.buysNothing)
    }

    @Test func belowOnePostBuysNothing() {
        // 1 WTE's first year is 1 / 5.13 × (144,210 + 11,077.50) = £30,270.47: a budget of £20,000 buys nothing.
        let outcome = BudgetRule.solve(
            AreaFixtures.area(), assumptions: Self.assumptions, budgetGBP: Array(repeating: Money(gbp: 20_000), count: 3))
        #expect(outcome.buysNothing)
        #expect(isClose(outcome.smallestRecruitmentFirstYearGBP.gbp, 30_270.47, relativeTolerance: 1e-6))
        let plan = AreaPlanner.plan(
            {
                var a = AreaFixtures.area()
                a.recruitment.goal = .budget(Array(repeating: Money(gbp: 20_000), count: 3))
                return a
            }(),
            assumptions: Self.assumptions)
        #expect(plan.findings.contains { $0.category == .budgetBuysNothing })
        // Not a plan of nothing: the recommended workforce is shown for reference.
        #expect(isClose(plan.recruitedWTE, 6))
    }
}
