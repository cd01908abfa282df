import PIPlannerModel
import Testing

@testable import PIPlannerIO

@Suite struct FormatTests {
    @Test func numbers() {
        #expect(Format.number(1_234_567.891, 2) == "1,234,567.89")
        #expect(Format.number(-1_234, 0) == "-1,234")
        #expect(Format.number(-0.001, 2) == "0.00")
        #expect(Format.gbp(Money(gbp: 237_684.80)) == "£237,685")
        #expect(Format.gbpPence(Money(gbp: 11_077.5)) == "£11,077.50")
        #expect(Format.plainGBP(Money(gbp: -5.05)) == "-5.05")
        #expect(Format.percent(0.19427) == "19.4%")
        #expect(Format.trimmed(0.30303030, 4) == "0.303")
    }
}
