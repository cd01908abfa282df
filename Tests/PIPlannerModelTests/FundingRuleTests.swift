import Testing

@testable import PIPlannerModel

@Suite struct FundingRuleTests {
    let icb = FundingInput(
        funderID: "icb-cyp-mental-health", name: "ICB", outcomes: [], outcomesSource: "test", contribution: .share(0.6), fieldPath: "f[0]")
    let la = FundingInput(
        funderID: "la-public-health", name: "LA", outcomes: [], outcomesSource: "test",
        contribution: .amounts([Money(gbp: 50_000), Money(gbp: 60_000)]), fieldPath: "f[1]")

    @Test func contributionsAndGap() {
        // Year 1: 0.6 × 200,000 = 120,000; 50,000 fixed; unfunded 200,000 − 170,000 = 30,000.
        // Year 2: 0.6 × 300,000 = 180,000; 60,000 fixed; unfunded 300,000 − 240,000 = 60,000.
        let totals = [Money(gbp: 200_000), Money(gbp: 300_000)]
        let c = FundingRule.contributions(funding: [icb, la], totals: totals)
        #expect(c == [[Money(gbp: 120_000), Money(gbp: 180_000)], [Money(gbp: 50_000), Money(gbp: 60_000)]])
        #expect(FundingRule.unfunded(totals: totals, contributions: c) == [Money(gbp: 30_000), Money(gbp: 60_000)])
    }

    @Test func overFundingIsNegative() {
        let full = FundingInput(
            funderID: "x", name: "X", outcomes: [], outcomesSource: "test", contribution: .amounts([Money(gbp: 250_000)]), fieldPath: "f[0]"
        )
        let c = FundingRule.contributions(funding: [full], totals: [Money(gbp: 200_000)])
        #expect(FundingRule.unfunded(totals: [Money(gbp: 200_000)], contributions: c) == [Money(gbp: -50_000)])
    }
}

@Suite struct FundingAttributionTests {
    @Test func shareOfTotalCostAndBabies() {
        // Contributions 120,000 + 180,000 = 300,000 of a 500,000 total = 0.6; 0.6 × 400 babies = 240.
        let share = FundingRule.shareOfTotalCost(
            contributions: [Money(gbp: 120_000), Money(gbp: 180_000)], totals: [Money(gbp: 200_000), Money(gbp: 300_000)])
        #expect(share == 0.6)
        #expect(FundingRule.babiesAttributed(shareOfTotalCost: 0.6, babiesSeen: 400) == 240)
    }

    @Test func zeroCostHasNoShare() {
        #expect(FundingRule.shareOfTotalCost(contributions: [.zero], totals: [.zero]) == nil)
    }
}
