import Testing

@testable import PIPlannerModel

@Suite struct BirthsRuleTests {
    @Test func birthsFromRate() {
        // 250,000 persons × 12 births per 1,000 ÷ 1,000 = 3,000 births.
        #expect(isClose(BirthsRule.births(population: 250_000, birthRatePer1000: 12), 3_000))
    }

    @Test func rateFromBirths() {
        // Reference area (001): 3,300 births ÷ 280,000 × 1,000 = 11.7857… per 1,000.
        #expect(isClose(BirthsRule.birthRatePer1000(births: 3_300, population: 280_000), 11.785714285714286))
    }

    @Test func leedsRate() {
        // Leeds 2022: 8,617 ÷ 822,483 × 1,000 = 10.4767…; ONS publishes a CBR of 10.5 for Leeds.
        #expect(abs(BirthsRule.birthRatePer1000(births: 8_617, population: 822_483) - 10.5) < 0.05)
    }
}
