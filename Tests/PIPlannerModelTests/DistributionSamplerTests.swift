import Foundation
import Testing

@testable import PIPlannerModel

/// Each family's sampler against its closed forms over 200,000 draws. Tolerances are five standard errors, so a
/// correct sampler fails with probability below 1e-6 for any seed (and never for the fixed seed used here):
/// - mean: |x̄ − μ| ≤ 5σ/√n;
/// - variance: |s² − σ²| ≤ 5·√((m₄ − s⁴)/n), m₄ the sample's fourth central moment;
/// - P10 and P90: the true CDF at the sample percentile is 0.1 (or 0.9) ± 5·√(0.1 × 0.9 / n) = ± 0.0034.
@Suite struct DistributionSamplerTests {
    static let drawCount = 200_000

    static let families: [Distribution] = [
        .beta(alpha: 6.888_632_600_547_476, beta: 33.306_496_828_042_74), .beta(alpha: 0.4, beta: 0.6), .beta(alpha: 0.05, beta: 2),
        .gamma(shape: 40.3, scale: 3.7), .gamma(shape: 0.35, scale: 988), .lognormal(mu: 9.3, sigma: 0.14),
        .truncatedNormal(mean: 0.03, sd: 0.02, lower: 0, upper: 0.1), .truncatedNormal(mean: 0, sd: 1, lower: 3, upper: 4),
        .triangular(min: 0.1, mode: 0.15, max: 0.3), .uniform(min: 100, max: 200),
    ]

    @Test(arguments: families)
    func momentsAndPercentilesMatchClosedForms(_ distribution: Distribution) {
        let sampler = DistributionSampler(distribution)
        var generator = Xoshiro256StarStar(seed: 20_260_101)
        var values = [Double](repeating: 0, count: Self.drawCount)
        var sum = 0.0
        for i in values.indices {
            values[i] = sampler.sample(&generator)
            sum += values[i]
        }
        let n = Double(values.count)
        let mean = sum / n
        var (m2, m4) = (0.0, 0.0)
        for x in values {
            let d2 = (x - mean) * (x - mean)
            m2 += d2
            m4 += d2 * d2
        }
        (m2, m4) = (m2 / n, m4 / n)
        #expect(abs(mean - distribution.mean) <= 5 * distribution.variance.squareRoot() / n.squareRoot(), "mean of \(distribution)")
        #expect(abs(m2 - distribution.variance) <= 5 * ((m4 - m2 * m2) / n).squareRoot(), "variance of \(distribution)")
        let summary = Summary(values)
        let band = 5 * (0.1 * 0.9 / n).squareRoot()
        #expect(abs(distribution.cdf(summary.p10) - 0.1) <= band, "P10 of \(distribution)")
        #expect(abs(distribution.cdf(summary.p90) - 0.9) <= band, "P90 of \(distribution)")
        let (lowest, highest) = (distribution.quantile(0), distribution.quantile(1))
        #expect(values.allSatisfy { $0.isFinite && $0 >= lowest && $0 <= highest }, "values inside the support")
    }

    @Test func supportsAreRespected() {
        var generator = Xoshiro256StarStar(seed: 7)
        let beta = DistributionSampler(.beta(alpha: 0.05, beta: 0.05))
        let truncated = DistributionSampler(.truncatedNormal(mean: 0, sd: 1, lower: 3, upper: 4))
        for _ in 0..<20_000 {
            let b = beta.sample(&generator)
            #expect(b >= 0 && b <= 1)
            let t = truncated.sample(&generator)
            #expect(t >= 3 && t <= 4)
        }
    }

    @Test func fixedDrawsItsValueWithoutTouchingTheGenerator() {
        var generator = Xoshiro256StarStar(seed: 1)
        var untouched = generator
        let fixed = DistributionSampler(.fixed(0.303))
        #expect((0..<100).allSatisfy { _ in fixed.sample(&generator) == 0.303 })
        #expect(generator.next() == untouched.next())
    }
}
