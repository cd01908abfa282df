/// One-dimensional root finding for the fits and quantiles: Brent's method on a bracket, and safeguarded Newton
/// steps for inverting a monotone function (a CDF) whose derivative (the density) is known.
public enum RootFinder {
    /// The most iterations either method takes; both converge in tens, this only bounds a pathological input.
    static let maxIterations = 300

    /// A root of `f` in [a, b] by Brent's method (inverse quadratic interpolation, secant and bisection), to an
    /// absolute tolerance `tolerance` in x. Returns nil unless f(a) and f(b) differ in sign.
    public static func brent(_ a: Double, _ b: Double, tolerance: Double, _ f: (Double) -> Double) -> Double? {
        var a = a
        var b = b
        var fa = f(a)
        var fb = f(b)
        if fa == 0 { return a }
        if fb == 0 { return b }
        guard fa.sign != fb.sign, fa.isFinite, fb.isFinite else { return nil }
        var c = b
        var fc = fb
        var d = b - a
        var e = d
        for _ in 0..<maxIterations {
            if fb.sign == fc.sign {
                c = a
                fc = fa
                d = b - a
                e = d
            }
            if abs(fc) < abs(fb) {
                (a, b, c) = (b, c, b)
                (fa, fb, fc) = (fb, fc, fb)
            }
            let tol = 2 * Double.ulpOfOne * abs(b) + 0.5 * tolerance
            let m = 0.5 * (c - b)
            if abs(m) <= tol || fb == 0 { return b }
            if abs(e) >= tol && abs(fa) > abs(fb) {
                // Interpolate: secant when a == c, else inverse quadratic.
                let s = fb / fa
                var p: Double
                var q: Double
                if a == c {
                    p = 2 * m * s
                    q = 1 - s
                } else {
                    let qa = fa / fc
                    let r = fb / fc
                    p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1))
                    q = (qa - 1) * (r - 1) * (s - 1)
                }
                if p > 0 { q = -q } else { p = -p }
                if 2 * p < min(3 * m * q - abs(tol * q), abs(e * q)) {
                    e = d
                    d = p / q
                } else {
                    d = m
                    e = m
                }
            } else {
                d = m
                e = m
            }
            a = b
            fa = fb
            b += abs(d) > tol ? d : (m > 0 ? tol : -tol)
            fb = f(b)
        }
        return b
    }

    /// The x in (lower, upper) with function(x) = target, for a monotone `function` with the given `derivative`.
    ///
    /// Newton steps from `guess`, each narrowing a bracket; a step that leaves the bracket or does not halve the
    /// last one is replaced by bisection (geometric when the bracket spans orders of magnitude, as the quantiles of
    /// small-shape gamma and beta distributions do). An infinite `upper` is found by doubling.
    public static func invertMonotone(
        target: Double, increasing: Bool, guess: Double, lower: Double, upper: Double,
        function: (Double) -> Double, derivative: (Double) -> Double
    ) -> Double {
        var lo = lower
        var hi = upper
        var x = guess
        if !(x > lo && x < hi) { x = hi.isFinite ? 0.5 * (lo + hi) : max(2 * lo, 1) }
        var lastStep = Double.infinity
        for _ in 0..<maxIterations {
            let fx = function(x) - target
            if fx == 0 { return x }
            if (fx > 0) == increasing { hi = x } else { lo = x }
            var next = x - fx / derivative(x)
            if !(next > lo && next < hi) || abs(next - x) > 0.5 * lastStep {
                next = bisect(lo, hi, around: x)
            }
            lastStep = abs(next - x)
            let collapsed = hi.isFinite && hi - lo <= 2 * hi.ulp
            if lastStep <= 4 * x.ulp || collapsed { return next }
            x = next
        }
        return x
    }

    /// A point between lo and hi: doubling toward an infinite hi, geometric across orders of magnitude, else the midpoint.
    private static func bisect(_ lo: Double, _ hi: Double, around x: Double) -> Double {
        if hi.isInfinite { return max(2 * x, 2 * lo, 1) }
        if lo <= 0 { return hi / 1_024 > Double.leastNormalMagnitude ? hi / 1_024 : 0.5 * (lo + hi) }
        if hi > 8 * lo { return (lo * hi).squareRoot() }
        return 0.5 * (lo + hi)
    }
}
