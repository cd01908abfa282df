/// One thing piplanner tells its user: a fatal error (a field it cannot read, a file it cannot open), or a finding
/// about a plan (a warning a commissioner must see, or a note). Errors and findings are one type so that one formatter
/// renders them all, on the terminal and in reports.
///
/// Everything a renderer needs is kept as data: what kind (`category`), what (`message`), where (`location`), what to
/// do about it (`notes`) and the source behind a finding (`source`). No code reads a message back.
public struct Diagnostic: Sendable, Equatable {
    /// How serious: an error stops the command; a warning and a note are reported with the plan.
    public enum Severity: String, Sendable { case error, warning, note }

    public var severity: Severity
    /// What kind of problem or finding, as a stable kebab-case code: `invalid-field`, `no-funding`.
    public var category: Category
    /// What is wrong or what was found, without its place and without advice (those are `location` and `notes`).
    public var message: String
    /// Where: file, line, column and field path, each optional.
    public var location: Location
    /// What to do about it, one note each: a "did you mean", a suggestion, advice. Printed after the message.
    public var notes: [String]
    /// The citation behind a finding, e.g. a published report and its page.
    public var source: String?
    /// For a field diagnostic (invalid-field, missing-field, unknown-key): the value as found (nil when the field is
    /// missing) and what was expected. `message` is built from them; they are kept so that code can ask for them.
    public private(set) var found: String?
    public private(set) var expected: String?

    /// A diagnostic of any kind.
    public init(
        severity: Severity, category: Category, message: String, location: Location = Location(), notes: [String] = [],
        source: String? = nil
    ) {
        self.severity = severity
        self.category = category
        self.message = message
        self.location = location
        self.notes = notes
        self.source = source
    }

    /// A finding about a plan (a warning unless said otherwise), on the config field it concerns, with the source
    /// behind it where one exists.
    public init(_ category: Category, _ severity: Severity = .warning, message: String, fieldPath: String? = nil, source: String? = nil) {
        self.init(severity: severity, category: category, message: message, location: Location(fieldPath: fieldPath), source: source)
    }

    /// An error about one field of an input file: `found 15; expected a proportion`, or `missing; expected …` when
    /// nothing was found. The category is missing-field when nothing was found, else invalid-field, unless given.
    public static func field(
        _ category: Category? = nil, location: Location, found: String?, expected: String, notes: [String] = []
    ) -> Diagnostic {
        let message = found.map { "found \($0); expected \(expected)" } ?? "missing; expected \(expected)"
        var diagnostic = Diagnostic(
            severity: .error, category: category ?? (found == nil ? .missingField : .invalidField), message: message, location: location,
            notes: notes)
        diagnostic.found = found
        diagnostic.expected = expected
        return diagnostic
    }

    /// The category by the name reports give it: `code` in the JSON, the bracket of a Markdown finding.
    public var code: Category { category }

    /// The field the diagnostic concerns, e.g. `areas[0].funding` (`""` is the whole file).
    public var fieldPath: String? {
        get { location.fieldPath }
        set { location.fieldPath = newValue }
    }
}

/// A finding is a diagnostic about a plan: a warning or a note, with the field it concerns and its source.
public typealias Finding = Diagnostic
