import Testing

@testable import PIPlannerModel

@Suite struct RandomStreamTests {
    @Test func eachCoordinateGivesItsOwnStream() {
        func first(_ seed: UInt64, _ figure: UInt64, _ draw: Int, _ area: UInt64) -> UInt64 {
            var g = RandomStream.generator(seed: seed, figureKey: figure, draw: draw, areaKey: area)
            return g.next()
        }
        let base = first(1, 2, 3, 4)
        #expect(first(1, 2, 3, 4) == base, "a stream depends only on its coordinates")
        #expect(Set([base, first(9, 2, 3, 4), first(1, 9, 3, 4), first(1, 2, 9, 4), first(1, 2, 3, 9)]).count == 5)
        // Neighbouring draws are not shifted copies of each other.
        var a = RandomStream.generator(seed: 1, figureKey: 2, draw: 0, areaKey: 0)
        var b = RandomStream.generator(seed: 1, figureKey: 2, draw: 1, areaKey: 0)
        _ = a.next()
        #expect(a.next() != b.next())
    }

    @Test func keysAreStableAndNeverNational() {
        #expect(RandomStream.key("baselinePrevalence") == RandomStream.key("baselinePrevalence"))
        #expect(RandomStream.key("baselinePrevalence") != RandomStream.key("specialistShare"))
        #expect(RandomStream.key("") != RandomStream.national)
        #expect(RandomStream.key(areaIndex: 0) != RandomStream.national)
    }
}
