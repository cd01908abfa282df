/// xoshiro256** (Blackman & Vigna 2018): a fast 256-bit generator with 64-bit output, seeded through SplitMix64
/// as its authors recommend.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// A generator whose state is the next four outputs of SplitMix64 from `seed` (never all zero).
    public init(seed: UInt64) {
        var splitMix = SplitMix64(state: seed)
        s0 = splitMix.next()
        s1 = splitMix.next()
        s2 = splitMix.next()
        s3 = splitMix.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = SplitMix64.increment }
    }

    /// result = rotl(s1 × 5, 7) × 9, then the xor-shift-rotate state update.
    @inline(__always) public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform double strictly inside (0, 1): the top 53 bits, offset by half a step, so that inverse CDFs and
    /// logarithms never see 0 or 1. u = (⌊x / 2¹¹⌋ + ½) / 2⁵³.
    @inline(__always) public mutating func nextOpenUnit() -> Double {
        (Double(next() >> 11) + 0.5) * Self.unitStep
    }

    @inline(__always) private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// 2⁻⁵³: the spacing of 53-bit uniform doubles.
    private static let unitStep = 1.0 / 9_007_199_254_740_992.0
}
