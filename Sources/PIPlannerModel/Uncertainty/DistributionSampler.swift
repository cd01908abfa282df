import Foundation

/// A distribution prepared for drawing: its constants computed once, then one value per call.
///
/// Methods, chosen so that each value costs a few tens of nanoseconds and depends only on its generator:
/// - uniform, triangular, lognormal and truncated normal by inverse CDF of one uniform u ∈ (0, 1):
///   lognormal e^(μ + σΦ⁻¹(u)); truncated normal μ + σΦ⁻¹(Φ(α) + u·Z); triangular a + √(u(b−a)(c−a)) below the mode's
///   CDF (c−a)/(b−a), else b − √((1−u)(b−a)(b−c));
/// - gamma by Marsaglia & Tsang (2000): d = k − ⅓, c = 1/√(9d), x ~ N(0, 1), v = (1 + cx)³, accept d·v when
///   ln u < x²/2 + d(1 − v + ln v); a shape k < 1 draws Gamma(k + 1)·u^(1/k);
/// - beta as X/(X + Y) with X ~ Gamma(α), Y ~ Gamma(β), in logarithms when a shape is below 1 (where X and Y can
///   underflow).
public struct DistributionSampler: Sendable {
    public let distribution: Distribution
    private let method: Method

    private enum Method: Sendable {
        case constant(Double)
        case uniform(lower: Double, width: Double)
        case inverse(Distribution)
        case gamma(GammaVariate, scale: Double)
        case beta(GammaVariate, GammaVariate)
    }

    public init(_ distribution: Distribution) {
        self.distribution = distribution
        switch distribution {
        case .fixed(let v): method = .constant(v)
        case .uniform(let a, let b): method = .uniform(lower: a, width: b - a)
        case .lognormal, .truncatedNormal, .triangular: method = .inverse(distribution)
        case .gamma(let k, let theta): method = .gamma(GammaVariate(shape: k), scale: theta)
        case .beta(let a, let b): method = .beta(GammaVariate(shape: a), GammaVariate(shape: b))
        }
    }

    /// One value from `generator`. A fixed distribution returns its value without drawing.
    @inline(__always) public func sample(_ generator: inout Xoshiro256StarStar) -> Double {
        switch method {
        case .constant(let v): return v
        case .uniform(let lower, let width): return lower + width * generator.nextOpenUnit()
        case .inverse(let d): return Self.inverseCDF(d, generator.nextOpenUnit())
        case .gamma(let g, let scale): return scale * g.sample(&generator)
        case .beta(let ga, let gb):
            if ga.boosted || gb.boosted {
                let logX = ga.logSample(&generator)
                let logY = gb.logSample(&generator)
                return 1 / (1 + exp(logY - logX))
            }
            let x = ga.sample(&generator)
            return x / (x + gb.sample(&generator))
        }
    }

    /// The closed-form inverse CDFs (uniform, triangular, lognormal, truncated normal); NaN for the other families.
    static func inverseCDF(_ distribution: Distribution, _ u: Double) -> Double {
        switch distribution {
        case .lognormal(let mu, let sigma): return exp(mu + sigma * StandardNormal.quantile(u))
        case .truncatedNormal(let mu, let sigma, let lower, let upper):
            let t = TruncationTerms(mu: mu, sigma: sigma, lower: lower, upper: upper)
            return min(max(mu + sigma * t.inverse(u), lower), upper)
        case .triangular(let a, let c, let b):
            if u * (b - a) < c - a { return a + (u * (b - a) * (c - a)).squareRoot() }
            return b - ((1 - u) * (b - a) * (b - c)).squareRoot()
        case .uniform(let a, let b): return a + u * (b - a)
        case .fixed(let v): return v
        case .beta, .gamma: return .nan
        }
    }
}

/// Marsaglia–Tsang constants for a standard gamma variate of one shape.
struct GammaVariate: Sendable {
    /// Whether the shape is below 1, drawn as Gamma(k + 1)·u^(1/k).
    let boosted: Bool
    /// 1/k, for the boost.
    let inverseShape: Double
    /// d = k′ − ⅓ and c = 1/√(9d), with k′ the shape actually drawn (k or k + 1).
    let d: Double
    let c: Double

    init(shape: Double) {
        boosted = shape < 1
        inverseShape = 1 / shape
        d = (boosted ? shape + 1 : shape) - 1.0 / 3.0
        c = 1 / (9 * d).squareRoot()
    }

    /// A Gamma(k, 1) value.
    @inline(__always) func sample(_ generator: inout Xoshiro256StarStar) -> Double {
        let value = marsagliaTsang(&generator)
        return boosted ? value * pow(generator.nextOpenUnit(), inverseShape) : value
    }

    /// ln of a Gamma(k, 1) value, which stays finite where a small-shape value underflows to 0.
    @inline(__always) func logSample(_ generator: inout Xoshiro256StarStar) -> Double {
        let logValue = log(marsagliaTsang(&generator))
        return boosted ? logValue + log(generator.nextOpenUnit()) * inverseShape : logValue
    }

    /// Gamma(k′, 1) for k′ ≥ 1 by squeeze-and-reject; accepts about 98% of proposals for k′ ≥ 1.
    @inline(__always) private func marsagliaTsang(_ generator: inout Xoshiro256StarStar) -> Double {
        while true {
            var x: Double
            var v: Double
            repeat {
                x = StandardNormal.quantile(generator.nextOpenUnit())
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = generator.nextOpenUnit()
            let x2 = x * x
            if u < 1 - Self.squeeze * x2 * x2 { return d * v }
            if log(u) < 0.5 * x2 + d * (1 - v + log(v)) { return d * v }
        }
    }

    /// Marsaglia & Tsang's quick-acceptance constant: u < 1 − 0.0331x⁴ accepts without a logarithm.
    private static let squeeze = 0.0331
}
