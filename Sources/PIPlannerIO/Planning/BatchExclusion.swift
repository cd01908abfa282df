import Foundation

/// An area left out of a batch (or a code that names no plannable area), and why.
public struct BatchExclusion: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: String
    public var name: String?
    /// What is wrong, without a suggestion, e.g. `unknown area code`.
    public var problem: String
    /// The nearest planning area for an unknown code, e.g. `E08000009 (Trafford)`.
    public var suggestion: String?
    /// Where in the area data, for rejected rows.
    public var file: String?
    public var line: Int?
    public var column: String?

    /// An exclusion of the area `code`: `problem`, with `suggestion` for an unknown code and the row's place for a
    /// rejected row.
    public init(
        code: String, name: String? = nil, problem: String, suggestion: String? = nil, file: String? = nil, line: Int? = nil,
        column: String? = nil
    ) {
        self.code = code
        self.name = name
        self.problem = problem
        self.suggestion = suggestion
        self.file = file
        self.line = line
        self.column = column
    }

    /// An excluded row of the area data.
    init(reject: AreaRowReject) {
        self.init(code: reject.code, problem: reject.reason, file: reject.file, line: reject.line, column: reject.column)
    }

    /// The problem and its suggestion, as batch prints them: `unknown area code; did you mean E08000009 (Trafford)?`.
    public var reason: String { problem + (suggestion.map { "; did you mean \($0)?" } ?? "") }

    /// `file:line column C: ` for a rejected row, else empty.
    public var place: String {
        guard let file else { return "" }
        return file + (line.map { ":\($0)" } ?? "") + (column.map { " column \($0)" } ?? "") + ": "
    }

    public var description: String {
        "\(code.isEmpty ? "(no code)" : code)\(name.map { " \($0)" } ?? ""): \(place)\(reason)"
    }
}
