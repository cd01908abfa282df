import Foundation

/// The gamma function's logarithm, the regularized incomplete gamma functions and their inverse.
///
/// - `logGamma(x)` = ln Γ(x) by the Lanczos approximation (g = 7, 9 terms; relative error about 1e-15).
/// - `lowerRegularized(a, x)` = P(a, x) = γ(a, x) / Γ(a), the CDF of a gamma distribution of shape `a` and scale 1:
///   its power series for x < a + 1, else 1 − Q from the continued fraction (Numerical Recipes, section 6.2).
/// - `quantile(p, shape:)` = P⁻¹(a, p), by safeguarded Newton steps from the Wilson–Hilferty guess.
public enum GammaFunction {
    /// ln Γ(x) for x > 0; uses Γ(x)Γ(1 − x) = π / sin(πx) below ½.
    public static func logGamma(_ x: Double) -> Double {
        guard x > 0 else { return x == 0 ? .infinity : .nan }
        if x < 0.5 { return log(Double.pi / sin(Double.pi * x)) - logGamma(1 - x) }
        let z = x - 1
        var sum = lanczos[0]
        for i in 1..<lanczos.count { sum += lanczos[i] / (z + Double(i)) }
        let t = z + lanczosG + 0.5
        return 0.5 * log(2 * Double.pi) + (z + 0.5) * log(t) - t + log(sum)
    }

    /// P(a, x) = γ(a, x) / Γ(a), for shape a > 0 and x ≥ 0.
    public static func lowerRegularized(_ a: Double, _ x: Double) -> Double {
        guard x > 0 else { return 0 }
        guard x.isFinite else { return 1 }
        return x < a + 1 ? series(a, x) : 1 - continuedFraction(a, x)
    }

    /// Q(a, x) = 1 − P(a, x), computed directly so the upper tail keeps its precision.
    public static func upperRegularized(_ a: Double, _ x: Double) -> Double {
        guard x > 0 else { return 1 }
        guard x.isFinite else { return 0 }
        return x < a + 1 ? 1 - series(a, x) : continuedFraction(a, x)
    }

    /// The gamma density of shape a and scale 1: x^(a−1) e^(−x) / Γ(a).
    public static func density(_ a: Double, _ x: Double) -> Double {
        guard x > 0 else { return x == 0 && a == 1 ? 1 : 0 }
        return prefix(a, x) / x
    }

    /// The x with P(a, x) = p: the p-quantile of a gamma distribution of shape a and scale 1.
    public static func quantile(_ p: Double, shape a: Double) -> Double {
        guard p > 0 else { return 0 }
        guard p < 1 else { return .infinity }
        var guess: Double
        if a >= 1 {
            // Wilson–Hilferty: (X/a)^(1/3) is nearly normal with mean 1 − 1/(9a) and variance 1/(9a).
            let z = StandardNormal.quantile(p)
            guess = a * pow(max(1 - 1 / (9 * a) + z / (3 * a.squareRoot()), 0.01), 3)
        } else {
            // Small shapes (Numerical Recipes' invgammp): P(a, x) ≈ t·(x)^a near 0, exponential tail beyond.
            let t = 1 - a * (0.253 + a * 0.12)
            guess = p < t ? pow(p / t, 1 / a) : 1 - log(1 - (p - t) / (1 - t))
        }
        if !(guess > 0) || !guess.isFinite { guess = max(a, Double.leastNormalMagnitude) }
        // Upper quantiles are solved on Q so that p near 1 keeps its precision.
        let upper = p > 0.5
        let target = upper ? 1 - p : p
        return RootFinder.invertMonotone(
            target: target, increasing: !upper, guess: guess, lower: 0, upper: .infinity,
            function: { upper ? upperRegularized(a, $0) : lowerRegularized(a, $0) },
            derivative: { upper ? -density(a, $0) : density(a, $0) })
    }

    /// Σ xⁿ / (a(a+1)…(a+n)), times xᵃ e⁻ˣ / Γ(a): P(a, x) for x < a + 1.
    private static func series(_ a: Double, _ x: Double) -> Double {
        var term = 1 / a
        var sum = term
        var denominator = a
        for _ in 0..<maxIterations(a) {
            denominator += 1
            term *= x / denominator
            sum += term
            if abs(term) < abs(sum) * Double.ulpOfOne { break }
        }
        return sum * prefix(a, x)
    }

    /// Q(a, x) for x ≥ a + 1 by Lentz's method on the continued fraction 1/(x+1−a− 1·(1−a)/(x+3−a− …)).
    private static func continuedFraction(_ a: Double, _ x: Double) -> Double {
        let tiny = Double.leastNormalMagnitude / Double.ulpOfOne
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        for i in 1...maxIterations(a) {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= Double.ulpOfOne { break }
        }
        return prefix(a, x) * h
    }

    /// xᵃ e⁻ˣ / Γ(a), the factor both expansions share.
    ///
    /// For a ≥ 10 it is taken through Stirling's series, Γ(a) = √(2π/a) (a/e)ᵃ e^μ(a), as
    /// √(a/2π) · exp(a·(ln(1 + t) − t) − μ(a)) with t = (x − a)/a, so that no two terms of size a·ln a cancel
    /// (which would lose about a·ln(a)·10⁻¹⁶ in relative precision at large shapes).
    static func prefix(_ a: Double, _ x: Double) -> Double {
        guard a >= stirlingFrom else { return exp(-x + a * log(x) - logGamma(a)) }
        let t = (x - a) / a
        return (a / (2 * Double.pi)).squareRoot() * exp(a * (log1p(t) - t) - stirlingCorrection(a))
    }

    /// μ(a) = ln Γ(a) − [(a − ½) ln a − a + ½ ln 2π] = 1/(12a) − 1/(360a³) + 1/(1260a⁵) − 1/(1680a⁷) + 1/(1188a⁹) − …
    /// (error below 1e-14 from a = 10).
    static func stirlingCorrection(_ a: Double) -> Double {
        let inverse = 1 / a
        let inverse2 = inverse * inverse
        return inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 * (1.0 / 1_260 - inverse2 * (1.0 / 1_680 - inverse2 / 1_188))))
    }

    /// The shape from which `prefix` uses Stirling's series.
    private static let stirlingFrom = 10.0

    /// Near x ≈ a the terms shrink like exp(−n²/2a), so about 9√a of them reach double precision; the bound leaves
    /// room and still ends.
    private static func maxIterations(_ a: Double) -> Int {
        1_000 + Int(min(20 * a.squareRoot(), 1e7))
    }

    /// Lanczos coefficients for g = 7 and 9 terms (Godfrey's table, the one most libraries reproduce).
    private static let lanczosG = 7.0
    private static let lanczos = [
        0.999_999_999_999_809_93, 676.520_368_121_885_1, -1_259.139_216_722_402_8, 771.323_428_777_653_13, -176.615_029_162_140_59,
        12.507_343_278_686_905, -0.138_571_095_265_720_12, 9.984_369_578_019_571_6e-6, 1.505_632_735_149_311_6e-7,
    ]
}
