/// P10, P50, P90 and mean of one output over the draws, the percentiles found by selection (`OrderStatistics`)
/// rather than a sort.
///
/// Percentiles interpolate between order statistics (Hyndman & Fan type 7, the default of R and NumPy): with the
/// n values sorted as x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1)p, P = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋).
/// The mean is a compensated (Neumaier) sum over n, in draw order, so it is the same whatever the threads. An
/// infinitely costly draw (one `Money` cannot hold) makes the mean infinite, and a percentile whose neighbours are
/// both infinite is infinite.
public struct Summary: Sendable, Equatable {
    public var p10: Double
    public var p50: Double
    public var p90: Double
    public var mean: Double
    /// The number of draws summarised.
    public var count: Int

    public init(p10: Double, p50: Double, p90: Double, mean: Double, count: Int) {
        self.p10 = p10
        self.p50 = p50
        self.p90 = p90
        self.mean = mean
        self.count = count
    }

    /// Summarises `values` (not NaN, at least one), leaving them untouched; `scratch` (at least as long) is
    /// working space for `OrderStatistics`. Without `withMean` the mean is NaN and the values are read once less,
    /// for a report that prints only percentiles.
    public init(_ values: UnsafeBufferPointer<Double>, scratch: UnsafeMutableBufferPointer<Double>, withMean: Bool = true) {
        self = Self.selecting(values, scratch: scratch, withMean: withMean).summary
    }

    /// The summary of `values` and the order statistics it came from (at `ranks(count:)`), which give the summary of
    /// values that are these scaled (`DrawRunner.summarize`).
    static func selecting(
        _ values: UnsafeBufferPointer<Double>, scratch: UnsafeMutableBufferPointer<Double>, withMean: Bool
    ) -> (summary: Summary, orderStatistics: [Double]) {
        precondition(!values.isEmpty && scratch.count >= values.count, "Summary: no values, or a scratch buffer too short")
        let (mean, lowest, highest): (Double, Double, Double)
        if withMean {
            (mean, lowest, highest) = Self.meanAndRange(values)
        } else {
            let range = OrderStatistics.range(values)
            (mean, lowest, highest) = (.nan, range.lowest, range.highest)
        }
        let found = OrderStatistics.values(
            atRanks: ranks(count: values.count), in: values, scratch: scratch, lowest: lowest, highest: highest)
        return (Summary(orderStatistics: found, count: values.count, mean: mean), found)
    }

    static let probabilities = [Distribution.p10Probability, 0.5, Distribution.p90Probability]

    /// The ranks whose values the percentiles of n values interpolate between, x⌊h⌋ and x⌊h⌋₊₁ for each, ascending
    /// and once each, so that they are found together.
    static func ranks(count n: Int) -> [Int] {
        var ranks: [Int] = []
        for p in probabilities {
            let k = Int(Double(n - 1) * p)
            ranks += [k, min(k + 1, n - 1)]
        }
        return Array(Set(ranks)).sorted()
    }

    /// The summary of n values whose order statistics at `ranks(count: n)` are `found`, with their `mean`.
    init(orderStatistics found: [Double], count n: Int, mean: Double) {
        let ranks = Self.ranks(count: n)
        func statistic(_ rank: Int) -> Double { found[ranks.firstIndex(of: rank)!] }
        func percentile(_ p: Double) -> Double {
            let h = Double(n - 1) * p
            let k = Int(h)
            let (below, above, fraction) = (statistic(k), statistic(min(k + 1, n - 1)), h - Double(k))
            // What the interpolation gives, where an infinite draw would make it NaN (∞ − ∞, 0 × ∞): x⌊h⌋ for equal
            // neighbours or no fraction, and an infinite neighbour otherwise.
            if below == above || fraction == 0 || below == -.infinity { return below }
            return above == .infinity ? above : below + fraction * (above - below)
        }
        self.init(
            p10: percentile(Self.probabilities[0]), p50: percentile(Self.probabilities[1]), p90: percentile(Self.probabilities[2]),
            mean: mean, count: n)
    }

    /// The summary of an indicator, every value 0 or 1, without selection: with c ones among n values the sorted
    /// values are n − c zeros then c ones, so x_i = 1 exactly when i ≥ n − c, and the percentiles interpolate between
    /// those as between any order statistics; the mean is c ÷ n (the compensated sum of 0s and 1s is exact). Nil when
    /// a value is neither.
    public static func indicator(_ values: UnsafeBufferPointer<Double>) -> Summary? {
        guard !values.isEmpty else { return nil }
        var ones = 0
        var others = 0
        for x in values {
            ones &+= x == 1 ? 1 : 0
            others &+= x == 1 || x == 0 ? 0 : 1
        }
        guard others == 0 else { return nil }
        let n = values.count
        return Summary(
            orderStatistics: ranks(count: n).map { $0 >= n - ones ? 1 : 0 }, count: n, mean: Double(ones) / Double(n))
    }

    /// No summary (every statistic NaN, no draws counted), for an output no report reads.
    public static let notSummarised = Summary(p10: .nan, p50: .nan, p90: .nan, mean: .nan, count: 0)

    /// Summarises an array (allocating its own scratch buffer).
    public init(_ values: [Double]) {
        var scratch = [Double](repeating: 0, count: values.count)
        self = values.withUnsafeBufferPointer { v in scratch.withUnsafeMutableBufferPointer { Summary(v, scratch: $0) } }
    }

    /// Σx / n by Neumaier's compensated summation.
    public static func mean(_ values: UnsafeBufferPointer<Double>) -> Double { values.isEmpty ? .nan : meanAndRange(values).mean }

    /// The mean (as `mean`) and the least and greatest value, in one pass over `values` (not empty, not NaN).
    static func meanAndRange(_ values: UnsafeBufferPointer<Double>) -> (mean: Double, lowest: Double, highest: Double) {
        var sum = CompensatedSum()
        var lo = values[0]
        var hi = values[0]
        for x in values {
            sum.add(x)
            lo = x < lo ? x : lo
            hi = x > hi ? x : hi
        }
        // One infinite draw makes the mean infinite (the compensation alone would make it NaN); draws infinite both
        // ways have no mean.
        if hi == .infinity || lo == -.infinity {
            return (hi == .infinity && lo == -.infinity ? .nan : (hi == .infinity ? hi : lo), lo, hi)
        }
        return (sum.total / Double(values.count), lo, hi)
    }

    /// The share of draws for which `predicate` holds: e.g. the probability that the existing workforce covers
    /// the need, `Summary.probability(gapWTE) { $0 <= 0 }`.
    public static func probability(_ values: UnsafeBufferPointer<Double>, where predicate: (Double) -> Bool) -> Double {
        guard !values.isEmpty else { return .nan }
        var count = 0
        for x in values where predicate(x) { count += 1 }
        return Double(count) / Double(values.count)
    }

    /// The share of draws for which `predicate` holds, for an array.
    public static func probability(_ values: [Double], where predicate: (Double) -> Bool) -> Double {
        values.withUnsafeBufferPointer { probability($0, where: predicate) }
    }
}
