import Testing

@testable import PIPlannerModel

@Suite struct PayGrowthRuleTests {
    @Test func oneYear() {
        // 237,684.80 × 1.03 = 244,815.344 → £244,815.34 (002: 19,585,227 / 80 = 244,815.34).
        #expect(PayGrowthRule.uplifted(Money(gbp: 237_684.80), payGrowthRate: 0.03, years: 1) == Money(pence: 24_481_534))
    }

    @Test func threeYears() {
        // 237,684.80 × 1.03³ = 237,684.80 × 1.092727 = 259,724.5953… → £259,724.60
        #expect(PayGrowthRule.uplifted(Money(gbp: 237_684.80), payGrowthRate: 0.03, years: 3) == Money(pence: 25_972_460))
    }

    @Test func zeroYears() {
        #expect(PayGrowthRule.uplifted(Money(gbp: 100), payGrowthRate: 0.03, years: 0) == Money(gbp: 100))
    }
}
