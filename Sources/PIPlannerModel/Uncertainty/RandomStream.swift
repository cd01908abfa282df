/// Counter-based random streams: the generator for one value of one figure is seeded from (seed, figure, draw, area)
/// alone, so a draw's values do not depend on the order values are computed in, on how draws are split between
/// threads, or on which other figures and areas are in the run.
///
/// base = mix(mix(mix(seed ⊕ γ) ⊕ mix(figureKey)) ⊕ mix(areaKey)) once per figure and area, then for each draw
/// seed′ = mix(base ⊕ mix(draw + 1)) and xoshiro256** seeded from seed′ through SplitMix64, where mix is SplitMix64's
/// finalizer and γ its increment. National figures use `RandomStream.national` as the area key, so every area sees
/// the same value of a national figure in a draw.
public enum RandomStream {
    /// The area key of a national figure: one value per draw for every area.
    public static let national: UInt64 = 0

    /// The part of a stream's seed shared by every draw of one figure in one area.
    @inline(__always) public static func base(seed: UInt64, figureKey: UInt64, areaKey: UInt64) -> UInt64 {
        let h = SplitMix64.mix(SplitMix64.mix(seed ^ SplitMix64.increment) ^ SplitMix64.mix(figureKey))
        return SplitMix64.mix(h ^ SplitMix64.mix(areaKey))
    }

    /// The generator for draw `draw` of the stream whose `base` is given.
    @inline(__always) public static func generator(base: UInt64, draw: Int) -> Xoshiro256StarStar {
        Xoshiro256StarStar(seed: SplitMix64.mix(base ^ SplitMix64.mix(UInt64(truncatingIfNeeded: draw) &+ 1)))
    }

    /// The generator for draw `draw` of the figure keyed `figureKey` in the area keyed `areaKey`.
    @inline(__always) public static func generator(seed: UInt64, figureKey: UInt64, draw: Int, areaKey: UInt64) -> Xoshiro256StarStar {
        generator(base: base(seed: seed, figureKey: figureKey, areaKey: areaKey), draw: draw)
    }

    /// A stable 64-bit key for a name (a figure id or an area code): FNV-1a over its UTF-8 bytes, then mixed. Keys
    /// by name rather than by position, so adding a figure or an area leaves every other one's draws unchanged.
    /// Never `national` (0).
    public static func key(_ name: String) -> UInt64 {
        var hash: UInt64 = fnvOffsetBasis
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* fnvPrime
        }
        let key = SplitMix64.mix(hash)
        return key == national ? SplitMix64.increment : key
    }

    /// An area key for a position in a run (0, 1, 2, …), for callers without a stable area code. Never `national`.
    public static func key(areaIndex: Int) -> UInt64 { UInt64(truncatingIfNeeded: areaIndex) &+ 1 }

    private static let fnvOffsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3
}
