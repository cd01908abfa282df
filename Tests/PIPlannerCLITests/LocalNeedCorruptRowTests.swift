import Foundation
import Testing

/// A corrupt value in the new need columns of the shipped area files (children in low income families, children in
/// need) rejects that row with its file, line and column, and a batch still plans every other area.
@Suite struct LocalNeedCorruptRowTests {
    /// A copy of the three shipped files with the row of `code` in `file` changed by `edit` (its cells by column name).
    static func copy(_ file: String, code: String, edit: (inout [String: String]) -> Void) throws -> (dir: URL, line: Int) {
        let dir = try AreaFiles.copy()
        let url = dir.appendingPathComponent(file)
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix(code + ",") })
        // The rows edited here have no quoted cell before the columns changed, and no comma inside one after them.
        let table = parseCSV(lines[0] + "\n" + lines[index] + "\n")
        var row = try #require(table.first)
        edit(&row)
        lines[index] = header.map { cell in
            let value = row[cell] ?? ""
            return value.contains(",") || value.contains("\"") ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
        }.joined(separator: ",")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return (dir, index + 1)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var code: String
        var column: String
        var value: String
        var set: String
        var planned: String
        var message: String
        var testDescription: String { name }
    }

    static let cases = [
        Case(
            name: "text in a council's low-income count", file: "local-authorities.csv", code: "E08000035",
            column: "cilif_fye2025_children_low_income", value: "abc", set: "england",
            planned: "153 areas requested, 152 planned, 1 excluded",
            message: "not a whole number: \"abc\""),
        Case(
            name: "a council's low-income share above 1", file: "local-authorities.csv", code: "E08000003", column: "cilif_fye2025_share",
            value: "1.5", set: "england", planned: "153 areas requested, 152 planned, 1 excluded",
            message: "1.5 is not a proportion between 0 and 1"),
        Case(
            name: "a children-in-need rate that is not a number", file: "local-authorities.csv", code: "E08000012",
            column: "cin_2024_rate_per_10000", value: "n/a", set: "england", planned: "153 areas requested, 152 planned, 1 excluded",
            message: "not a number: \"n/a\""),
        Case(
            name: "a missing low-income count for an ICB", file: "icbs.csv", code: "E54000054", column: "cilif_fye2025_children_low_income",
            value: "", set: "icbs", planned: "42 areas requested, 41 planned, 1 excluded", message: "empty value"),
        Case(
            name: "a health board's low-income share above 1", file: "health-boards.csv", code: "W11000028", column: "cilif_fye2025_share",
            value: "2", set: "health-boards", planned: "21 areas requested, 20 planned, 1 excluded",
            message: "2.0 is not a proportion between 0 and 1"),
    ]

    @Test("a corrupt need cell names file, line and column; the batch plans the rest", arguments: cases)
    func corruptCell(_ c: Case) throws {
        let (dir, line) = try Self.copy(c.file, code: c.code) { $0[c.column] = c.value }
        let result = runCLI(["batch", "--areas", c.set, "--area-data", dir.path])
        #expect(result.code == 1, "\(c.name): a partial batch exits 1; \(result.stderr)")
        for fragment in ["\(c.file):\(line): warning: \(c.column): \(c.code) excluded: \(c.message)", c.planned, "partial batch"] {
            #expect(result.stderr.contains(fragment), "\(c.name): stderr lacks '\(fragment)': \(result.stderr)")
        }
        let rows = parseCSV(result.stdout)
        #expect(!rows.contains { $0["code"] == c.code } && rows.last?["code"] == "TOTAL")
    }
}
