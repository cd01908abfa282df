import Testing

@testable import PIPlannerModel

@Suite struct NumberFormatTests {
    @Test func groupedForReaders() {
        #expect(NumberFormat.number(1_234_567.891, 2) == "1,234,567.89")
        #expect(NumberFormat.number(-1_234, 0) == "-1,234")
        #expect(NumberFormat.number(-0.001, 2) == "0.00")
        #expect(NumberFormat.number(999.5) == "1,000")
        #expect(NumberFormat.number(.nan) == "n/a")
        #expect(NumberFormat.number(-.infinity) == "-∞")
        #expect(NumberFormat.trimmed(0.30303030, 4) == "0.303")
        #expect(NumberFormat.trimmed(280_000, 2) == "280,000")
        #expect(NumberFormat.approximate(3.5678e302) == "3.57e+302")
    }

    @Test func fixedHasNoGroupingAndNoNegativeZero() {
        #expect(NumberFormat.fixed(1_234.5678, 2) == "1234.57")
        #expect(NumberFormat.fixed(-0.00001, 4) == "0.0000")
        #expect(NumberFormat.fixed(-0.4) == "0")
        #expect(NumberFormat.fixed(-1.5, 1) == "-1.5")
    }

    @Test func percentages() {
        #expect(NumberFormat.percent(0.19427) == "19.4%")
        #expect(NumberFormat.percent(0.19427, 2) == "19.43%")
        #expect(NumberFormat.trimmedPercent(0.14) == "14%")
        #expect(NumberFormat.trimmedPercent(0.025) == "2.5%")
    }

    @Test func money() {
        #expect(NumberFormat.gbp(Money(gbp: 237_684.80)) == "£237,685")
        #expect(NumberFormat.gbp(Money(gbp: -0.4)) == "£0")
        #expect(NumberFormat.gbp(Money(gbp: -35_028.5)) == "-£35,029")
        #expect(NumberFormat.gbpPence(Money(gbp: 11_077.5)) == "£11,077.50")
        #expect(NumberFormat.plainGBP(Money(gbp: -5.05)) == "-5.05")
    }

    @Test func plainIsShortestExact() {
        #expect(NumberFormat.plain(280_000) == "280000")
        #expect(NumberFormat.plain(0.203) == "0.203")
        #expect(NumberFormat.plain(1e20) == "1e+20")
        #expect(NumberFormat.plain(.nan) == "NaN")
        #expect(NumberFormat.plain(-.infinity) == "-Infinity")
    }
}
