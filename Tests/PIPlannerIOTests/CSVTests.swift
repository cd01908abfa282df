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
