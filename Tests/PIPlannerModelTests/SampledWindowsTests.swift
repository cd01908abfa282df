import Foundation
import Testing

@testable import PIPlannerModel

/// `SampledWindows` against a second method, a full sort: the same order statistics, the same mean as
/// `Summary.meanAndRange`, and nil (so the caller falls back) where a window cannot hold its rank.
@Suite struct SampledWindowsTests {
    /// A reproducible stream of uniforms in (0, 1).
    struct Uniforms {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (Double(state >> 11) + 0.5) / 9_007_199_254_740_992
        }
    }

    func check(_ values: [Double], ranks: [Int], expectFound: Bool? = nil) {
        var scratch = [Double](repeating: 0, count: values.count + SampledWindows.maximumWindows)
        let result = values.withUnsafeBufferPointer { v in
            scratch.withUnsafeMutableBufferPointer { SampledWindows.run(v, ranks: ranks, scratch: $0) }
        }
        if let expectFound { #expect((result != nil) == expectFound) }
        guard let result else { return }
        let sorted = values.sorted()
        #expect(result.found == ranks.map { sorted[$0] })
        let (mean, lowest, highest) = values.withUnsafeBufferPointer { Summary.meanAndRange($0) }
        #expect(result.mean == mean && result.lowest == lowest && result.highest == highest)
    }

    func percentileRanks(_ n: Int) -> [Int] {
        var ranks: Set<Int> = []
        for p in [0.1, 0.5, 0.9] {
            let k = Int(Double(n - 1) * p)
            ranks.insert(k)
            ranks.insert(min(k + 1, n - 1))
        }
        return ranks.sorted()
    }

    @Test func smoothSkewedAndRoundedDrawsGiveTheSortsOrderStatistics() {
        var u = Uniforms(state: 42)
        for n in [4_096, 5_000, 10_000, 20_001] {
            var normalish: [Double] = []
            for _ in 0..<n { normalish.append(u.next() + u.next() + u.next() + u.next()) }
            let lognormal = (0..<n).map { _ in exp(3 * (u.next() - 0.5)) * 1_000 }
            // Costs in whole pence: many exact ties.
            let pence = (0..<n).map { _ in (u.next() * 400).rounded() / 100 }
            for values in [normalish, lognormal, pence] { check(values, ranks: percentileRanks(n), expectFound: true) }
        }
    }

    @Test func tiedOrTooSmallSetsFallBack() {
        check([Double](repeating: 3.28, count: 10_000), ranks: percentileRanks(10_000), expectFound: false)
        check((0..<1_000).map(Double.init), ranks: percentileRanks(1_000), expectFound: false)
        // Two values only: each window is swamped by ties.
        check((0..<10_000).map { Double($0 % 2) }, ranks: percentileRanks(10_000), expectFound: false)
    }

    @Test func sortedAndReversedInputsStillAgree() {
        let ascending = (0..<10_000).map { Double($0) * 0.37 }
        check(ascending, ranks: percentileRanks(10_000))
        check(ascending.reversed(), ranks: percentileRanks(10_000))
    }

    @Test func theSummaryIsTheSameWithEitherMethod() {
        var u = Uniforms(state: 7)
        let values = (0..<10_000).map { _ in -log(u.next()) }
        var scratch = [Double](repeating: 0, count: values.count)
        // A scratch buffer without the extra slots leaves the windows unused: the bucket method alone.
        let buckets = values.withUnsafeBufferPointer { v in scratch.withUnsafeMutableBufferPointer { Summary(v, scratch: $0) } }
        #expect(Summary(values) == buckets)
    }
}
