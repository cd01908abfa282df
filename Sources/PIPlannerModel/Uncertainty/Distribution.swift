import Foundation

/// A fitted probability distribution for one uncertain figure, with its CDF, quantile and moments.
///
/// | case | support | mean | variance |
/// | --- | --- | --- | --- |
/// | `beta(α, β)` | (0, 1) | α/(α+β) | αβ / ((α+β)²(α+β+1)) |
/// | `gamma(k, θ)` | (0, ∞) | kθ | kθ² |
/// | `lognormal(μ, σ)` (of ln X) | (0, ∞) | e^(μ+σ²/2) | (e^(σ²) − 1) e^(2μ+σ²) |
/// | `truncatedNormal(μ, σ, a, b)` | [a, b] | μ + σ(φ(α) − φ(β))/Z | σ²[1 + (αφ(α) − βφ(β))/Z − ((φ(α) − φ(β))/Z)²] |
/// | `triangular(a, c, b)` (min, mode, max) | [a, b] | (a+b+c)/3 | (a²+b²+c² − ab − ac − bc)/18 |
/// | `uniform(a, b)` | [a, b] | (a+b)/2 | (b−a)²/12 |
/// | `fixed(v)` | {v} | v | 0 |
///
/// For the truncated normal, μ and σ are the normal's before truncation, α = (a−μ)/σ, β = (b−μ)/σ, Z = Φ(β) − Φ(α).
public enum Distribution: Sendable, Equatable {
    case beta(alpha: Double, beta: Double)
    case gamma(shape: Double, scale: Double)
    case lognormal(mu: Double, sigma: Double)
    case truncatedNormal(mean: Double, sd: Double, lower: Double, upper: Double)
    case triangular(min: Double, mode: Double, max: Double)
    case uniform(min: Double, max: Double)
    case fixed(Double)

    /// The family this distribution belongs to.
    public var family: DistributionFamily {
        switch self {
        case .beta: return .beta
        case .gamma: return .gamma
        case .lognormal: return .lognormal
        case .truncatedNormal: return .normal
        case .triangular: return .triangular
        case .uniform: return .uniform
        case .fixed: return .fixed
        }
    }

    /// P(X ≤ x).
    public func cdf(_ x: Double) -> Double {
        switch self {
        case .beta(let a, let b): return BetaFunction.regularizedIncomplete(x, a, b)
        case .gamma(let k, let theta): return GammaFunction.lowerRegularized(k, max(x, 0) / theta)
        case .lognormal(let mu, let sigma): return x > 0 ? StandardNormal.cdf((log(x) - mu) / sigma) : 0
        case .truncatedNormal(let mu, let sigma, let lower, let upper):
            if x <= lower { return 0 }
            if x >= upper { return 1 }
            let t = TruncationTerms(mu: mu, sigma: sigma, lower: lower, upper: upper)
            return t.mass(below: (x - mu) / sigma) / t.mass
        case .triangular(let a, let c, let b):
            if x <= a { return 0 }
            if x >= b { return 1 }
            return x <= c ? (x - a) * (x - a) / ((b - a) * (c - a)) : 1 - (b - x) * (b - x) / ((b - a) * (b - c))
        case .uniform(let a, let b): return min(max((x - a) / (b - a), 0), 1)
        case .fixed(let v): return x < v ? 0 : 1
        }
    }

    /// The x with P(X ≤ x) = p (the inverse CDF), for p in [0, 1].
    public func quantile(_ p: Double) -> Double {
        switch self {
        case .beta(let a, let b): return BetaFunction.quantile(p, a, b)
        case .gamma(let k, let theta): return theta * GammaFunction.quantile(p, shape: k)
        case .lognormal(let mu, let sigma): return exp(mu + sigma * StandardNormal.quantile(p))
        case .truncatedNormal, .triangular, .uniform: return DistributionSampler.inverseCDF(self, p)
        case .fixed(let v): return v
        }
    }

