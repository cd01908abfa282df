/// A few order statistics of a large set of values, and its mean, least and greatest, in one pass.
///
/// Floyd & Rivest's idea (CACM 18(3), 1975) applied to every wanted rank at once: a sorted systematic sample of
/// m values (every ⌊n/m⌋-th) places rank k of n, with high probability, between the sample's values at
/// q·m ∓ s·√(q(1 − q)m) (q = k/n, s = `spread`). One branch-free pass then counts, for each such window [a, b], the
/// values at least a and copies the values inside it, while adding up the mean (`CompensatedSum`) and the range;
/// selection inside each window finishes. Rank k lies in window [a, b] exactly when the values below a number at
/// most k and those up to b more than k, and that is checked, so the result is exactly what a sort would give. A
/// window that misses its rank or overflows its space (a skewed or heavily tied set) gives nil, and the caller uses
/// `OrderStatistics`. For 10,000 draws the windows hold a few per cent of the values, so the cost is one pass
/// instead of three.
enum SampledWindows {
    /// Sample size m; sets smaller than `minimumCount` are left to `OrderStatistics`.
    static let sampleSize = 512
    static let minimumCount = 8 * sampleSize
    /// Half-width of a window in standard deviations of a sample quantile's rank, s: misses are then very rare.
    static let spread = 5.0
    /// The most windows one pass tracks (P10, P50 and P90).
    static let maximumWindows = 3

    /// The mean, least and greatest of `values` (not NaN) and the value of each of `ranks` (ascending, each below the
    /// count), using `scratch` (at least `values.count` + `maximumWindows` long); nil when a window misses.
    static func run(
        _ values: UnsafeBufferPointer<Double>, ranks: [Int], scratch: UnsafeMutableBufferPointer<Double>
    ) -> (mean: Double, lowest: Double, highest: Double, found: [Double])? {
        let n = values.count
        guard n >= minimumCount, !ranks.isEmpty, ranks.count <= 2 * maximumWindows,
            scratch.count >= n + maximumWindows
        else { return nil }
        guard let windows = windows(values, ranks: ranks, scratchCount: scratch.count - maximumWindows) else { return nil }
        let pass = onePass(values, windows, scratch)
        var found: [Double] = []
        for rank in ranks {
            guard let w = windows.firstIndex(where: { $0.ranks.contains(rank) }) else { return nil }
            let below = n - pass.atLeastLow[w]
            let inside = pass.inside[w]
            guard inside <= windows[w].capacity, below <= rank, rank < below + inside else { return nil }
            let start = windows[w].start
            Selection.select(start + rank - below, in: scratch, range: start..<(start + inside))
            found.append(scratch[start + rank - below])
        }
        return (pass.mean, pass.lowest, pass.highest, found)
    }

    /// One window: its bounds, the ranks it must hold, and its space in scratch (one more slot than `capacity`, for
    /// the value a full window overwrites).
    struct Window {
        var low: Double
        var high: Double
        var ranks: ClosedRange<Int>
        var start: Int
        var capacity: Int
    }

    /// The windows of `ranks` from the sorted sample, neighbours that would overlap merged; nil when their space would
    /// not fit in `scratchCount`.
    static func windows(_ values: UnsafeBufferPointer<Double>, ranks: [Int], scratchCount: Int) -> [Window]? {
        let n = values.count
        let m = sampleSize
        let step = n / m
        var sample = (0..<m).map { values[$0 * step] }
        sample.sort()
        func sampleIndex(_ rank: Int, _ side: Double) -> Int {
            let q = Double(rank) / Double(n)
            let centre = q * Double(m)
            return Int((centre + side * spread * (q * (1 - q) * Double(m)).squareRoot()).rounded(side < 0 ? .down : .up)) + Int(side)
        }
        var result: [Window] = []
        // Ranks k and k + 1 of one percentile share a window; ranks far apart get their own.
        for rank in ranks {
            let a = sampleIndex(rank, -1)
            let b = sampleIndex(rank, 1)
            let low = a < 0 ? -Double.infinity : sample[min(a, m - 1)]
            let high = b >= m ? Double.infinity : sample[max(b, 0)]
            if var last = result.last, low <= last.high {
                last.high = max(last.high, high)
                last.ranks = last.ranks.lowerBound...rank
                result[result.count - 1] = last
            } else {
                result.append(Window(low: low, high: high, ranks: rank...rank, start: 0, capacity: 0))
            }
        }
        guard result.count <= maximumWindows else { return nil }
        // Space for half as much again as the sample's share inside each window (a count's standard deviation is
        // far smaller), and a little more.
        var start = 0
        for w in result.indices {
            let inSample = sample.filter { $0 >= result[w].low && $0 <= result[w].high }.count
            result[w].start = start
            result[w].capacity = min(n, (3 * (inSample + 4) * n) / (2 * m))
            start += result[w].capacity + 1
        }
        return start <= scratchCount ? result : nil
    }

    /// The pass: for each window the count of values at least its low bound and the count inside it, its values
    /// copied to its space (a write every value, the position advancing only when the value is inside), and the
    /// mean and range.
    private static func onePass(
        _ values: UnsafeBufferPointer<Double>, _ windows: [Window], _ scratch: UnsafeMutableBufferPointer<Double>
    ) -> (atLeastLow: [Int], inside: [Int], mean: Double, lowest: Double, highest: Double) {
        // Unused windows are empty (nothing is at least +∞ and at most −∞) and write to a slot of their own at the end.
        func bound(_ w: Int) -> Window {
            w < windows.count
                ? windows[w] : Window(low: .infinity, high: -.infinity, ranks: 0...0, start: scratch.count - 1 - w, capacity: 0)
        }
        let (w0, w1, w2) = (bound(0), bound(1), bound(2))
        let base = scratch.baseAddress!
        var (geLow0, geLow1, geLow2) = (0, 0, 0)
        var (in0, in1, in2) = (0, 0, 0)
        var lo = values[0]
        var hi = values[0]
        var sum = CompensatedSum()
        for x in values {
            sum.add(x)
            lo = x < lo ? x : lo
            hi = x > hi ? x : hi
            let a0 = x >= w0.low ? 1 : 0
            let a1 = x >= w1.low ? 1 : 0
            let a2 = x >= w2.low ? 1 : 0
            geLow0 &+= a0
            geLow1 &+= a1
            geLow2 &+= a2
            base[w0.start + min(in0, w0.capacity)] = x
            base[w1.start + min(in1, w1.capacity)] = x
            base[w2.start + min(in2, w2.capacity)] = x
            in0 &+= a0 & (x <= w0.high ? 1 : 0)
            in1 &+= a1 & (x <= w1.high ? 1 : 0)
            in2 &+= a2 & (x <= w2.high ? 1 : 0)
        }
        return ([geLow0, geLow1, geLow2], [in0, in1, in2], sum.total / Double(values.count), lo, hi)
    }
}
