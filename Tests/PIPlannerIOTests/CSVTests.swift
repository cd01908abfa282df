import Testing

@testable import PIPlannerIO

@Suite struct CSVTests {
    @Test func parsesQuotedFields() {
        let table = CSVTable.parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",2\n")
        #expect(table.header == ["a", "b"])
        #expect(table.rows.map(\.fields) == [["x, y", "say \"hi\""], ["multi\nline", "2"]])
        #expect(table.rows.map(\.line) == [2, 3])
    }

    @Test func writesExcelSafeCSV() {
        #expect(CSVWriter.line(["plain", "with,comma", "=SUM(A1)", "-1.5", "@x"]) == "plain,\"with,comma\",'=SUM(A1),-1.5,'@x")
    }

    @Test func guardsEveryFormulaStartButPlainNumbers() {
        // Text Double() would read as a number, and a leading tab or carriage return, still start a formula.
        #expect(
            CSVWriter.escape("-Inf") == "'-Inf" && CSVWriter.escape("-inf+1") == "'-inf+1" && CSVWriter.escape("-infinity") == "'-infinity")
        #expect(CSVWriter.escape("-0x1p3") == "'-0x1p3")
        // "-inf", the reports' negative infinity, stays readable as a number (Python's float("-inf")); "inf" starts no formula.
        #expect(CSVWriter.escape("-inf") == "-inf" && CSVWriter.escape("inf") == "inf")
        #expect(CSVWriter.escape("\t=1+1") == "'\t=1+1")
        #expect(CSVWriter.escape("\r=1+1") == "\"'\r=1+1\"")
        for number in ["-1.5", "-5", "2.5e-3", "-1e-05", "0.203"] { #expect(CSVWriter.escape(number) == number) }
        #expect(CSVWriter.isPlainNumber("-1.5E+10") && !CSVWriter.isPlainNumber("-") && !CSVWriter.isPlainNumber("1.2.3"))
    }

    @Test func quotesWindowsLineBreaks() {
        // "\r\n" is a single Character: a field holding one must still be quoted, or it splits the row.
        #expect(CSVWriter.line(["Leeds\r\n=1+1", "x"]) == "\"Leeds\r\n=1+1\",x")
        #expect(
            CSVTable.parse(CSVWriter.document(header: ["name", "n"], rows: [["a\r\nb", "1"]])).rows.map(\.fields) == [["a\r\nb", "1"]])
    }

    @Test func roundTrips() {
        let rows = [["E08000035", "Leeds", "822483"], ["E10000020", "Norfolk, county", "925299"]]
        let table = CSVTable.parse(CSVWriter.document(header: ["code", "name", "population_persons"], rows: rows))
        #expect(table.rows.map(\.fields) == rows)
    }
}
