import PIPlannerIO

/// One command-line option, declared once: the parser reads its kind, allowed values and default from here,
/// and the help text prints the same declaration.
struct OptionSpec: Sendable {
    /// The name without dashes: `format` is given as `--format`.
    let name: String
    /// What the value stands for in help (`FILE`, `DIR`); nil for a flag.
    let valueName: String?
    /// The values accepted, checked by the parser; empty when any value is.
    let allowedValues: [String]
    /// How the allowed values read in an error ("a numeric column:"); nil reads "one of".
    let allowedDescription: String?
    /// The value used when the option is not given.
    let defaultValue: String?
    /// What the option does, one sentence or two; help adds the allowed values and the default.
    let help: String
    /// Whether each use adds a value (`ParsedArguments.values(_:)`) rather than the last one given counting.
    let isRepeatable: Bool
    /// Shown outside brackets in the usage line; the command checks its presence and says what is missing.
    let isRequired: Bool
    /// A one-letter alias, given with one dash (`-h`).
    let shortName: Character?

    /// Whether the option takes no value.
    var isFlag: Bool { valueName == nil }

    /// An option taking any value, e.g. `--output FILE`.
    static func value(
        _ name: String, _ valueName: String, help: String, default defaultValue: String? = nil, required: Bool = false,
        repeatable: Bool = false
    ) -> OptionSpec {
        OptionSpec(
            name: name, valueName: valueName, allowedValues: [], allowedDescription: nil, defaultValue: defaultValue, help: help,
            isRepeatable: repeatable, isRequired: required, shortName: nil)
    }

    /// An option taking one of `values`, e.g. `--format markdown|json`. Help shows `valueName` when given
    /// (for a long list, printed in full in the option's help), otherwise the values joined by `|`.
    static func choice(
        _ name: String, _ values: [String], default defaultValue: String, help: String, valueName: String? = nil,
        describedAs description: String? = nil
    ) -> OptionSpec {
        OptionSpec(
            name: name, valueName: valueName ?? values.joined(separator: "|"), allowedValues: values, allowedDescription: description,
            defaultValue: defaultValue, help: help, isRepeatable: false, isRequired: false, shortName: nil)
    }

    /// An option without a value, e.g. `--force`.
    static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(
            name: name, valueName: nil, allowedValues: [], allowedDescription: nil, defaultValue: nil, help: help, isRepeatable: false,
            isRequired: false, shortName: short)
    }

    /// How the option is written in the usage line and the options table: `--format markdown|json`, `--force`.
    var synopsis: String { "--\(name)" + (valueName.map { " \($0)" } ?? "") }

    /// Help text with what the declaration adds: the allowed values when `valueName` hides them, and the default.
    var fullHelp: String {
        var text = help
        if !allowedValues.isEmpty, valueName != allowedValues.joined(separator: "|") {
            text += "; one of: \(allowedValues.joined(separator: ", "))"
        }
        // A no-break space keeps "(default: x)" on one line when help is wrapped (`HelpFormatter.wrap`).
        if let defaultValue { text += " (default:\u{00A0}\(defaultValue))" }
        if isRepeatable { text += " (repeatable)" }
        if isRequired { text += " (required)" }
        return text
    }

    /// The usage error for `value` not among the allowed values, with the nearest suggested.
    func notAllowed(_ value: String) -> PlannerError {
        .usage(
            "--\(name) must be \(allowedDescription ?? "one of") \(allowedValues.joined(separator: ", ")); got '\(value)'",
            notes: nearestKey(to: value, in: allowedValues).map { ["did you mean '\($0)'?"] } ?? [])
    }
}

extension OptionSpec {
    /// `--reference-data DIR`, accepted by every command and before the command.
    static let referenceData = OptionSpec.value(
        "reference-data", "DIR",
        help: """
            Use reference data from DIR (laid out like ReferenceData/) instead of the built-in copy; \
            also: environment variable PIPLANNER_REFERENCE_DATA
            """)

    /// `--help`, `-h`: accepted by every command, which then prints its help and does nothing else.
    static let help = OptionSpec.flag("help", short: "h", help: "Show this help (also: piplanner help <command>)")

    /// `--version`, before a command only.
    static let version = OptionSpec.flag("version", help: "Show the version")
}
