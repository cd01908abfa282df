import Foundation
import Testing

@testable import PIPlannerModel

@Suite struct RootFinderTests {
    @Test func brentFindsBracketedRoots() {
        let root = RootFinder.brent(0, 2, tolerance: 1e-14) { $0 * $0 - 2 }
        #expect(abs((root ?? 0) - 2.0.squareRoot()) < 1e-13)
        // cos x = x near 0.739 (the Dottie number).
        #expect(abs((RootFinder.brent(0, 1, tolerance: 1e-15) { cos($0) - $0 } ?? 0) - 0.739_085_133_215_160_6) < 1e-14)
        #expect(RootFinder.brent(3, 4, tolerance: 1e-12) { $0 * $0 - 2 } == nil, "no sign change, no root")
    }

    @Test func invertMonotoneSolvesIncreasingAndDecreasing() {
        let x = RootFinder.invertMonotone(
            target: 0.25, increasing: true, guess: 10, lower: 0, upper: .infinity, function: { -expm1(-$0) }, derivative: { exp(-$0) })
        #expect(isClose(x, -log(0.75), relativeTolerance: 1e-14))
        let y = RootFinder.invertMonotone(
            target: 0.25, increasing: false, guess: 0.001, lower: 0, upper: .infinity, function: { exp(-$0) }, derivative: { -exp(-$0) })
        #expect(isClose(y, log(4), relativeTolerance: 1e-14))
    }
}
