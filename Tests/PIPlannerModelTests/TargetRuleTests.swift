import PIPlannerModel
import Testing

/// `TargetRule`: the cheapest phasing reaching a share of the caseload by a year (Methodology §3.10).
@Suite struct TargetRuleTests {
    static var assumptions: PlanAssumptions {
        var a = AreaFixtures.assumptions
        a.hiringIncrementWTE = figure("hiringIncrementWTE", 0.1, unit: "WTE")
        return a
    }

    @Test func latestFirstByHand() {
        // Caseload 150 (1 need team), 80% by the third year (index 2): 0.8 × 150 / 150 = 0.8 teams = 4.104 WTE → 4.2 WTE.
        // Cap 3 a year: 3 in the second year (index 1), the remaining 1.2 in the first; nothing in the third.
        let outcome = TargetRule.solve(AreaFixtures.area(), assumptions: Self.assumptions, share: 0.8, byYearIndex: 2, cap: 3)
        #expect(outcome.reachable)
        #expect(isClose(outcome.newWTEByYear[0], 1.2) && isClose(outcome.newWTEByYear[1], 3) && outcome.newWTEByYear[2] == 0)
        // 0.8 teams fully operating in the third year see 0.8 × 150 = 120 babies, 80% of 150.
        var area = AreaFixtures.area()
        area.recruitment.goal = .target(shareOfCaseloadSeen: 0.8, byYearIndex: 2, maxNewWTEPerYear: 3)
        let plan = AreaPlanner.plan(area, assumptions: Self.assumptions)
        #expect(plan.years[2].shareOfCaseloadSeen! >= 0.8)
    }

    @Test func unreachableNamesTheEarliestYear() {
        // 100% = 5.13 WTE → 5.2 (the costed gap: 0.33 → 0.4, 4 × 1, 0.8) by the second year (index 1) at 2 a year: one year
        // before gives 2 WTE fully operating, the rest 3.2 / (1/3) = 9.6 WTE would start in year 1: over the cap.
        // By the third year: 2 + 2 fully operating, 1.2 / (1/3) = 3.6 starting: over the cap too; none reachable.
        let outcome = TargetRule.solve(AreaFixtures.area(), assumptions: Self.assumptions, share: 1, byYearIndex: 1, cap: 2)
        #expect(!outcome.reachable)
        #expect(outcome.earliestYearIndex == nil)
        // With 3 a year, the third year is reachable: 3 + 2.2 fully operating.
        let later = TargetRule.solve(AreaFixtures.area(), assumptions: Self.assumptions, share: 1, byYearIndex: 1, cap: 3)
        #expect(!later.reachable && later.earliestYearIndex == 2)
    }
}
