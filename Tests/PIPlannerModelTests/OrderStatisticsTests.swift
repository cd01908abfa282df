import Testing

@testable import PIPlannerModel

@Suite struct OrderStatisticsTests {
    func expectMatchesSort(_ values: [Double], _ ranks: [Int], _ note: String) {
        var scratch = [Double](repeating: .nan, count: values.count)
        let found = values.withUnsafeBufferPointer { v in
            scratch.withUnsafeMutableBufferPointer { OrderStatistics.values(atRanks: ranks, in: v, scratch: $0) }
        }
        let sorted = values.sorted()
        #expect(found == ranks.map { sorted[$0] }, "\(note)")
    }

    /// Smooth, skewed, heavy-tailed, all-equal, two-valued, sorted and infinite inputs: always what a sort gives.
    @Test func ranksAreThoseOfASortedCopy() {
        var g = Xoshiro256StarStar(seed: 21)
        for n in [1, 2, 5, 64, 1_000, 10_000] {
            let ranks = Array(Set([0, n / 10, n / 10 + 1, n / 2, (n / 2) + 1, (9 * n) / 10, n - 1].map { min($0, n - 1) })).sorted()
            let smooth = (0..<n).map { _ in g.nextOpenUnit() }
            expectMatchesSort(smooth, ranks, "uniform \(n)")
            expectMatchesSort(smooth.map { 1 / $0 }, ranks, "heavy tail \(n)")
            expectMatchesSort(smooth.map { $0 < 0.01 ? 1e12 : $0 }, ranks, "outliers \(n)")
            expectMatchesSort([Double](repeating: 3.28, count: n), ranks, "all equal \(n)")
            expectMatchesSort((0..<n).map { Double($0 % 2) }, ranks, "two values \(n)")
            expectMatchesSort((0..<n).map(Double.init), ranks, "sorted \(n)")
            expectMatchesSort(smooth.enumerated().map { $0.offset == 0 ? -.infinity : $0.element }, ranks, "infinite \(n)")
            expectMatchesSort(smooth.map { $0 * Double.leastNonzeroMagnitude * 1_000 }, ranks, "subnormal \(n)")
        }
    }

    @Test func valuesAreLeftUntouched() {
        let values: [Double] = [5, 3, 9, 1, 7]
        var scratch = [Double](repeating: 0, count: 5)
        let found = values.withUnsafeBufferPointer { v in
            scratch.withUnsafeMutableBufferPointer { OrderStatistics.values(atRanks: [0, 2, 4], in: v, scratch: $0) }
        }
        #expect(found == [1, 5, 9] && values == [5, 3, 9, 1, 7])
    }
}
