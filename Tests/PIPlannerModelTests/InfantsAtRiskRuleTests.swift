import Testing

@testable import PIPlannerModel

@Suite struct InfantsAtRiskRuleTests {
    @Test func referenceArea() {
        // 3,300 births × 0.15 = 495 infants at risk.
        #expect(isClose(InfantsAtRiskRule.infantsAtRisk(births: 3_300, prevalence: 0.15), 495))
    }

    @Test func england003() {
        // 003: "~600,000 births × 10% = 60,000 babies".
        #expect(isClose(InfantsAtRiskRule.infantsAtRisk(births: 600_000, prevalence: 0.10), 60_000))
    }
}