    /// E[X].
    public var mean: Double {
        switch self {
        case .beta(let a, let b): return a / (a + b)
        case .gamma(let k, let theta): return k * theta
        case .lognormal(let mu, let sigma): return exp(mu + 0.5 * sigma * sigma)
        case .truncatedNormal(let mu, let sigma, let lower, let upper):
            let t = TruncationTerms(mu: mu, sigma: sigma, lower: lower, upper: upper)
            return mu + sigma * t.meanShift
        case .triangular(let a, let c, let b): return (a + b + c) / 3
        case .uniform(let a, let b): return 0.5 * (a + b)
        case .fixed(let v): return v
        }
    }

    /// Var[X].
    public var variance: Double {
        switch self {
        case .beta(let a, let b): return a * b / ((a + b) * (a + b) * (a + b + 1))
        case .gamma(let k, let theta): return k * theta * theta
        case .lognormal(let mu, let sigma): return expm1(sigma * sigma) * exp(2 * mu + sigma * sigma)
        case .truncatedNormal(let mu, let sigma, let lower, let upper):
            let t = TruncationTerms(mu: mu, sigma: sigma, lower: lower, upper: upper)
            return sigma * sigma * (1 + t.varianceTerm - t.meanShift * t.meanShift)
        case .triangular(let a, let c, let b): return (a * a + b * b + c * c - a * b - a * c - b * c) / 18
        case .uniform(let a, let b): return (b - a) * (b - a) / 12
        case .fixed: return 0
        }
    }

    /// The 10th percentile: the low end of the 80% interval.
    public var p10: Double { quantile(Self.p10Probability) }
    /// The 90th percentile: the high end of the 80% interval.
    public var p90: Double { quantile(Self.p90Probability) }

    /// The probabilities that bound an 80% interval, the convention of NHS demand-and-capacity models.
    public static let p10Probability = 0.1
    public static let p90Probability = 0.9
}

/// The standardized bounds of a truncated normal and the terms of its CDF and moments.
///
/// Masses are taken from the lower tail (Φ) when the interval lies below the mean and from the upper tail (1 − Φ)
/// when it lies above, so that a truncation far out in a tail keeps its precision.
struct TruncationTerms {
    /// α = (a − μ)/σ and β = (b − μ)/σ.
    var alpha: Double
    var beta: Double
    /// Z = Φ(β) − Φ(α): the normal's mass inside the bounds.
    var mass: Double
    /// Whether masses are measured from the upper tail.
    var fromUpperTail: Bool
    /// (φ(α) − φ(β)) / Z.
    var meanShift: Double
    /// (αφ(α) − βφ(β)) / Z, with a bound at ±∞ contributing 0.
    var varianceTerm: Double

    init(mu: Double, sigma: Double, lower: Double, upper: Double) {
        alpha = (lower - mu) / sigma
        beta = (upper - mu) / sigma
        fromUpperTail = alpha > 0
        mass =
            fromUpperTail
            ? StandardNormal.survival(alpha) - StandardNormal.survival(beta) : StandardNormal.cdf(beta) - StandardNormal.cdf(alpha)
        let z = mass
        let phiA = alpha.isFinite ? StandardNormal.density(alpha) : 0
        let phiB = beta.isFinite ? StandardNormal.density(beta) : 0
        meanShift = (phiA - phiB) / z
        varianceTerm = ((alpha.isFinite ? alpha * phiA : 0) - (beta.isFinite ? beta * phiB : 0)) / z
    }

    /// Φ(z) − Φ(α): the mass between the lower bound and z (standardized).
    func mass(below z: Double) -> Double {
        fromUpperTail ? StandardNormal.survival(alpha) - StandardNormal.survival(z) : StandardNormal.cdf(z) - StandardNormal.cdf(alpha)
    }

    /// The standardized z with Φ(z) − Φ(α) = u·Z, for u in [0, 1].
    func inverse(_ u: Double) -> Double {
        if fromUpperTail { return -StandardNormal.quantile(StandardNormal.survival(alpha) - u * mass) }
        return StandardNormal.quantile(StandardNormal.cdf(alpha) + u * mass)
    }
}
