import Testing

@testable import PIPlannerModel

@Suite struct BirthRateConsistencyRuleTests {
    @Test func referenceAreaIsPlausible() {
        // 3,300 / 280,000 × 1,000 = 11.8 per 1,000, inside 5.0–17.9.
        #expect(BirthRateConsistencyRule.isPlausible(births: 3_300, population: 280_000, minPer1000: 5.0, maxPer1000: 17.9))
    }

    @Test func populationTypedAsBirthsIsNot() {
        // 280,000 births in 280,000 people = 1,000 per 1,000.
        #expect(!BirthRateConsistencyRule.isPlausible(births: 280_000, population: 280_000, minPer1000: 5.0, maxPer1000: 17.9))
        // 330 births: 1.18 per 1,000 (a dropped digit).
        #expect(!BirthRateConsistencyRule.isPlausible(births: 330, population: 280_000, minPer1000: 5.0, maxPer1000: 17.9))
    }
}
