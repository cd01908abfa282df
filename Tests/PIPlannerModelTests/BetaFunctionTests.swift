import Foundation
import Testing

@testable import PIPlannerModel

@Suite struct BetaFunctionTests {
    /// I_x(a, b) against SciPy's `betainc` (relative 1e-12).
    @Test func regularizedIncompleteBeta() {
        let cases: [(x: Double, a: Double, b: Double, expected: Double)] = [
            (0.3, 2.5, 7.1, 0.6490225790210132), (0.01, 0.5, 0.5, 0.06376856085851985), (0.41, 200, 300, 0.677628164772179),
            (0.02, 1.5, 40, 0.3465471321502204),
        ]
        for c in cases {
            #expect(
                isClose(BetaFunction.regularizedIncomplete(c.x, c.a, c.b), c.expected, relativeTolerance: 1e-12), "I_\(c.x)(\(c.a), \(c.b))"
            )
        }
        // I_x(1, 1) = x; I_x(a, b) = 1 − I_{1−x}(b, a).
        for x in [0.001, 0.2, 0.5, 0.77] { #expect(isClose(BetaFunction.regularizedIncomplete(x, 1, 1), x, relativeTolerance: 1e-14)) }
        for x in [0.05, 0.4, 0.9] {
            let sum = BetaFunction.regularizedIncomplete(x, 3.2, 0.7) + BetaFunction.regularizedIncomplete(1 - x, 0.7, 3.2)
            #expect(abs(sum - 1) < 1e-14)
        }
        #expect(BetaFunction.regularizedIncomplete(0, 2, 3) == 0 && BetaFunction.regularizedIncomplete(1, 2, 3) == 1)
    }

    /// The quantile inverts I to 1e-12 in probability for U-shaped, skewed and concentrated betas (the precision of
    /// I itself near 1 and at shapes of 10⁴).
    @Test func quantileInvertsTheCDF() {
        for (a, b) in [(0.05, 0.2), (0.5, 0.5), (1, 1), (2, 5), (6.9, 33.3), (150, 40), (2e4, 3e4)] {
            for p in [1e-6, 0.01, 0.1, 0.5, 0.9, 0.99] {
                let x = BetaFunction.quantile(p, a, b)
                #expect(abs(BetaFunction.regularizedIncomplete(x, a, b) - p) <= 1e-12, "beta(\(a), \(b)), p \(p)")
            }
        }
        // SciPy's betaincinv, including a quantile 50 orders of magnitude below 1.
        #expect(isClose(BetaFunction.quantile(0.9, 0.05, 0.2), 0.9715144870080202, relativeTolerance: 1e-12))
        #expect(isClose(BetaFunction.quantile(0.1, 0.02, 0.5), 3.874156583282116e-50, relativeTolerance: 1e-9))
    }
}
