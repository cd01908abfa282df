import PIPlannerModel

/// A diagnostic about one field of an input file, by the name branches written before `Diagnostic` still use.
public typealias FieldIssue = Diagnostic

extension Diagnostic.Location {
    /// A place in `file`: the line and column of a parsed value, and the field path.
    public init(file: String, _ location: SourceLocation?, fieldPath: String? = nil) {
        self.init(file: file, line: location?.line, column: location?.column, fieldPath: fieldPath)
    }
}

extension Diagnostic {
    /// An error about one field of an input file: which file, where, which field, what was found (nil when the field
    /// is missing) and what was expected, with a suggestion given as data. The category is missing-field when nothing
    /// was found, else invalid-field, unless given.
    public init(
        file: String, location: SourceLocation?, fieldPath: String, found: String?, expected: String, hint: Suggestion?,
        category: Category? = nil
    ) {
        self = .field(
            category, location: Location(file: file, location, fieldPath: fieldPath), found: found, expected: expected,
            notes: hint.map { [$0.text] } ?? [])
    }

    /// An error about one field of an input file, with advice in words (or none).
    public init(file: String, location: SourceLocation?, fieldPath: String, found: String?, expected: String, suggestion: String? = nil) {
        self.init(
            file: file, location: location, fieldPath: fieldPath, found: found, expected: expected, hint: suggestion.map(Suggestion.advice))
    }
}
