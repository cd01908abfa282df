import Foundation
import PIPlannerModel

/// One problem with one field of an input file: which file, where, which field, what was found and what was expected.
public struct FieldIssue: Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is, so that code adding to an issue need not read its text.
    public enum Kind: Sendable, Equatable {
        /// A value that is there but wrong.
        case invalid
        /// A required field that is not there.
        case missing
        /// A key an object does not allow (a typo, or a key of another kind of file).
        case unknownKey
    }

    /// What to suggest with an issue. Kept as data, not text, so that code can ask what was suggested
    /// (e.g. whether a typo of a key was already pointed out) without reading a message back.
    public enum Suggestion: Sendable, Equatable, CustomStringConvertible {
        /// The allowed key or value nearest to what was written (a likely typo): `did you mean "entry"?`.
        case nearest(String)
        /// A close match already described in words, e.g. an area's code and name: `did you mean E08000035 (Leeds)?`.
        case described(String)
        /// A percentage written where a proportion is meant, with the proportion meant: `a percentage? did you mean 0.15?`.
        case percentage(meant: Double)
        /// Advice in words.
        case advice(String)

        public var description: String {
            switch self {
            case .nearest(let value): return "did you mean \"\(value)\"?"
            case .described(let text): return "did you mean \(text)?"
            // Rounded to 12 places: 1.1 / 100 is 0.011000000000000001 in binary.
            case .percentage(let meant): return "a percentage? did you mean \(NumberFormat.plain((meant * 1e12).rounded() / 1e12))?"
            case .advice(let text): return text
            }
        }
    }

    public var file: String
    public var location: SourceLocation?
    /// Field path, e.g. `areas[2].riskGroups.lowIncome.share`.
    public var fieldPath: String
    /// What was found, e.g. `15` or `"entyr"`; nil when the field is missing.
    public var found: String?
    public var expected: String
    public var kind: Kind
    /// What to suggest, as data.
    public var hint: Suggestion?

    /// The suggestion as printed (in brackets after the issue); setting it gives advice in words.
    public var suggestion: String? {
        get { hint?.description }
        set { hint = newValue.map(Suggestion.advice) }
    }

    /// An issue with a suggestion given as data; `kind` defaults to missing when nothing was found, else invalid.
    public init(
        file: String, location: SourceLocation?, fieldPath: String, found: String?, expected: String, hint: Suggestion?,
        kind: Kind? = nil
    ) {
        self.file = file
        self.location = location
        self.fieldPath = fieldPath
        self.found = found
        self.expected = expected
        self.hint = hint
        self.kind = kind ?? (found == nil ? .missing : .invalid)
    }

    /// An issue with advice in words (or none).
    public init(file: String, location: SourceLocation?, fieldPath: String, found: String?, expected: String, suggestion: String? = nil) {
        self.init(
            file: file, location: location, fieldPath: fieldPath, found: found, expected: expected, hint: suggestion.map(Suggestion.advice))
    }

    public var description: String {
        var text = file
        if let location { text += ":\(location.line):\(location.column)" }
        text += ": \(fieldPath.isEmpty ? "(top level)" : fieldPath): "
        if let found { text += "found \(found); expected \(expected)" } else { text += "missing; expected \(expected)" }
        if let hint { text += " (\(hint))" }
        return text
    }
}

/// Fatal errors: the command cannot go on. Each names the file and what to do.
public enum PlannerError: Error, Sendable, CustomStringConvertible, Equatable {
    /// A command-line mistake (exit code 2).
    case usage(String)
    case fileNotFound(String)
    case unreadable(file: String, reason: String)
    /// Malformed JSON with its line and column.
    case syntax(file: String, location: SourceLocation, message: String)
    /// One or more invalid fields in an input file.
    case invalidInput([FieldIssue])
    /// Shipped or user-supplied reference data is broken.
    case referenceData(file: String, message: String)
    case writeFailed(file: String, reason: String)

    public var description: String {
        switch self {
        case .usage(let message): return "usage error: \(message)"
        case .fileNotFound(let file): return "\(file): error: file not found"
        case .unreadable(let file, let reason): return "\(file): error: cannot read: \(reason)"
        case .syntax(let file, let location, let message):
            return "\(file):\(location.line):\(location.column): error: malformed JSON at \(location): \(message)"
        case .invalidInput(let issues):
            return issues.map { "error: \($0)" }.joined(separator: "\n")
        case .referenceData(let file, let message): return "\(file): error: reference data: \(message)"
        case .writeFailed(let file, let reason): return "\(file): error: cannot write output: \(reason)"
        }
    }

    /// The process exit code: 2 for usage errors, 1 for invalid input.
    public var exitCode: Int32 {
        if case .usage = self { return 2 }
        return 1
    }
}
