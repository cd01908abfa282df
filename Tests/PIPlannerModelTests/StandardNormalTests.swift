import Foundation
import Testing

@testable import PIPlannerModel

@Suite struct StandardNormalTests {
    /// Φ⁻¹ at probabilities from the far tails to the centre, against SciPy's `norm.ppf` (relative 1e-14).
    @Test func quantileMatchesReferenceValues() {
        let cases: [(Double, Double)] = [
            (1e-300, -37.0470962993612), (1e-20, -9.262340089798409), (0.001, -3.090232306167813), (0.1, -1.2815515655446004),
            (0.5, 0), (0.9, 1.2815515655446004), (0.975, 1.959963984540054), (1 - 1e-12, 7.0344869100478356),
        ]
        for (p, z) in cases {
            #expect(isClose(StandardNormal.quantile(p), z, relativeTolerance: 1e-14), "Φ⁻¹(\(p))")
        }
    }

    @Test func quantileInvertsTheCDF() {
        for p in stride(from: 0.0005, to: 1, by: 0.0005) {
            #expect(abs(StandardNormal.cdf(StandardNormal.quantile(p)) - p) < 1e-15)
        }
        // Deep in the lower tail the CDF keeps relative precision.
        #expect(isClose(StandardNormal.cdf(StandardNormal.quantile(1e-200)), 1e-200, relativeTolerance: 1e-12))
    }

    @Test func survivalIsTheUpperTail() {
        #expect(isClose(StandardNormal.survival(9), 1.1285884059538324e-19, relativeTolerance: 1e-13))
        #expect(StandardNormal.survival(0) == 0.5)
        #expect(isClose(StandardNormal.density(0), 1 / (2 * Double.pi).squareRoot()))
    }

    @Test func quantileEdges() {
        #expect(StandardNormal.quantile(0) == -.infinity)
        #expect(StandardNormal.quantile(1) == .infinity)
        #expect(StandardNormal.quantile(1.5).isNaN)
        #expect(StandardNormal.quantile(-0.1).isNaN)
    }
}
