import Testing

@testable import PIPlannerModel

@Suite struct CostPerBabyRuleTests {
    @Test func divides() {
        // £237,684.80 / 150 babies = £1,584.5653… → £1,584.57
        #expect(CostPerBabyRule.costPerBaby(total: Money(gbp: 237_684.80), babiesSeen: 150) == Money(pence: 158_457))
    }

    @Test func noBabiesIsUndefined() {
        #expect(CostPerBabyRule.costPerBaby(total: Money(gbp: 1_000), babiesSeen: 0) == nil)
    }

    @Test func aVanishingFractionOfABabyIsUndefinedNotATrap() {
        // £1,000 / 1e-300 babies = £1e303, far beyond Money.maxGBP (≈ £4.6e16): once a trap converting to pence.
        #expect(CostPerBabyRule.costPerBaby(total: Money(gbp: 1_000), babiesSeen: 1e-300) == nil)
        // £1,000 / 1e-13 babies = £1e16, still held.
        #expect(CostPerBabyRule.costPerBaby(total: Money(gbp: 1_000), babiesSeen: 1e-13) == Money(gbp: 1e16))
    }
}
