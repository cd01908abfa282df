import Testing

@testable import PIPlannerModel

@Suite struct CostPer1000BirthsRuleTests {
    @Test func dividesByBirthsOverThePlanYears() {
        // £3,000,000 over 3 years for 2,000 births a year: 3,000,000 / (2,000 × 3) × 1,000 = £500,000.
        #expect(
            CostPer1000BirthsRule.costPer1000Births(total: Money(gbp: 3_000_000), birthsPerYear: 2_000, planYears: 3) == Money(gbp: 500_000)
        )
        // £1,000 for 3 births in one year: 1,000 / 3 × 1,000 = £333,333.333… → £333,333.33.
        #expect(
            CostPer1000BirthsRule.costPer1000Births(total: Money(gbp: 1_000), birthsPerYear: 3, planYears: 1) == Money(pence: 33_333_333))
    }

    @Test func undefinedWithoutBirthsOrYears() {
        #expect(CostPer1000BirthsRule.costPer1000Births(total: Money(gbp: 1_000), birthsPerYear: 0, planYears: 3) == nil)
        #expect(CostPer1000BirthsRule.costPer1000Births(total: Money(gbp: 1_000), birthsPerYear: 100, planYears: 0) == nil)
    }

    @Test func aVanishingFractionOfABirthIsUndefinedNotATrap() {
        // £1,000 / (1e-300 births × 1 year) × 1,000 = £1e306: once a trap converting to pence.
        #expect(CostPer1000BirthsRule.costPer1000Births(total: Money(gbp: 1_000), birthsPerYear: 1e-300, planYears: 1) == nil)
    }
}
