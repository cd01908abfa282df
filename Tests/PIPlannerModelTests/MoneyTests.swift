import Foundation
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

    /// The integer rounding against a second method, the standard library's `rounded(.toNearestOrAwayFromZero)`.
    @Test func penceRoundingAgreesWithTheStandardLibrary() {
        var state: UInt64 = 12_345
        var values: [Double] = [
            0.5, -0.5, 1.5, -1.5, 2.5, 0.49999999999999994, -0.49999999999999994, 4_503_599_627_370_495.5, 0x1p52, 0x1p62,
        ]
        for _ in 0..<100_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let magnitude = Double(state >> 11) / Double(1 << 53) * pow(10, Double(Int(state % 17)))
            values.append(state & 1 == 0 ? magnitude : -magnitude)
            values.append((magnitude * 2).rounded() / 2)
        }
        let mismatches = values.filter { Money.penceRounded($0) != Int64($0.rounded(.toNearestOrAwayFromZero)) }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}
