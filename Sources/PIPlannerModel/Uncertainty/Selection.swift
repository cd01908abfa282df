import Foundation

/// Order statistics by selection rather than a full sort: expected O(n) for each statistic instead of O(n log n), in
/// place on a scratch buffer.
public enum Selection {
    /// Rearranges `values[range]` so that `values[k]` is the value a sort would put there, with nothing greater
    /// before it and nothing smaller after it (C++'s `nth_element`). Values must not be NaN.
    ///
    /// Floyd & Rivest's SELECT (CACM 18(3), 1975): on a range of more than 600 values it first selects k within a
    /// sample-sized window around k's expected place, so that the pivot lands next to the k-th value and one
    /// partition of about n + min(k, n − k) comparisons nearly finishes the job (Hoare's quickselect needs about
    /// 3.4n for a median). Partitions compare with < and >, so equal values (a fixed figure's draws) split evenly.
    /// After 2⌈log₂ n⌉ rounds without finishing (adversarial input, as introselect bounds it) the rest is sorted,
    /// so the worst case is O(n log n).
    public static func select(_ k: Int, in values: UnsafeMutableBufferPointer<Double>, range: Range<Int>) {
        precondition(range.contains(k) && range.upperBound <= values.count, "select: k outside the range")
        var roundsLeft = 2 * (Int.bitWidth - range.count.leadingZeroBitCount)
        floydRivest(k, values, range.lowerBound, range.upperBound - 1, &roundsLeft)
    }

    private static func floydRivest(_ k: Int, _ v: UnsafeMutableBufferPointer<Double>, _ left: Int, _ right: Int, _ roundsLeft: inout Int) {
        var left = left
        var right = right
        while right > left {
            roundsLeft -= 1
            if roundsLeft < 0 {
                var rest = UnsafeMutableBufferPointer(rebasing: v[left...right])
                rest.sort()
                return
            }
            if right - left > sampleFrom {
                // A window holding k's place with high probability: s = n^(2/3)/2 values, offset by sd.
                let n = Double(right - left + 1)
                let i = Double(k - left + 1)
                let z = log(n)
                let s = 0.5 * exp(2 * z / 3)
                let sd = 0.5 * (z * s * (n - s) / n).squareRoot() * (i - n / 2 < 0 ? -1 : 1)
                let newLeft = max(left, Int(Double(k) - i * s / n + sd))
                let newRight = min(right, Int(Double(k) + (n - i) * s / n + sd))
                floydRivest(k, v, newLeft, newRight, &roundsLeft)
            }
            // Partition around t = v[k], kept at an end as a sentinel.
            let t = v[k]
            var i = left
            var j = right
            v.swapAt(left, k)
            if v[right] > t { v.swapAt(right, left) }
            while i < j {
                v.swapAt(i, j)
                i += 1
                j -= 1
                while v[i] < t { i += 1 }
                while v[j] > t { j -= 1 }
            }
            if v[left] == t {
                v.swapAt(left, j)
            } else {
                j += 1
                v.swapAt(j, right)
            }
            // Now v[j] = t, with nothing greater before it and nothing smaller after it.
            if j <= k { left = j + 1 }
            if k <= j { right = j - 1 }
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

    /// Floyd & Rivest's threshold: ranges longer than this are narrowed by sampling first.
    private static let sampleFrom = 600
}
