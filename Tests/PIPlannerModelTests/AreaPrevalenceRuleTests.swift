import Testing

@testable import PIPlannerModel

@Suite struct AreaPrevalenceRuleTests {
    let lowIncome = RiskGroupShare(id: "lowIncome", share: 0.20, prevalence: 0.34)
    let maltreatment = RiskGroupShare(id: "maltreatment", share: 0.05, prevalence: 0.48)

    @Test func noGroupsGivesBaseline() {
        #expect(AreaPrevalenceRule.prevalence(baseline: 0.15, groups: [], rule: .exclusive) == 0.15)
        #expect(AreaPrevalenceRule.prevalence(baseline: 0.15, groups: [], rule: .highestRisk) == 0.15)
    }

    @Test func exclusiveRule() {
        // 0.20 × 0.34 + 0.05 × 0.48 + (1 − 0.25) × 0.15 = 0.068 + 0.024 + 0.1125 = 0.2045
        let p = AreaPrevalenceRule.prevalence(baseline: 0.15, groups: [lowIncome, maltreatment], rule: .exclusive)
        #expect(isClose(p, 0.2045))
    }

    @Test func highestRiskRuleOnOverlappingGroups() {
        // Ordered by prevalence: maltreatment (0.48) then low income (0.34).
        // maltreatment: 0.05 × 0.48 = 0.024
        // low income, not maltreated: 0.20 × (1 − 0.05) × 0.34 = 0.19 × 0.34 = 0.0646
        // neither: (1 − 0.05) × (1 − 0.20) × 0.15 = 0.76 × 0.15 = 0.114
        // P = 0.024 + 0.0646 + 0.114 = 0.2026
        let breakdown = AreaPrevalenceRule.breakdown(baseline: 0.15, groups: [lowIncome, maltreatment], rule: .highestRisk)
        #expect(isClose(breakdown.prevalence, 0.2026))
        #expect(breakdown.groups.map(\.id) == ["maltreatment", "lowIncome"])
        #expect(isClose(breakdown.groups[1].effectiveShare, 0.19))
        #expect(isClose(breakdown.baselineShare, 0.76))
    }

    @Test func highestRiskIsLowerThanExclusiveWhenGroupsOverlap() {
        // Overlap means fewer families in any group than the shares' sum: 0.2026 < 0.2045.
        let overlap = AreaPrevalenceRule.prevalence(baseline: 0.15, groups: [lowIncome, maltreatment], rule: .highestRisk)
        let exclusive = AreaPrevalenceRule.prevalence(baseline: 0.15, groups: [lowIncome, maltreatment], rule: .exclusive)
        #expect(overlap < exclusive)
    }

    @Test func highestRiskOrderDoesNotDependOnInputOrder() {
        let a = AreaPrevalenceRule.prevalence(baseline: 0.15, groups: [lowIncome, maltreatment], rule: .highestRisk)
        let b = AreaPrevalenceRule.prevalence(baseline: 0.15, groups: [maltreatment, lowIncome], rule: .highestRisk)
        #expect(a == b)
    }

    @Test func allFourGroupsHighestRisk() {
        // Shares: maltreatment 0.02 @0.48, substance 0.03 @0.43, low income 0.20 @0.34, depression 0.10 @0.21.
        // 0.02×0.48 = 0.0096
        // 0.03×0.98×0.43 = 0.0294×0.43 = 0.012642
        // 0.20×0.98×0.97×0.34 = 0.19012×0.34 = 0.0646408
        // 0.10×0.98×0.97×0.80×0.21 = 0.076048×0.21 = 0.01597008
        // rest 0.98×0.97×0.80×0.90×0.15 = 0.684432×0.15 = 0.1026648
        // P = 0.0096 + 0.012642 + 0.0646408 + 0.01597008 + 0.1026648 = 0.20551768
        let groups = [
            RiskGroupShare(id: "parentalDepression", share: 0.10, prevalence: 0.21),
            RiskGroupShare(id: "lowIncome", share: 0.20, prevalence: 0.34),
            RiskGroupShare(id: "substanceMisuse", share: 0.03, prevalence: 0.43),
            RiskGroupShare(id: "maltreatment", share: 0.02, prevalence: 0.48),
        ]
        #expect(isClose(AreaPrevalenceRule.prevalence(baseline: 0.15, groups: groups, rule: .highestRisk), 0.20551768))
    }

    @Test func multiplier() {
        // 0.34 / 0.15 = 2.2666…
        #expect(isClose(AreaPrevalenceRule.multiplier(prevalence: 0.34, baseline: 0.15), 2.2666666666666666))
    }
}
