import Testing

@testable import PIPlannerModel

@Suite struct MoneyTests {
    @Test func roundsToPenny() {
        #expect(Money(gbp: 244_815.344).pence == 24_481_534)
        #expect(Money(gbp: 0.005).pence == 1)
        #expect(Money(gbp: -0.005).pence == -1)
    }

    @Test func sumsExactly() {
        // 0.1 + 0.2 in pence is exact: 30p.
        #expect([Money(gbp: 0.1), Money(gbp: 0.2)].sum() == Money(pence: 30))
    }
}
