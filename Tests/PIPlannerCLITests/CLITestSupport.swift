import Foundation
import PIPlannerCLI

/// Runs the command line in-process and finds files in the package, for the CLI tests.
enum CLI {
    /// The package root: three levels up from this file (Tests/PIPlannerCLITests/CLITestSupport.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Result {
        var code: Int32
        var out: String
        var err: String
    }

    /// `piplanner <arguments>` with captured output and an empty environment (so the built-in reference data is used).
    static func run(_ arguments: [String]) -> Result {
        let captured = CapturedIO()
        let code = PIPlannerCommand.run(arguments: arguments, io: captured.io(environment: [:]))
        return Result(code: code, out: captured.stdout, err: captured.stderr)
    }

    /// Absolute path of a file in Examples/.
    static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("Examples").appendingPathComponent(name).path
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("piplanner-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
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
