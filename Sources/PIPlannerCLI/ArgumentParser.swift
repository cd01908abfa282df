import PIPlannerIO

/// A command line parsed against a command's declared options.
struct ParsedArguments {
    /// Arguments that are not options, in order.
    var positional: [String] = []
    /// The value given for each option, by name without dashes (the last one given, if given more than once).
    var options: [String: String] = [:]
    /// Every value given for each repeatable option, in order.
    var repeated: [String: [String]] = [:]
    /// The flags given, by name without dashes.
    var flags: Set<String> = []
    /// The declarations parsed against, for defaults.
    var specs: [OptionSpec] = []

    /// The value given for `name`, or its declared default.
    func value(_ name: String) -> String? { options[name] ?? specs.first { $0.name == name }?.defaultValue }

    /// The value of an option declared with a default (a choice): the value given, already checked by the parser, or the default.
    func choice(_ name: String) -> String {
        guard let value = value(name) else { preconditionFailure("--\(name) is read as a choice but declared without a default") }
        return value
    }

    /// Every value given for a repeatable option, in order; empty if none.
    func values(_ name: String) -> [String] { repeated[name] ?? [] }
}

/// A minimal command-line parser: positional arguments, `--flag`, `-h`, `--option value`, `--option=value`,
/// and `--` after which everything is positional. Unknown options are usage errors with the nearest suggested.
struct ArgumentParser {
    /// The options accepted.
    let specs: [OptionSpec]

    /// Parses `arguments`. With `stopAtPositional`, parsing ends at the first positional argument, which is returned
    /// with everything after it in `rest` (for options before the command). Allowed values are checked after the
    /// whole line is read, and not at all when help is asked for, so `--help` always works.
    func parse(_ arguments: [String], stopAtPositional: Bool = false) throws(PlannerError) -> (parsed: ParsedArguments, rest: [String]) {
        var parsed = ParsedArguments(specs: specs)
        var i = 0
        var onlyPositional = false
        while i < arguments.count {
            let arg = arguments[i]
            i += 1
            if onlyPositional || !arg.hasPrefix("--") {
                if !onlyPositional, arg.hasPrefix("-"), arg != "-", arg.count > 1, Double(arg) == nil {
                    guard arg.count == 2, let spec = specs.first(where: { $0.shortName == arg.last }), spec.isFlag else {
                        throw .usage("unknown option '\(arg)'")
                    }
                    parsed.flags.insert(spec.name)
                    continue
                }
                if stopAtPositional { return (parsed, Array(arguments[(i - 1)...])) }
                parsed.positional.append(arg)
                continue
            }
            if arg == "--" {
                onlyPositional = true
                continue
            }
            var name = String(arg.dropFirst(2))
            var inlineValue: String? = nil
            if let eq = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            guard let spec = specs.first(where: { $0.name == name }) else {
                throw .usage(
                    "unknown option '--\(name)'",
                    notes: nearestKey(to: name, in: specs.map(\.name)).map { ["did you mean '--\($0)'?"] } ?? [])
            }
            if spec.isFlag {
                if inlineValue != nil { throw .usage("option '--\(name)' takes no value") }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard i < arguments.count else { throw .usage("option '--\(name)' needs a value") }
                value = arguments[i]
                i += 1
            }
            // An empty value names nothing: `--reference-data ""` was ignored, `--scenario ""` "not found".
            guard !value.isEmpty else { throw .usage("option '--\(name)' needs a value; got an empty one") }
            // A second value of a single-valued option would silently win over the first: say so instead.
            if !spec.isRepeatable, let earlier = parsed.options[name], earlier != value {
                throw .usage("option '--\(name)' is given twice ('\(earlier)' and '\(value)'); give it once")
            }
            parsed.options[name] = value
            if spec.isRepeatable { parsed.repeated[name, default: []].append(value) }
        }
        if !parsed.flags.contains(OptionSpec.help.name) { try checkAllowedValues(parsed) }
        return (parsed, [])
    }

    /// Each option given that has allowed values has one of them.
    private func checkAllowedValues(_ parsed: ParsedArguments) throws(PlannerError) {
        for spec in specs where !spec.allowedValues.isEmpty {
            if let value = parsed.options[spec.name], !spec.allowedValues.contains(value) { throw spec.notAllowed(value) }
        }
    }
}
