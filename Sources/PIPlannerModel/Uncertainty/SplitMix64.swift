/// SplitMix64 (Steele, Lea & Flood 2014; Vigna's reference code): a 64-bit counter passed through a strong mixing
/// function. Used to expand one 64-bit seed into the 256-bit state of `Xoshiro256StarStar`, and as a hash.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    /// Adds the golden-ratio increment and returns the mixed counter.
    public mutating func next() -> UInt64 {
        state &+= Self.increment
        return Self.mix(state)
    }

    /// The finalizer: z ^= z >> 30; z *= 0xBF58476D1CE4E5B9; z ^= z >> 27; z *= 0x94D049BB133111EB; z ^= z >> 31.
    @inline(__always) public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// ⌊2⁶⁴/φ⌋, odd: successive states visit every 64-bit value once.
    static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15
}
