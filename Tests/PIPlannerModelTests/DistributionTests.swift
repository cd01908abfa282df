import Foundation
import Testing

@testable import PIPlannerModel

@Suite struct DistributionTests {
    static let examples: [Distribution] = [
        .beta(alpha: 6.9, beta: 33.3), .beta(alpha: 0.4, beta: 0.6), .gamma(shape: 40.3, scale: 3.7), .gamma(shape: 0.35, scale: 988),
        .lognormal(mu: 9.3, sigma: 0.14), .truncatedNormal(mean: 0.03, sd: 0.02, lower: 0, upper: 0.1),
        .truncatedNormal(mean: 0, sd: 1, lower: 3, upper: 4), .triangular(min: 0.1, mode: 0.15, max: 0.3), .uniform(min: 100, max: 200),
    ]

    /// The closed-form mean and variance against SciPy's (`stats.beta(6.9, 33.3).mean()`, `.var()`, …), relative 1e-12.
    @Test func momentsMatchAnIndependentImplementation() {
        let expected: [(Distribution, Double, Double)] = [
            (.beta(alpha: 6.9, beta: 33.3), 0.17164179104477614, 0.00345099239348829), (.beta(alpha: 0.4, beta: 0.6), 0.4, 0.12),
            (.gamma(shape: 40.3, scale: 3.7), 149.11, 551.707), (.gamma(shape: 0.35, scale: 988), 345.8, 341_650.4),
            (.lognormal(mu: 9.3, sigma: 0.14), 11_045.738760095566, 2_414_952.7843158506),
            (.truncatedNormal(mean: 0.03, sd: 0.02, lower: 0, upper: 0.1), 0.032757779316963054, 0.0003077904914106371),
            (.truncatedNormal(mean: 0, sd: 1, lower: 3, upper: 4), 3.2604542855900243, 0.04927779377738217),
            (.triangular(min: 0.1, mode: 0.15, max: 0.3), 0.18333333333333335, 0.001805555555555556),
            (.uniform(min: 100, max: 200), 150, 833.3333333333333),
        ]
        for (d, mean, variance) in expected {
            #expect(isClose(d.mean, mean, relativeTolerance: 1e-12), "mean of \(d)")
            #expect(isClose(d.variance, variance, relativeTolerance: 1e-12), "variance of \(d)")
        }
    }

    @Test func quantileInvertsTheCDF() {
        for d in Self.examples {
            for p in [0.001, 0.1, 0.37, 0.5, 0.9, 0.999] {
                #expect(abs(d.cdf(d.quantile(p)) - p) < 1e-12, "\(d) at \(p)")
            }
        }
    }

    @Test func closedFormsOfTheSimpleFamilies() {
        let triangle = Distribution.triangular(min: 0, mode: 1, max: 4)
        #expect(triangle.cdf(1) == 0.25 && triangle.quantile(0.25) == 1)
        #expect(isClose(triangle.mean, 5.0 / 3) && isClose(triangle.variance, (0 + 16 + 1 - 0 - 0 - 4) / 18.0))
        let uniform = Distribution.uniform(min: 2, max: 6)
        #expect(uniform.cdf(3) == 0.25 && uniform.quantile(0.5) == 4 && isClose(uniform.variance, 16.0 / 12))
        let fixed = Distribution.fixed(0.14)
        #expect(fixed.p10 == 0.14 && fixed.p90 == 0.14 && fixed.mean == 0.14 && fixed.variance == 0)
        #expect(fixed.cdf(0.13) == 0 && fixed.cdf(0.14) == 1)
        #expect(Distribution.truncatedNormal(mean: 0, sd: 1, lower: 0, upper: .infinity).mean.isClose(to: (2 / Double.pi).squareRoot()))
    }

    @Test func familyOfEachCase() {
        #expect(Self.examples.map(\.family) == [.beta, .beta, .gamma, .gamma, .lognormal, .normal, .normal, .triangular, .uniform])
        #expect(Distribution.fixed(1).family == .fixed)
    }
}

extension Double {
    fileprivate func isClose(to other: Double) -> Bool { PIPlannerModelTests.isClose(self, other, relativeTolerance: 1e-12) }
}
