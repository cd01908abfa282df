import Foundation
import Testing
import PIPlannerModel
import PIPlannerIO

/// An adversarial user's inputs: each once crashed, wrote a broken file or gave an unclear message. Every test
/// runs the command line in-process and expects exit 0 or 1 (never a trap), and on 1 an `error:` naming the file,
/// the field, the value and what is expected.
@Suite struct RobustnessTests {
    /// The Leeds example with `edits` applied (each an exact replacement that must match).
    static func leeds(_ edits: [(String, String)]) throws -> String {
        var text = try String(contentsOfFile: CLI.example("leeds-joint-funded.json"), encoding: .utf8)
        for (old, new) in edits {
            #expect(text.contains(old), "the example has \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    @Test func csvKeepsAWindowsLineBreakInANameInsideItsCell() throws {
        // An area name with "\r\n" (one Character in Swift) was written unquoted, breaking the row in two.
        let path = try CLI.write(try Self.leeds([("\"name\": \"Leeds\"", "\"name\": \"Leeds\\r\\n=1+1\"")]), name: "leeds.json")
        let result = CLI.run(["compare", path, "E08000003", "--format", "csv"])
        #expect(result.code == 0, "\(result.err)")
        let table = CSVTable.parse(result.out)
        #expect(table.rows.count == 2)
        #expect(table.rows.allSatisfy { $0.fields.count == table.header.count })
        #expect(table.rows.contains { $0.fields.contains("Leeds\r\n=1+1") })
    }
}
