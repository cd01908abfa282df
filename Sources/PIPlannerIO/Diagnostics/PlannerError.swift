import Foundation
import PIPlannerModel

/// A fatal error: the command cannot go on. It carries every problem found, each a `Diagnostic` naming the file and
/// what to do, so that one run reports them all; `DiagnosticFormatter` prints them.
public struct PlannerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in the order found.
    public var diagnostics: [Diagnostic]

    /// An error of one or more diagnostics.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// An error of one diagnostic.
    public init(_ diagnostic: Diagnostic) { self.init([diagnostic]) }

    /// The process exit code: 2 for a usage error, 1 for anything else.
    public var exitCode: Int32 { diagnostics.contains { $0.category == .usage } ? 2 : 1 }

    /// Whether this is a command-line mistake (exit code 2), after which the command points to its help.
    public var isUsage: Bool { exitCode == 2 }

    /// The diagnostics as the terminal shows them.
    public var description: String { diagnostics.map(DiagnosticFormatter.terminal).joined(separator: "\n") }

    // MARK: The errors commands throw

    /// A command-line mistake (exit code 2), with notes such as `did you mean '--format'?`.
    public static func usage(_ message: String, notes: [String] = []) -> PlannerError {
        PlannerError(Diagnostic(severity: .error, category: .usage, message: message, notes: notes))
    }

    /// A file that does not exist.
    public static func fileNotFound(_ file: String) -> PlannerError {
        PlannerError(Diagnostic(severity: .error, category: .fileNotFound, message: "file not found", location: .init(file: file)))
    }

    /// A file that exists but cannot be read, and why.
    public static func unreadable(file: String, reason: String, at location: SourceLocation? = nil, notes: [String] = []) -> PlannerError {
        PlannerError(
            Diagnostic(
                severity: .error, category: .unreadable, message: "cannot read: \(reason)",
                location: .init(file: file, line: location?.line, column: location?.column), notes: notes))
    }

    /// Malformed JSON at `location`.
    public static func syntax(file: String, location: SourceLocation, message: String) -> PlannerError {
        PlannerError(
            Diagnostic(
                severity: .error, category: .syntax, message: "malformed JSON: \(message)",
                location: .init(file: file, line: location.line, column: location.column)))
    }

    /// Malformed JSON, as the parser found it.
    public static func syntax(file: String, _ error: JSONSyntaxError) -> PlannerError {
        syntax(file: file, location: error.location, message: error.message)
    }

    /// One or more invalid fields of an input file (field diagnostics).
    public static func invalidInput(_ diagnostics: [Diagnostic]) -> PlannerError { PlannerError(diagnostics) }

    /// Shipped or user-supplied reference data that is broken: the file, and a line and column (name) in it where known.
    public static func referenceData(
        file: String, line: Int? = nil, column: String? = nil, message: String, notes: [String] = []
    ) -> PlannerError {
        PlannerError(
            Diagnostic(
                severity: .error, category: .referenceData, message: message, location: .init(file: file, line: line, fieldPath: column),
                notes: notes))
    }

    /// The output file cannot be written, and why.
    public static func writeFailed(file: String, reason: String) -> PlannerError {
        PlannerError(
            Diagnostic(severity: .error, category: .writeFailed, message: "cannot write output: \(reason)", location: .init(file: file)))
    }
}
