import Testing

@testable import PIPlannerModel

@Suite struct CommissioningRisksRuleTests {
    func codes(_ area: AreaInput, unfunded: [Money] = [.zero]) -> Set<Diagnostic.Category> {
        Set(
            CommissioningRisksRule.findings(
                area: area, unfundedGBP: unfunded, planYears: ["2025/26"], camhsNoUnder2Share: figure("camhs", 0.42)
            ).map(\.category))
    }
    let icb = FundingInput(
        funderID: "icb-cyp-mental-health", name: "ICB", outcomes: [], outcomesSource: "t", contribution: .share(0.5), fieldPath: "f")
    let la = FundingInput(
        funderID: "la-public-health", name: "LA", outcomes: [], outcomesSource: "t", contribution: .share(0.5), fieldPath: "f")

    @Test func jointlyFundedWithLeadHasNoRisks() {
        #expect(codes(AreaFixtures.area(funding: [icb, la])).isEmpty)
    }

    @Test func noLeadCommissioner() {
        #expect(codes(AreaFixtures.area(funding: [icb, la], lead: nil)) == [.noLeadCommissioner])
        #expect(codes(AreaFixtures.area(funding: [icb, la], lead: "  ")) == [.noLeadCommissioner])
    }

    @Test func singleFunder() {
        #expect(codes(AreaFixtures.area(funding: [icb])) == [.singleFunder])
    }

    @Test func twoSharesFromTheSameFunderAreStillASingleFunder() {
        #expect(codes(AreaFixtures.area(funding: [icb, icb])) == [.singleFunder])
    }

    @Test func camhs() {
        #expect(codes(AreaFixtures.area(funding: [icb, la], camhs: false)) == [.camhsNoUnder2])
        #expect(codes(AreaFixtures.area(funding: [icb, la], camhs: nil)) == [.camhsUnder2Unknown])
    }

    @Test func gapsAndOverFunding() {
        #expect(codes(AreaFixtures.area(funding: [icb, la]), unfunded: [Money(gbp: 10)]) == [.unfundedGap])
        #expect(codes(AreaFixtures.area(funding: [icb, la]), unfunded: [Money(gbp: -10)]) == [.overFunded])
        #expect(codes(AreaFixtures.area(funding: [])) == [.noFunding])
    }
}
