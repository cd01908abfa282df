import Testing

@testable import PIPlannerIO

/// How the CSV reports write a drawn figure (Methodology §7): `inf` / `-inf` for an infinite value, empty for one
/// that does not apply, money to the penny.
@Suite struct CSVNumberTests {
    @Test func infinityIsTextACSVReaderReadsAsANumber() {
        #expect(CSVNumber.cell(.infinity, money: true) == "inf" && CSVNumber.cell(.infinity, money: false) == "inf")
        #expect(CSVNumber.cell(-.infinity, money: true) == "-inf" && CSVNumber.cell(-.infinity, money: false) == "-inf")
        // NaN, a figure that does not apply, stays an empty cell, so the two no longer read alike.
        #expect(CSVNumber.cell(.nan, money: true) == "" && CSVNumber.cell(.nan, money: false) == "")
        // Written in a row, the formula guard leaves "-inf" bare (a quote would make it text to every reader).
        #expect(
            CSVWriter.line(["x", CSVNumber.cell(.infinity, money: false), CSVNumber.cell(-.infinity, money: true), ""]) == "x,inf,-inf,")
    }

    @Test func finiteValuesAreMoneyToThePennyOrAsGiven() {
        // 10.125 is exact in binary: 1,012.5 pence, a true half, away from zero → 10.13; -2.5 → -2.50.
        #expect(CSVNumber.cell(10.125, money: true) == "10.13" && CSVNumber.cell(-2.5, money: true) == "-2.50")
        #expect(CSVNumber.cell(10.125, money: false) == "10.125")
        #expect(CSVNumber.cell(0.123_456, money: false) { _ in "custom" } == "custom")
        // Beyond the £46,116,860,184,273,880 Money holds: the amount as it is rather than an empty cell.
        #expect(CSVNumber.cell(1e17, money: true) == "1e+17")
    }
}
