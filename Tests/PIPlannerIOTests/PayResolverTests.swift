import PIPlannerModel
import Testing

@testable import PIPlannerIO

@Suite struct PayResolverTests {
    let resolver: PayResolver = {
        let reference = try! ReferenceData.embedded()
        return PayResolver(
            table: reference.payScale,
            payGrowthRate: Figure(id: "payGrowthRate", value: 0.03, unit: "proportion a year", source: "002", basis: .published))
    }()

    @Test func picksNamedPoints() throws {
        // 2025/26 band 7: Year 1 £47,810; Year 2 £50,273; Year 5+ £54,710 (pay-scales CSV).
        #expect(try resolver.salary(band: "7", payYear: "2025/26", point: "entry", bandYear: nil).get().value == 47_810)
        #expect(try resolver.salary(band: "7", payYear: "2025/26", point: "intermediate", bandYear: nil).get().value == 50_273)
        #expect(try resolver.salary(band: "7", payYear: "2025/26", point: "top", bandYear: nil).get().value == 54_710)
        #expect(try resolver.salary(band: "7", payYear: "2025/26", point: "Year 2", bandYear: nil).get().value == 50_273)
        // 2022/23 band 8c: Entry £67,064, Top £77,274.
        #expect(try resolver.salary(band: "8c", payYear: "2022/23", point: "top", bandYear: nil).get().value == 77_274)
    }

    @Test func missingTopIsNotGuessed() {
        // 2023/24 has only the 8c entry point (SOURCES.md): "top" must fail, not fall back to entry.
        #expect(
            resolver.salary(band: "8c", payYear: "2023/24", point: "top", bandYear: nil)
                == .failure(.pointMissing(band: "8c", year: "2023/24", point: "top", available: ["Entry"])))
    }

    @Test func missingBandForYear() {
        guard
            case .failure(.bandMissingForYear(let band, let year, let years)) = resolver.salary(
                band: "7", payYear: "2024/25", point: "entry", bandYear: nil)
        else {
            Issue.record("expected bandMissingForYear")
            return
        }
        #expect(band == "7" && year == "2024/25")
        #expect(years == ["2021/22", "2022/23", "2023/24", "2025/26"])
    }

    @Test func namedEarlierYearIsUpliftedByPayGrowth() throws {
        // Band 7 entry 2023/24 = £43,742; to 2024/25: × 1.03 = £45,054.26.
        let figure = try resolver.salary(band: "7", payYear: "2024/25", point: "entry", bandYear: "2023/24").get()
        #expect(figure.value == 45_054.26)
        #expect(figure.basis == .derived)
        #expect(figure.derivation?.contains("2023/24") == true)
    }

    @Test func unknownBand() {
        guard case .failure(.unknownBand) = resolver.salary(band: "10", payYear: "2025/26", point: "entry", bandYear: nil) else {
            Issue.record("expected unknownBand")
            return
        }
    }

    @Test func financialYearLabels() {
        #expect(PayResolver.startYear("2025/26") == 2025)
        #expect(PayResolver.startYear("2025/27") == nil)
        #expect(PayResolver.startYear("2025") == nil)
        #expect(PayResolver.startYear("2099/00") == 2099)
        // Signs are not digits: these once passed as years -1 and 123.
        #expect(PayResolver.startYear("-001/00") == nil)
        #expect(PayResolver.startYear("+123/24") == nil)
        #expect(PayResolver.startYear("2025/+6") == nil)
        // Labels keep four digits, and there is none outside 0000/01...9999/00 (once "0/01" and "10000/01",
        // which startYear could not read back).
        #expect(PayResolver.label(after: "0000/01", offset: 1) == "0001/02")
        #expect(PayResolver.label(after: "2025/26", offset: -2000) == "0025/26")
        #expect(PayResolver.label(after: "9998/99", offset: 1) == "9999/00")
        #expect(PayResolver.label(after: "9999/00", offset: 1) == nil)
        #expect(PayResolver.label(after: "0001/02", offset: -2) == nil)
        #expect(PayResolver.label(after: "2025/26", offset: .max) == nil)
        #expect(PayResolver.label(after: "2025/26", offset: 2) == "2027/28")
    }
}
