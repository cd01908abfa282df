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

/// Issue 12, class 4: share-based funders split each year's cost to the penny by the largest-remainder method, so
/// exact shares always sum to the cost.
@Suite struct FundingSplitTests {
    static let splits: [[Double]] = [
        [0.5, 0.5], [0.25, 0.75], [0.2, 0.3, 0.5], [0.1, 0.2, 0.7], [1.0 / 3, 1.0 / 3, 1.0 / 3], [0.6, 0.4],
    ]

    static func funder(_ share: Double, _ i: Int) -> FundingInput {
        FundingInput(
            funderID: "f\(i)", name: "F\(i)", outcomes: [], outcomesSource: "test", contribution: .share(share), fieldPath: "f[\(i)]")
    }

    @Test(arguments: splits)
    func sharesThatMakeTheWholeLeaveNoGap(shares: [Double]) {
        let funding = shares.enumerated().map { Self.funder($1, $0) }
        // Every amount up to £100 to the penny, and large odd ones.
        let totals = (0...10_000).map { Money(pence: Int64($0)) } + [Money(pence: 37_514_233), Money(pence: 123_456_789_012_345)]
        let contributions = FundingRule.contributions(funding: funding, totals: totals)
        #expect(FundingRule.unfunded(totals: totals, contributions: contributions).allSatisfy { $0 == .zero })
        for (f, share) in shares.enumerated() {
            for (y, total) in totals.enumerated() {
                // Each part is its exact share, less than a penny either way.
                #expect(abs(Double(contributions[f][y].pence) - Double(total.pence) * share) < 1)
            }
        }
    }

    @Test func theLeftoverPennyGoesToTheLargestRemainder() {
        // 0.5 × 37,514,233p = 18,757,116.5p; 0.3 × = 11,254,269.9p; together 0.8 × = 30,011,386.4p → 30,011,386p.
        // The floors make 30,011,385p; the penny left goes to the 0.9 remainder, not the 0.5.
        #expect(FundingRule.split(Money(pence: 37_514_233), shares: [0.5, 0.3]) == [Money(pence: 18_757_116), Money(pence: 11_254_270)])
        // A tie goes to the earlier share.
        #expect(FundingRule.split(Money(pence: 1), shares: [0.5, 0.5]) == [Money(pence: 1), .zero])
        #expect(FundingRule.split(Money(pence: 3), shares: [0.25, 0.75]) == [Money(pence: 1), Money(pence: 2)])
    }

    @Test func sharesBelowTheWholeLeaveTheRestUnfunded() {
        let funding = [Self.funder(0.5, 0), Self.funder(0.3, 1)]
        let total = Money(pence: 1_000_001)
        let contributions = FundingRule.contributions(funding: funding, totals: [total])
        // 0.8 × 1,000,001p = 800,000.8p → 800,001p taken; 200,000p left unfunded.
        #expect(contributions.map { $0[0] }.sum() == Money(pence: 800_001))
        #expect(FundingRule.unfunded(totals: [total], contributions: contributions) == [Money(pence: 200_000)])
    }

    @Test func fixedAmountsTakeNoPartOfTheSplit() {
        let fixed = FundingInput(
            funderID: "x", name: "X", outcomes: [], outcomesSource: "test", contribution: .amounts([Money(pence: 7)]), fieldPath: "f[1]")
        let contributions = FundingRule.contributions(
            funding: [Self.funder(0.5, 0), fixed, Self.funder(0.5, 2)], totals: [Money(pence: 101)])
        #expect(contributions.map { $0[0] } == [Money(pence: 51), Money(pence: 7), Money(pence: 50)])
    }
}
