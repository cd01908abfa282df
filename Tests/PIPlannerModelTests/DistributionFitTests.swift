import Foundation
import Testing

@testable import PIPlannerModel

@Suite struct DistributionFitTests {
    /// Intervals from the shipped data to the extremes: narrow, skewed, near 0 and near 1, very wide.
    static let betaIntervals: [(Double, Double)] = [
        (0.10, 0.25), (0.0251, 0.0518), (0.001, 0.01), (0.9, 0.999), (0.2, 0.8), (0.01, 0.99), (0.45, 0.452), (1e-6, 1e-3),
    ]
    static let positiveIntervals: [(Double, Double)] = [(120, 180), (0.12, 0.30), (0.02, 0.055), (1, 1_000), (100, 101), (1e-6, 1)]

    /// A fitted distribution puts 10% below p10 and 90% below p90: |F(p10) − 0.1| and |F(p90) − 0.9| ≤ 1e-6, and
    /// its own quantiles return p10 and p90 to 1e-6 relative.
    func expectReproduces(_ d: Distribution?, _ p10: Double, _ p90: Double) {
        guard let d else {
            Issue.record("no fit for (\(p10), \(p90))")
            return
        }
        #expect(abs(d.cdf(p10) - 0.1) <= 1e-6 && abs(d.cdf(p90) - 0.9) <= 1e-6, "\(d) from (\(p10), \(p90))")
        #expect(isClose(d.p10, p10, relativeTolerance: 1e-6) && isClose(d.p90, p90, relativeTolerance: 1e-6), "\(d) quantiles")
    }

    @Test func betaReproducesItsInterval() {
        for (p10, p90) in Self.betaIntervals { expectReproduces(Distribution.betaFitted(p10: p10, p90: p90), p10, p90) }
    }

    @Test func gammaReproducesItsInterval() {
        for (p10, p90) in Self.positiveIntervals { expectReproduces(Distribution.gammaFitted(p10: p10, p90: p90), p10, p90) }
    }

    @Test func lognormalReproducesItsInterval() {
        for (p10, p90) in Self.positiveIntervals { expectReproduces(Distribution.lognormalFitted(p10: p10, p90: p90), p10, p90) }
    }

    /// The parameters agree with SciPy's (`fsolve` on beta.cdf, `brentq` on gamma.ppf), relative 1e-8.
    @Test func parametersMatchAnIndependentFit() {
        guard case .beta(let a, let b)? = Distribution.betaFitted(p10: 0.10, p90: 0.25),
            case .gamma(let k, let theta)? = Distribution.gammaFitted(p10: 120, p90: 180)
        else {
            Issue.record("fits failed")
            return
        }
        #expect(isClose(a, 6.888632600547476, relativeTolerance: 1e-8) && isClose(b, 33.30649682804274, relativeTolerance: 1e-8))
        #expect(isClose(k, 40.327733624928804, relativeTolerance: 1e-8) && isClose(theta, 3.6998899321685124, relativeTolerance: 1e-8))
    }

    @Test func momentFitsHaveTheirMoments() {
        let fits: [Distribution?] = [
            Distribution.betaFromMoments(mean: 0.3, sd: 0.05), Distribution.gammaFromMoments(mean: 150, sd: 25),
            Distribution.lognormalFromMoments(mean: 0.14, sd: 0.04),
        ]
        for (d, (mean, sd)) in zip(fits, [(0.3, 0.05), (150.0, 25.0), (0.14, 0.04)]) {
            #expect(
                isClose(d?.mean ?? .nan, mean, relativeTolerance: 1e-12) && isClose(d?.variance ?? .nan, sd * sd, relativeTolerance: 1e-12))
        }
        #expect(Distribution.betaFromMoments(mean: 0.5, sd: 0.5) == nil, "sd² ≥ m(1 − m) has no beta")
    }

    @Test func truncatedNormalIsFittedBeforeTruncation() {
        let d = Distribution.normalFitted(p10: 0.02, p90: 0.04, lower: -1, upper: 1)
        guard case .truncatedNormal(let mean, let sd, let lower, let upper) = d else {
            Issue.record("not a truncated normal")
            return
        }
        #expect(isClose(mean, 0.03) && isClose(sd, 0.01 / Distribution.z90) && lower == -1 && upper == 1)
        expectReproduces(d, 0.02, 0.04)
    }

    @Test func intervalsTooNarrowToFitAreRefused() {
        #expect(Distribution.gammaFitted(p10: 100, p90: 100.1) == nil)
        #expect(Distribution.betaFitted(p10: 0.45, p90: 0.4501) == nil)
    }
}
