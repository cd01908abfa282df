import Testing

@testable import PIPlannerModel

@Suite struct SelectionTests {
    /// Random, all-equal, few-distinct, sorted, reversed and organ-pipe inputs of several sizes.
    static func inputs() -> [[Double]] {
        var generator = Xoshiro256StarStar(seed: 11)
        var cases: [[Double]] = []
        for n in [1, 2, 3, 10, 101, 1_000, 10_000] {
            cases.append((0..<n).map { _ in generator.nextOpenUnit() })
            cases.append([Double](repeating: 4, count: n))
            cases.append((0..<n).map { _ in Double(generator.next() % 3) })
            cases.append((0..<n).map(Double.init))
            cases.append((0..<n).map { Double(n - $0) })
            cases.append((0..<n).map { Double(min($0, n - $0)) })
        }
        return cases
    }

    @Test func selectPlacesWhatASortWould() {
        var generator = Xoshiro256StarStar(seed: 12)
        for input in Self.inputs() {
            let sorted = input.sorted()
            for k in Set([0, input.count / 10, input.count / 2, input.count - 1, Int(generator.next() % UInt64(input.count))]) {
                var work = input
                work.withUnsafeMutableBufferPointer { Selection.select(k, in: $0, range: 0..<$0.count) }
                #expect(work[k] == sorted[k], "k \(k) of \(input.count)")
                #expect(work[..<k].allSatisfy { $0 <= work[k] } && work[(k + 1)...].allSatisfy { $0 >= work[k] })
                #expect(work.sorted() == sorted, "a permutation of the input")
            }
        }
    }

    @Test func multiSelectPlacesEveryIndex() {
        for input in Self.inputs() where input.count > 3 {
            let sorted = input.sorted()
            let ks = [input.count / 10, input.count / 10 + 1, input.count / 2, input.count - 1, input.count / 2]
            var work = input
            work.withUnsafeMutableBufferPointer { Selection.select(ks, in: $0) }
            for k in ks { #expect(work[k] == sorted[k]) }
        }
    }
}
