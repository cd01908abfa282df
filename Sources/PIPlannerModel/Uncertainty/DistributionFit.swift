import Foundation

/// Fitting a distribution to an 80% interval (P10, P90) or to a mean and standard deviation.
///
/// With z = Φ⁻¹(0.9) ≈ 1.2816:
/// - lognormal from (P10, P90): μ = (ln P10 + ln P90)/2, σ = (ln P90 − ln P10)/(2z); from mean m and sd s:
///   σ² = ln(1 + s²/m²), μ = ln m − σ²/2;
/// - gamma from mean and sd: k = (m/s)², θ = s²/m; from (P10, P90): the shape k solves Q(0.9; k)/Q(0.1; k) = P90/P10
///   (Brent's method on ln k; the ratio falls from ∞ to 1 as k grows), then θ = P10 / Q(0.1; k), Q the standard
///   gamma quantile;
/// - beta from mean and sd: κ = m(1−m)/s² − 1, α = mκ, β = (1−m)κ; from (P10, P90): for each concentration κ = α + β
///   the mean m that puts P10 in place solves I_{P10}(mκ, (1−m)κ) = 0.1 (Brent on logit m; the CDF at a point falls
///   as m rises), and κ then solves I_{P90}(…) = 0.9 (Brent on ln κ);
/// - truncated normal: μ and σ as for a normal, μ = (P10 + P90)/2 and σ = (P90 − P10)/(2z), before truncation.
///
/// A numeric fit returns nil when it cannot reproduce P10 and P90 to `fitTolerance` in probability.
extension Distribution {
    /// z = Φ⁻¹(0.9): the half-width of a normal's 80% interval in standard deviations.
    public static var z90: Double { StandardNormal.quantile(p90Probability) }

    /// How closely a numeric fit must reproduce its interval: |F(P10) − 0.1| and |F(P90) − 0.9| at most this.
    public static let fitTolerance = 1e-9

    /// The lognormal whose P10 and P90 are the given values (0 < p10 < p90).
    public static func lognormalFitted(p10: Double, p90: Double) -> Distribution {
        .lognormal(mu: 0.5 * (log(p10) + log(p90)), sigma: (log(p90) - log(p10)) / (2 * z90))
    }

    /// The lognormal with the given mean and standard deviation (both > 0).
    public static func lognormalFromMoments(mean: Double, sd: Double) -> Distribution {
        let variance = log1p(sd * sd / (mean * mean))
        return .lognormal(mu: log(mean) - 0.5 * variance, sigma: variance.squareRoot())
    }

    /// The gamma with the given mean and standard deviation (both > 0).
    public static func gammaFromMoments(mean: Double, sd: Double) -> Distribution {
        .gamma(shape: (mean / sd) * (mean / sd), scale: sd * sd / mean)
    }

    /// The gamma whose P10 and P90 are the given values (0 < p10 < p90); nil if the interval is too narrow to fit.
    public static func gammaFitted(p10: Double, p90: Double) -> Distribution? {
        let logRatio = log(p90 / p10)
        func mismatch(_ logShape: Double) -> Double {
            let k = exp(logShape)
            return log(GammaFunction.quantile(p90Probability, shape: k) / GammaFunction.quantile(p10Probability, shape: k)) - logRatio
        }
        // For large k the gamma is nearly normal on the log scale: ln(P90/P10) ≈ 2z/√k.
        let approximateShape = (2 * z90 / logRatio) * (2 * z90 / logRatio)
        guard approximateShape < 4 * maximumShape else { return nil }
        let start = log(min(max(approximateShape, minimumShape), maximumShape))
        guard let logShape = solveBracketed(from: start, within: log(minimumShape)...log(maximumShape), decreasing: true, mismatch)
        else { return nil }
        let k = exp(logShape)
        let fitted = Distribution.gamma(shape: k, scale: p10 / GammaFunction.quantile(p10Probability, shape: k))
        return fitted.reproduces(p10: p10, p90: p90) ? fitted : nil
    }

