import Testing

@testable import PIPlannerModel

@Suite struct TeamLabourCostRuleTests {
    /// The 2020/21 pay points PUZZLE.md found behind 002's £237,684.80 (8c entry 63,751; 8b entry 53,168;
    /// band 7 40,894 twice; band 6 33,176; band 4 top 24,157).
    let spendingReviewRoles: [(wte: Double, annualSalaryGBP: Double)] = [
        (0.33, 63_751), (1, 53_168), (1, 40_894), (1, 40_894), (1, 33_176), (0.8, 24_157),
    ]

    @Test func salaryBill() {
        // 0.33×63,751 = 21,037.83; +53,168 +40,894 +40,894 +33,176 = 189,169.83; + 0.8×24,157 = 19,325.60 → 208,495.43
        #expect(isClose(TeamLabourCostRule.salaryBill(roles: spendingReviewRoles), 208_495.43))
    }

    @Test func labourCostWithOnCosts() {
        // 208,495.43 × 1.14 = 237,684.7902 → £237,684.79, a penny below 002's £237,684.80 (PUZZLE.md).
        #expect(TeamLabourCostRule.labourCost(roles: spendingReviewRoles, onCostRate: 0.14) == Money(pence: 23_768_479))
    }

    @Test func entryPoints2025() {
        // 2025/26 Year 1 points: 0.33×76,965 + 64,455 + 2×47,810 + 38,682 + 0.8×27,485
        // = 25,398.45 + 64,455 + 95,620 + 38,682 + 21,988 = 246,143.45; × 1.14 = 280,603.533 → £280,603.53
        let roles: [(wte: Double, annualSalaryGBP: Double)] = [
            (0.33, 76_965), (1, 64_455), (1, 47_810), (1, 47_810), (1, 38_682), (0.8, 27_485),
        ]
        #expect(TeamLabourCostRule.labourCost(roles: roles, onCostRate: 0.14) == Money(pence: 28_060_353))
    }
}
