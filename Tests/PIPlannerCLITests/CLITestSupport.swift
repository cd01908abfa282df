import Foundation
import PIPlannerCLI

/// The package root, found from this file's path.
let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

struct CLIResult {
    var code: Int32
    var stdout: String
    var stderr: String
}

/// Runs piplanner in-process.
func runCLI(_ arguments: [String], environment: [String: String] = [:]) -> CLIResult {
    let captured = CapturedIO()
    let code = PIPlannerCommand.run(arguments: arguments, io: captured.io(environment: environment))
    return CLIResult(code: code, stdout: captured.stdout, stderr: captured.stderr)
}

/// A fresh temporary directory for one test.
func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("piplanner-tests-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes `text` to a temporary config file and returns its path.
func writeConfig(_ text: String, name: String = "config.json") -> String {
    let url = temporaryDirectory().appendingPathComponent(name)
    try! text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}

/// Relative comparison of doubles.
func isClose(_ a: Double, _ b: Double, relativeTolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= relativeTolerance * max(abs(a), abs(b), 1)
}

/// Parses JSON output into Foundation objects.
func parseJSON(_ text: String) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
}

/// A one-area config with the given area fields (JSON fragment) and optional top-level fields.
func areaConfig(_ areaFields: String, top: String = "") -> String {
    """
    {
      "version": 1,
      "staffingModel": "spending-review-2021",
      "planYears": {"start": "2026/27", "count": 3},
      \(top.isEmpty ? "" : top + ",")
      "areas": [ { "name": "Test area", \(areaFields) } ]
    }
    """
}

/// Runs the command line in-process and finds files in the package, for the CLI tests.
enum CLI {
    /// The package root: three levels up from this file (Tests/PIPlannerCLITests/CLITestSupport.swift).
    static let packageRoot: URL = PIPlannerCLITests.packageRoot

    struct Result {
        var code: Int32
        var out: String
        var err: String
    }

    /// `piplanner <arguments>` with captured output and an empty environment (so the built-in reference data is used).
    static func run(_ arguments: [String]) -> Result {
        let result = runCLI(arguments)
        return Result(code: result.code, out: result.stdout, err: result.stderr)
    }

    /// Absolute path of a file in Examples/.
    static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("Examples").appendingPathComponent(name).path
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        PIPlannerCLITests.temporaryDirectory()
    }

    /// Writes `text` to `name` in a fresh temporary directory (or `directory`) and returns its path.
    static func write(_ text: String, name: String = "rollout.json", in directory: URL? = nil) throws -> String {
        let dir = try directory ?? temporaryDirectory()
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Parses JSON output into a dictionary.
    static func json(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        guard let dictionary = object as? [String: Any] else { throw CocoaError(.propertyListReadCorrupt) }
        return dictionary
    }
}

/// A JSON number as a Double (JSONSerialization gives NSNumber).
func number(_ value: Any?) -> Double? {
    (value as? NSNumber)?.doubleValue
}
