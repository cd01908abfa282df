import Testing

@testable import PIPlannerModel

@Suite struct SummaryTests {
    /// Type-7 percentile of sorted values: x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋), h = (n − 1)p.
    func sortedPercentile(_ sorted: [Double], _ p: Double) -> Double {
        let h = Double(sorted.count - 1) * p
        let k = Int(h)
        return sorted[k] + (h - Double(k)) * (sorted[min(k + 1, sorted.count - 1)] - sorted[k])
    }

    @Test func percentilesEqualThoseOfASortedCopy() {
        var generator = Xoshiro256StarStar(seed: 5)
        for n in [1, 2, 3, 7, 10, 999, 1_000, 10_000] {
            let values = (0..<n).map { _ in 1_000 * generator.nextOpenUnit() - 200 }
            let sorted = values.sorted()
            let summary = Summary(values)
            #expect(summary.p10 == sortedPercentile(sorted, 0.1), "P10 of \(n)")
            #expect(summary.p50 == sortedPercentile(sorted, 0.5), "P50 of \(n)")
            #expect(summary.p90 == sortedPercentile(sorted, 0.9), "P90 of \(n)")
            #expect(isClose(summary.mean, values.reduce(0, +) / Double(n), relativeTolerance: 1e-12))
            #expect(summary.count == n)
        }
        // NumPy: np.percentile([1, 2, 3, 4], [10, 50, 90]) = [1.3, 2.5, 3.7].
        let small = Summary([4, 1, 3, 2])
        #expect(isClose(small.p10, 1.3) && small.p50 == 2.5 && isClose(small.p90, 3.7))
    }

    @Test func summaryLeavesItsInputUntouched() {
        let values: [Double] = [5, 3, 9, 1, 7]
        var scratch = [Double](repeating: 0, count: 8)
        let summary = values.withUnsafeBufferPointer { v in scratch.withUnsafeMutableBufferPointer { Summary(v, scratch: $0) } }
        #expect(values == [5, 3, 9, 1, 7] && summary.p50 == 5)
    }

    @Test func equalValuesGiveEqualPercentiles() {
        let summary = Summary([Double](repeating: 3.28, count: 1_000))
        #expect(summary.p10 == 3.28 && summary.p50 == 3.28 && summary.p90 == 3.28 && isClose(summary.mean, 3.28, relativeTolerance: 1e-15))
    }

    /// Infinitely costly draws: sorted x₀…x₁₀ = 0…9, ∞ has h = 10 × 0.9 = 9 exactly for P90, so P90 = x₉ = 9 (not
    /// 9 + 0 × ∞); P50 = x₅ = 5; the mean is ∞. All infinite: every statistic ∞. Infinite both ways: no mean.
    @Test func infiniteDrawsGiveInfiniteStatisticsNotNaN() {
        let oneInfinite = Summary((0..<10).map(Double.init) + [.infinity])
        #expect(oneInfinite.p10 == 1 && oneInfinite.p50 == 5 && oneInfinite.p90 == 9 && oneInfinite.mean == .infinity)
        let allInfinite = Summary([Double](repeating: .infinity, count: 50))
        #expect(allInfinite.p10 == .infinity && allInfinite.p50 == .infinity && allInfinite.p90 == .infinity)
        #expect(allInfinite.mean == .infinity)
        // Nine ∞ of ten: P10 has h = 0.9, between x₀ = 1 and x₁ = ∞, so ∞.
        let mostlyInfinite = Summary([1] + [Double](repeating: .infinity, count: 9))
        #expect(mostlyInfinite.p10 == .infinity && mostlyInfinite.p50 == .infinity && mostlyInfinite.mean == .infinity)
        let bothWays = Summary([-.infinity, 0, .infinity])
        #expect(bothWays.p50 == 0 && bothWays.mean.isNaN && bothWays.p10 == -.infinity && bothWays.p90 == .infinity)
    }

    /// Without the mean (what the batch CSV asks for) the percentiles are the same and the mean is NaN.
    @Test func percentilesWithoutTheMeanAreTheSame() {
        var generator = Xoshiro256StarStar(seed: 9)
        let values = (0..<2_001).map { _ in generator.nextOpenUnit() }
        var scratch = [Double](repeating: 0, count: values.count)
        let (full, bare) = values.withUnsafeBufferPointer { v in
            scratch.withUnsafeMutableBufferPointer { (Summary(v, scratch: $0), Summary(v, scratch: $0, withMean: false)) }
        }
        #expect(full.p10 == bare.p10 && full.p50 == bare.p50 && full.p90 == bare.p90 && bare.mean.isNaN && !full.mean.isNaN)
    }

    @Test func probabilityIsTheShareOfDrawsWherePredicateHolds() {
        #expect(Summary.probability([-1, 0, 2, 3], where: { $0 <= 0 }) == 0.5)
        #expect(Summary.probability([], where: { $0 <= 0 }).isNaN)
    }

    /// The counted summary of 0s and 1s against the second method, selection over the same values.
    @Test func indicatorSummaryEqualsSelection() {
        for (n, ones) in [(1, 0), (1, 1), (10, 3), (11, 1), (1_000, 900), (1_000, 901), (10_000, 5_000), (10_000, 1), (7, 7)] {
            var values = [Double](repeating: 0, count: n)
            // Scattered, not sorted: the counting must not depend on the order.
            for i in 0..<ones { values[(i * 7_919) % n] = 1 }
            #expect(values.filter { $0 == 1 }.count == ones)
            let counted = values.withUnsafeBufferPointer { Summary.indicator($0) }
            #expect(counted == Summary(values), "n \(n), ones \(ones)")
        }
        #expect([0.0, 0.5, 1].withUnsafeBufferPointer { Summary.indicator($0) } == nil, "not an indicator")
    }
}
