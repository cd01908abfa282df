/// Several order statistics of one set of values at once: bucket selection, then selection inside the buckets.
///
/// The values' range [lo, hi] is cut into B equal buckets, b(x) = min(round((x − lo)·B/(hi − lo)), B − 1), a map that
/// never decreases with x, so every value of bucket b is at most every value of bucket b + 1. One pass counts the
/// buckets; running totals then name the bucket holding each wanted rank and its rank within the bucket; a second
/// pass copies only those buckets' values to scratch, where `Selection` finds each rank. The result is exactly what
/// a sort would give. For draws of a smooth distribution each bucket holds a handful of values, so the cost is two
/// branch-light passes instead of repeated partitioning; a heavily skewed set (most values in one bucket) falls back
/// to selection on that bucket, no worse than selection on the whole.
public enum OrderStatistics {
    /// The values of ranks `ranks` (0-based, ascending, each below `values.count`) among `values` (not NaN),
    /// using `scratch` (at least `values.count` long); `values` is left untouched.
    public static func values(
        atRanks ranks: [Int], in values: UnsafeBufferPointer<Double>, scratch: UnsafeMutableBufferPointer<Double>
    ) -> [Double] {
        precondition(scratch.count >= values.count && ranks.allSatisfy { $0 >= 0 && $0 < values.count }, "OrderStatistics: bad ranks")
        guard !ranks.isEmpty else { return [] }
        let (lo, hi) = range(values)
        return self.values(atRanks: ranks, in: values, scratch: scratch, lowest: lo, highest: hi)
    }

    /// The least and greatest of `values` (not empty, not NaN) in one pass.
    static func range(_ values: UnsafeBufferPointer<Double>) -> (lowest: Double, highest: Double) {
        // Plain comparisons (values are not NaN) compile to one minsd/maxsd each, where min() and max() add NaN
        // handling to every step.
        var lo = values[0]
        var hi = values[0]
        for x in values {
            lo = x < lo ? x : lo
            hi = x > hi ? x : hi
        }
        return (lo, hi)
    }

    /// `values(atRanks:in:scratch:)` given the values' least and greatest, for a caller that has read them in a pass
    /// of its own (`Summary` with its mean): the buffer is read once less.
    static func values(
        atRanks ranks: [Int], in values: UnsafeBufferPointer<Double>, scratch: UnsafeMutableBufferPointer<Double>, lowest lo: Double,
        highest hi: Double
    ) -> [Double] {
        guard !ranks.isEmpty else { return [] }
        if lo == hi { return ranks.map { _ in lo } }
        let span = hi - lo
        guard span.isFinite else { return bySelection(ranks, values, scratch) }
        let bucketCount = min(max(values.count / valuesPerBucket, minimumBuckets), maximumBuckets)
        let scale = Double(bucketCount) / span
        guard scale.isFinite else { return bySelection(ranks, values, scratch) }
        // (x − lo)·scale lies in [0, B]; adding 2^52 leaves its nearest whole number in the low bits of the double, with
        // none of the range checks of Int(_:). Rounding to nearest instead of down still never decreases with x, which
        // is all the buckets need.
        @inline(__always) func bucket(_ x: Double) -> Int {
            min(Int(truncatingIfNeeded: ((x - lo) * scale + 0x1p52).bitPattern & 0xFFFF_FFFF), bucketCount - 1)
        }

        var counts = [Int32](repeating: 0, count: bucketCount)
        // Each value's bucket is kept from the counting pass (at most 2^14 buckets: two bytes a value), so the copying
        // pass reads it instead of working it out again.
        let (slot, starts, targets) = withUnsafeTemporaryAllocation(of: UInt16.self, capacity: values.count) { buckets in
            counts.withUnsafeMutableBufferPointer { c in
                for (i, x) in values.enumerated() {
                    let b = bucket(x)
                    buckets[i] = UInt16(truncatingIfNeeded: b)
                    c[b] &+= 1
                }
            }
            let located = locate(ranks, counts)
            var fill = located.starts
            located.slot.withUnsafeBufferPointer { s in
                fill.withUnsafeMutableBufferPointer { f in
                    for (i, x) in values.enumerated() {
                        let j = s[Int(buckets[i])]
                        if j >= 0 {
                            scratch[f[Int(j)]] = x
                            f[Int(j)] += 1
                        }
                    }
                }
            }
            return located
        }
        return targets.map { target in
            let i = Int(slot[target.bucket])
            let range = starts[i]..<(starts[i] + Int(counts[target.bucket]))
            Selection.select(range.lowerBound + target.rankInBucket, in: scratch, range: range)
            return scratch[range.lowerBound + target.rankInBucket]
        }
    }

    /// The bucket holding each rank and the rank inside it, a slot for each bucket needed (-1 for the others), and
    /// where each needed bucket's values start in scratch: needed buckets laid out one after another, in order
    /// (ranks ascend, so buckets are met in order).
    private static func locate(
        _ ranks: [Int], _ counts: [Int32]
    ) -> (slot: [Int32], starts: [Int], targets: [(bucket: Int, rankInBucket: Int)]) {
        var slot = [Int32](repeating: -1, count: counts.count)
        var starts: [Int] = []
        var targets: [(bucket: Int, rankInBucket: Int)] = []
        var below = 0
        var offset = 0
        var b = 0
        for rank in ranks {
            while below + Int(counts[b]) <= rank {
                below += Int(counts[b])
                b += 1
            }
            if slot[b] < 0 {
                slot[b] = Int32(starts.count)
                starts.append(offset)
                offset += Int(counts[b])
            }
            targets.append((b, rank - below))
        }
        return (slot, starts, targets)
    }

    /// Selection on a copy of all the values (when the range or its scale is not finite).
    private static func bySelection(
        _ ranks: [Int], _ values: UnsafeBufferPointer<Double>, _ scratch: UnsafeMutableBufferPointer<Double>
    ) -> [Double] {
        let work = UnsafeMutableBufferPointer(rebasing: scratch[0..<values.count])
        _ = work.initialize(fromContentsOf: values)
        Selection.select(ranks, in: work)
        return ranks.map { work[$0] }
    }

    /// About this many values a bucket on average, within these bounds on the number of buckets.
    private static let valuesPerBucket = 4
    private static let minimumBuckets = 16
    /// At most 2^16, so that a value's bucket fits the two bytes the counting pass keeps it in.
    private static let maximumBuckets = 1 << 14
}
