import Testing

@testable import PIPlannerDataDerivation

@Suite("Apportionment")
struct ApportionmentTests {
    @Test("largest remainder keeps the total and gives leftovers to the largest remainders")
    func largestRemainder() {
        // Cornwall and Isles of Scilly: 4,456 births by age-0 population 4,754 : 20.
        #expect(Apportionment.largestRemainder(4_456, weights: [4_754, 20]) == [4_437, 19])
        // East Suffolk's population split 73 : 73 LSOAs; an odd total's extra unit goes to the first part.
        #expect(Apportionment.largestRemainder(7, weights: [73, 73]) == [4, 3])
        #expect(Apportionment.largestRemainder(10, weights: [1, 1, 1]) == [4, 3, 3])
        #expect(Apportionment.largestRemainder(0, weights: [5, 0]) == [0, 0])
        for total in [1, 99, 12_345] {
            #expect(Apportionment.largestRemainder(total, weights: [341, 29, 3]).reduce(0, +) == total)
        }
    }

    @Test("fixed decimals round half up and keep trailing zeros")
    func decimals() {
        #expect(Apportionment.decimal(315, over: 319, places: 4) == "0.9875")
        #expect(Apportionment.decimal(1, over: 1, places: 4) == "1.0000")
        #expect(Apportionment.decimal(1, over: 8, places: 2) == "0.13")
        #expect(Apportionment.decimal(0.0706, places: 3) == "0.071")
        #expect(Apportionment.decimal(0.1, places: 3) == "0.100")
    }
}
