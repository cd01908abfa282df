import Testing

@testable import PIPlannerModel

@Suite struct RolloutStaffingLabourRuleTests {
    /// The Spending Review 2021 team at 2025/26 Agenda for Change entry points (as in `TeamLabourCostRuleTests`).
    let roles: [(wte: Double, annualSalaryGBP: Double)] = [
        (0.33, 76_965), (1, 64_455), (1, 47_810), (1, 47_810), (1, 38_682), (0.8, 27_485),
    ]

    @Test func labourAtThePayYearBeforeRounding() {
        // 246,143.45 × 1.14 = 280,603.533
        #expect(isClose(RolloutStaffingLabourRule.labourAtPayYearGBP(roles: roles, onCostRate: 0.14), 280_603.533))
    }

    @Test func oneYearOfPayGrowth() {
        // £280,603.53 at 2025/26 pay × 1.03 = 289,021.6359 → £289,021.64 (Examples/england-need-rollout.json, 2026/27).
        let costing = RolloutStaffingLabourRule.cost(roles: roles, onCostRate: 0.14, payGrowthRate: 0.03, years: 1)
        #expect(costing.atPayYearGBP == Money(pence: 28_060_353))
        #expect(costing.firstYearGBP == Money(pence: 28_902_164))
        #expect(costing.years == 1)
    }

    @Test func noGrowthInThePayYear() {
        let costing = RolloutStaffingLabourRule.cost(roles: roles, onCostRate: 0.14, payGrowthRate: 0.03, years: 0)
        #expect(costing.firstYearGBP == costing.atPayYearGBP)
    }
}
