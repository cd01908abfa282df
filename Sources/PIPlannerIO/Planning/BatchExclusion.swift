import Foundation
import PIPlannerModel

/// An area left out of a batch (or a code that names no plannable area), and why.
public struct BatchExclusion: Error, Sendable, Equatable {
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

    /// The problem and its suggestion, as batch's CSV and JSON reports give it:
    /// `unknown area code; did you mean E08000009 (Trafford)?`.
    public var reason: String { problem + (suggestion.map { "; " + Diagnostic.Suggestion.described($0).text } ?? "") }

    /// Where in the area data the problem is, for a rejected row: file, line and the column's name.
    public var location: Diagnostic.Location? {
        file.map { Diagnostic.Location(file: $0, line: line, fieldPath: column) }
    }

    /// The notes for the problem: the nearest planning area to an unknown code.
    public var notes: [String] { suggestion.map { [Diagnostic.Suggestion.described($0).text] } ?? [] }

    /// The exclusion as users see it: a warning naming the area, at the row of the area data for a rejected row.
    public var diagnostic: Diagnostic {
        Diagnostic(
            severity: .warning, category: .areaExcluded,
            message: "\(code.isEmpty ? "a row with no code" : code)\(name.map { " \($0)" } ?? "") excluded: \(problem)",
            location: location ?? Diagnostic.Location(), notes: notes)
    }
}
