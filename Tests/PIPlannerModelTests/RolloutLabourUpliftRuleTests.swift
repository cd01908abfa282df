import Testing

@testable import PIPlannerModel

@Suite struct RolloutLabourUpliftRuleTests {
    let y2022 = FinancialYear(label: "2022/23")!
    let y2024 = FinancialYear(label: "2024/25")!

    @Test func yearsFromThePriceYear() {
        #expect(RolloutLabourUpliftRule.years(from: y2022, to: y2024) == 2)
        #expect(RolloutLabourUpliftRule.years(from: y2024, to: y2022) == -2)
        #expect(RolloutLabourUpliftRule.years(from: y2022, to: y2022) == 0)
    }

    @Test func upliftToTheFirstRolloutYear() {
        // 237,684.80 × 1.03² = 252,159.80432 → £252,159.80
        let labour = RolloutLabourUpliftRule.labourFirstYear(Money(gbp: 237_684.80), payGrowthRate: 0.03, years: 2)
        #expect(labour == Money(pence: 25_215_980))
        #expect(isClose(RolloutLabourUpliftRule.labourFirstYearGBP(237_684.80, payGrowthRate: 0.03, years: 2), 252_159.804_32))
    }

    @Test func moneyMustHoldTheUplift() {
        #expect(RolloutLabourUpliftRule.fits(237_684.80, payGrowthRate: 0.03, years: 10))
        // £280,603.53 × 1.03^7974 ≈ £6.49e107: pay growth from 2025/26 to 9999/00.
        #expect(!RolloutLabourUpliftRule.fits(280_603.53, payGrowthRate: 0.03, years: 7_974))
        #expect(!RolloutLabourUpliftRule.fits(1e300, payGrowthRate: 0, years: 0))
    }
}