    /// The beta with the given mean (0 < m < 1) and standard deviation (0 < s² < m(1 − m)).
    public static func betaFromMoments(mean: Double, sd: Double) -> Distribution? {
        let concentration = mean * (1 - mean) / (sd * sd) - 1
        guard concentration > 0 else { return nil }
        return .beta(alpha: mean * concentration, beta: (1 - mean) * concentration)
    }

    /// The beta whose P10 and P90 are the given values (0 < p10 < p90 < 1); nil if the fit does not converge.
    public static func betaFitted(p10: Double, p90: Double) -> Distribution? {
        /// α and β for concentration κ with P10 in place, as exp(logit m) weights so neither rounds to 0.
        func shapes(_ logConcentration: Double) -> (Double, Double)? {
            let kappa = exp(logConcentration)
            func at(_ logit: Double) -> (Double, Double) { (kappa / (1 + exp(-logit)), kappa / (1 + exp(logit))) }
            let logit = RootFinder.brent(-logitLimit, logitLimit, tolerance: 1e-13) { l in
                let (a, b) = at(l)
                return BetaFunction.regularizedIncomplete(p10, a, b) - p10Probability
            }
            return logit.map(at)
        }
        let mid = 0.5 * (p10 + p90)
        let sd = (p90 - p10) / (2 * z90)
        let approximateConcentration = mid * (1 - mid) / (sd * sd) - 1
        guard approximateConcentration < 4 * maximumConcentration else { return nil }
        let start = log(min(max(approximateConcentration, minimumConcentration), maximumConcentration))
        let range = log(minimumConcentration)...log(maximumConcentration)
        let logConcentration = solveBracketed(from: start, within: range, decreasing: false) { lk in
            guard let (a, b) = shapes(lk) else { return .nan }
            return BetaFunction.regularizedIncomplete(p90, a, b) - p90Probability
        }
        guard let logConcentration, let (a, b) = shapes(logConcentration) else { return nil }
        let fitted = Distribution.beta(alpha: a, beta: b)
        return fitted.reproduces(p10: p10, p90: p90) ? fitted : nil
    }

    /// The normal with P10 and P90 as given, truncated to [lower, upper].
    public static func normalFitted(p10: Double, p90: Double, lower: Double, upper: Double) -> Distribution {
        .truncatedNormal(mean: 0.5 * (p10 + p90), sd: (p90 - p10) / (2 * z90), lower: lower, upper: upper)
    }

    /// Whether the CDF puts 10% below p10 and 90% below p90, to `fitTolerance`.
    func reproduces(p10: Double, p90: Double) -> Bool {
        abs(cdf(p10) - Self.p10Probability) <= Self.fitTolerance && abs(cdf(p90) - Self.p90Probability) <= Self.fitTolerance
    }

    /// A root of `f` near `start`: brackets it by widening steps of 2 (in the solver's log units) within `range`,
    /// then Brent. `decreasing` says which sign f has below the root.
    private static func solveBracketed(
        from start: Double, within range: ClosedRange<Double>, decreasing: Bool, _ f: (Double) -> Double
    ) -> Double? {
        // The sign f has below the root, and above it.
        func below(_ value: Double) -> Bool { decreasing ? value > 0 : value < 0 }
        func above(_ value: Double) -> Bool { decreasing ? value < 0 : value > 0 }
        var lo = max(start - 1, range.lowerBound)
        var hi = min(start + 1, range.upperBound)
        while lo > range.lowerBound, !below(f(lo)) { lo = max(lo - 2, range.lowerBound) }
        while hi < range.upperBound, !above(f(hi)) { hi = min(hi + 2, range.upperBound) }
        return RootFinder.brent(lo, hi, tolerance: 1e-12, f)
    }

    /// Search limits: shapes and concentrations from 10⁻⁴ (nearly two point masses) to 10⁶, where the 80% interval
    /// is about 0.25% of the value wide (a gamma's P90/P10 ≈ 1.0026; a beta about 0.13 percentage points wide at
    /// 0.5) and a fixed value says the same; logit m within ±40 (m from 4e-18 to 1 − 4e-18).
    private static let minimumShape = 1e-4
    private static let maximumShape = 1e6
    private static let minimumConcentration = 1e-4
    private static let maximumConcentration = 1e6
    private static let logitLimit = 40.0
}
