import Testing

@testable import PIPlannerModel

@Suite struct SplitMix64Tests {
    /// The first outputs from seed 1234567, as Vigna's reference implementation (splitmix64.c) gives them.
    @Test func matchesTheReferenceImplementation() {
        var generator = SplitMix64(state: 1_234_567)
        #expect(
            [generator.next(), generator.next(), generator.next()] == [
                6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
            ])
    }

    @Test func mixIsABijectionOnSmallInputs() {
        let mixed = Set((0..<10_000).map { SplitMix64.mix(UInt64($0)) })
        #expect(mixed.count == 10_000)
    }
}
