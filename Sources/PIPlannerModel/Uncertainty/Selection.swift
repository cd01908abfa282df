/// Order statistics by selection (Hoare's quickselect, as C++'s `nth_element`) rather than a full sort: expected
/// O(n) for each statistic instead of O(n log n), in place on a scratch buffer.
public enum Selection {
    /// Rearranges `values[range]` so that `values[k]` is the value a sort would put there, with nothing greater
    /// before it and nothing smaller after it. Values must not be NaN.
    ///
    /// Median-of-three pivots; a range that has not shrunk to a quarter after a few rounds (adversarial input) is
    /// sorted instead, which bounds the worst case at O(n log n).
    public static func select(_ k: Int, in values: UnsafeMutableBufferPointer<Double>, range: Range<Int>) {
        precondition(range.contains(k) && range.upperBound <= values.count, "select: k outside the range")
        var lo = range.lowerBound
        var hi = range.upperBound - 1
        var rounds = 0
        var checkpoint = hi - lo
        while hi > lo {
            rounds += 1
            if rounds % roundsPerCheck == 0 {
                if (hi - lo) * 4 > checkpoint {
                    var rest = UnsafeMutableBufferPointer(rebasing: values[lo...hi])
                    rest.sort()
                    return
                }
                checkpoint = hi - lo
            }
            let pivot = medianOfThree(values, lo, lo + (hi - lo) / 2, hi)
            var i = lo
            var j = hi
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // Now values[lo...j] ≤ pivot ≤ values[i...hi], and everything between equals the pivot.
            if k <= j {
                hi = j
            } else if k >= i {
                lo = i
            } else {
                return
            }
        }
    }

    /// Places each of `ks` (any order, duplicates allowed) where a sort would, selecting the middle one first and
    /// then each side within its own part.
    public static func select(_ ks: [Int], in values: UnsafeMutableBufferPointer<Double>) {
        let sorted = Array(Set(ks)).sorted()
        selectSorted(sorted[...], in: values, range: 0..<values.count)
    }

    private static func selectSorted(_ ks: ArraySlice<Int>, in values: UnsafeMutableBufferPointer<Double>, range: Range<Int>) {
        guard !ks.isEmpty else { return }
        let middle = ks.startIndex + ks.count / 2
        let k = ks[middle]
        select(k, in: values, range: range)
        selectSorted(ks[..<middle], in: values, range: range.lowerBound..<k)
        selectSorted(ks[(middle + 1)...], in: values, range: (k + 1)..<range.upperBound)
    }

    /// Orders values[a], values[b], values[c] and returns the middle one (left at b).
    @inline(__always) private static func medianOfThree(_ v: UnsafeMutableBufferPointer<Double>, _ a: Int, _ b: Int, _ c: Int) -> Double {
        if v[b] < v[a] { v.swapAt(a, b) }
        if v[c] < v[b] { v.swapAt(b, c) }
        if v[b] < v[a] { v.swapAt(a, b) }
        return v[b]
    }

    /// How many partitioning rounds may pass before the range must have shrunk to a quarter.
    private static let roundsPerCheck = 4
}
