import Foundation
import Testing

@testable import PIPlannerModel

@Suite struct GammaFunctionTests {
    /// ln Γ against SciPy's `gammaln` and the C library's `lgamma` (relative 1e-13).
    @Test func logGamma() {
        let cases: [(Double, Double)] = [
            (0.5, 0.5723649429247), (3.7, 1.428072326665388), (100.25, 360.28455963776423), (1e-3, 6.907178885383853),
        ]
        for (x, expected) in cases { #expect(isClose(GammaFunction.logGamma(x), expected, relativeTolerance: 1e-13), "ln Γ(\(x))") }
        for x in stride(from: 0.01, to: 200, by: 0.37) {
            #expect(abs(GammaFunction.logGamma(x) - lgamma(x)) <= 1e-13 * max(1, abs(lgamma(x))), "ln Γ(\(x))")
        }
        #expect(abs(GammaFunction.logGamma(1)) < 1e-15 && abs(GammaFunction.logGamma(2)) < 1e-15)
    }

    /// P(a, x) and Q(a, x) against SciPy's `gammainc` / `gammaincc` (relative 1e-12).
    @Test func incompleteGamma() {
        #expect(isClose(GammaFunction.lowerRegularized(3.3, 2), 0.2583394699656277, relativeTolerance: 1e-12))
        #expect(isClose(GammaFunction.lowerRegularized(0.2, 0.01), 0.43286756092652506, relativeTolerance: 1e-12))
        #expect(isClose(GammaFunction.upperRegularized(50, 80), 0.0001307839765914092, relativeTolerance: 1e-12))
        #expect(isClose(GammaFunction.lowerRegularized(1e4, 1e4), 0.5013298083399552, relativeTolerance: 1e-12))
        // Shape 1 is the exponential: P(1, x) = 1 − e^(−x).
        for x in [0.01, 0.5, 1, 3, 20] { #expect(isClose(GammaFunction.lowerRegularized(1, x), -expm1(-x), relativeTolerance: 1e-14)) }
        #expect(GammaFunction.lowerRegularized(2, 0) == 0 && GammaFunction.upperRegularized(2, 0) == 1)
    }

    /// The quantile inverts P to 1e-13 in probability, from small to large shapes, and matches SciPy's `gammaincinv`.
    @Test func quantileInvertsTheCDF() {
        for shape in [0.05, 0.3, 1, 2.5, 40, 1_000, 1e5] {
            for p in [1e-6, 0.01, 0.1, 0.5, 0.9, 0.99, 1 - 1e-6] {
                let x = GammaFunction.quantile(p, shape: shape)
                let reached = p > 0.5 ? 1 - GammaFunction.upperRegularized(shape, x) : GammaFunction.lowerRegularized(shape, x)
                #expect(abs(reached - p) <= 1e-13, "shape \(shape), p \(p)")
            }
        }
        #expect(isClose(GammaFunction.quantile(0.1, shape: 0.3), 0.0003237246218234327, relativeTolerance: 1e-12))
        #expect(isClose(GammaFunction.quantile(0.999999, shape: 2.5), 17.94409343980521, relativeTolerance: 1e-12))
        #expect(GammaFunction.quantile(0, shape: 2) == 0 && GammaFunction.quantile(1, shape: 2) == .infinity)
    }
}
