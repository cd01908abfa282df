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

    /// Issue 12, class 4: scaling rounds the exact product in pence, a half penny away from zero.
    @Test func scalingRoundsThePenceOnce() {
        #expect(Money(pence: 1) * 0.5 == Money(pence: 1))
        #expect(Money(pence: -1) * 0.5 == Money(pence: -1))
        #expect(Money(pence: 37_514_233) * 0.5 == Money(pence: 18_757_117))
        // Through pounds, £1.15 × 0.5 × 100 is 57.49999999999999: the half penny fell the wrong way.
        #expect(Money(pence: 115) * 0.5 == Money(pence: 58))
    }
}
