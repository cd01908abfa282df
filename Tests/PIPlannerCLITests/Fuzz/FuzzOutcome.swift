import Foundation
import PIPlannerCLI
import PIPlannerIO

/// One in-process run of the command line for the fuzzer, and the invariants every run must keep.
struct FuzzOutcome {
    let arguments: [String]
    let code: Int32
    let stdout: String
    let stderr: String

    /// Runs `piplanner <arguments>` in-process with an empty environment (so the built-in reference data is used).
    init(arguments: [String]) {
        let captured = CapturedIO()
        self.arguments = arguments
        self.code = PIPlannerCommand.run(arguments: arguments, io: captured.io())
        self.stdout = captured.stdout
        self.stderr = captured.stderr
    }

    /// The command line as a shell would read it, for messages.
    var command: String {
        (["piplanner"] + arguments).map { $0.contains(where: { !$0.isLetter && !$0.isNumber && !"-_./".contains($0) }) ? "'\($0)'" : $0 }
            .joined(separator: " ")
    }

    /// Commands that either report in full or not at all (`batch` may write a partial batch, `validate` and `compare` the
    /// files that were valid).
    static let allOrNothingCommands: Set<String> = ["plan", "rollout", "init"]

    /// The first invariant this run broke, or nil. Exit code 0, 1 or 2; 0 never with an `error:` on standard error, 1 and 2
    /// always with a message there, never a raw Foundation error (`Error Domain=...`), and for `allOrNothingCommands`
    /// nothing on standard output; on 0 the report (standard output, or `outputFile` when written there) is not empty,
    /// and in the named `format` is well formed: JSON that `JSONSerialization` reads, JSON lines of such objects, or CSV
    /// whose rows are as wide as its header.
    func brokenInvariant(format: String?, outputFile: String?) -> String? {
        let context = "\(command) exited \(code)"
        guard [0, 1, 2].contains(code) else { return "\(context), outside 0, 1, 2; stderr: \(stderr)" }
        if stderr.contains("Error Domain=") { return "\(context) with a raw Foundation error: \(stderr)" }
        guard code == 0 else {
            if stderr.allSatisfy(\.isWhitespace) { return "\(context) with nothing on standard error" }
            let allOrNothing = arguments.first.map(Self.allOrNothingCommands.contains) ?? false
            return allOrNothing && !stdout.isEmpty ? "\(context) but wrote a report: \(stdout.prefix(200))" : nil
        }
        if stderr.lowercased().contains("error:") { return "\(context) but standard error says error: \(stderr)" }
        var report = stdout
        if let outputFile {
            guard stdout.isEmpty else { return "\(context) with --output but wrote to standard output: \(stdout.prefix(200))" }
            guard let data = FileManager.default.contents(atPath: outputFile) else { return "\(context) but wrote no \(outputFile)" }
            report = String(decoding: data, as: UTF8.self)
        }
        guard !report.allSatisfy(\.isWhitespace) else { return "\(context) with an empty report" }
        return malformed(report, format: format).map { "\(context) but its \(format ?? "") report \($0)" }
    }

    /// Why `report` is not well formed as `format`, or nil.
    private func malformed(_ report: String, format: String?) -> String? {
        switch format {
        case "json":
            return Self.isJSONObject(report) ? nil : "is not a JSON object: \(report.prefix(400))"
        case "jsonl":
            let lines = report.split(separator: "\n")
            return lines.first { !Self.isJSONObject(String($0)) }.map { "has a line that is not a JSON object: \($0.prefix(400))" }
        case "csv":
            let table = CSVTable.parse(report)
            guard !table.header.isEmpty else { return "has no header row" }
            return table.rows.first { $0.fields.count != table.header.count }.map {
                "has line \($0.line) of \($0.fields.count) fields under a header of \(table.header.count)"
            }
        default:
            return nil
        }
    }

    private static func isJSONObject(_ text: String) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) is [String: Any]
    }
}
