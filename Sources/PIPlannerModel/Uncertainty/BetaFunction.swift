import Foundation

/// The regularized incomplete beta function and its inverse: the CDF and quantile of a beta distribution.
///
/// I_x(a, b) = B(x; a, b) / B(a, b) by the continued fraction of Numerical Recipes, section 6.4 (modified Lentz), on x when
/// x < (a + 1)/(a + b + 2) and through I_x(a, b) = 1 − I_{1−x}(b, a) otherwise, where it converges fast.
public enum BetaFunction {
    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).
    public static func logBeta(_ a: Double, _ b: Double) -> Double {
        GammaFunction.logGamma(a) + GammaFunction.logGamma(b) - GammaFunction.logGamma(a + b)
    }

    /// I_x(a, b) for a, b > 0: 0 at x ≤ 0 and 1 at x ≥ 1.
    public static func regularizedIncomplete(_ x: Double, _ a: Double, _ b: Double) -> Double {
        guard x > 0 else { return 0 }
        guard x < 1 else { return 1 }
        let front = exp(a * log(x) + b * log1p(-x) - logBeta(a, b))
        if x < (a + 1) / (a + b + 2) { return front * continuedFraction(x, a, b) / a }
        return 1 - front * continuedFraction(1 - x, b, a) / b
    }

    /// The beta density x^(a−1) (1−x)^(b−1) / B(a, b) on (0, 1).
    public static func density(_ x: Double, _ a: Double, _ b: Double) -> Double {
        guard x > 0, x < 1 else { return 0 }
        return exp((a - 1) * log(x) + (b - 1) * log1p(-x) - logBeta(a, b))
    }

    /// The x in [0, 1] with I_x(a, b) = p, by safeguarded Newton steps from a normal approximation.
    public static func quantile(_ p: Double, _ a: Double, _ b: Double) -> Double {
        guard p > 0 else { return 0 }
        guard p < 1 else { return 1 }
        // Upper quantiles through the symmetry I_x(a, b) = 1 − I_{1−x}(b, a), so that 1 − x keeps its precision.
        if p > 0.5 { return 1 - quantile(1 - p, b, a) }
        let mean = a / (a + b)
        let sd = (a * b / ((a + b) * (a + b) * (a + b + 1))).squareRoot()
        let guess = min(max(mean + sd * StandardNormal.quantile(p), 1e-3 * mean), 1 - 1e-3 * (1 - mean))
        return RootFinder.invertMonotone(
            target: p, increasing: true, guess: guess, lower: 0, upper: 1,
            function: { regularizedIncomplete($0, a, b) }, derivative: { density($0, a, b) })
    }

    /// The continued fraction for I_x(a, b)·a / (xᵃ(1−x)ᵇ/B(a, b)), by the modified Lentz method.
    private static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = Double.leastNormalMagnitude / Double.ulpOfOne
        let qab = a + b
        let qap = a + 1
        let qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        // About √max(a, b) terms are needed near the mean; the bound only stops a runaway.
        let limit = 1_000 + Int(min(20 * max(a, b).squareRoot(), 1e7))
        for m in 1...limit {
            let m = Double(m)
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= Double.ulpOfOne { break }
        }
        return h
    }
}
