import PIPlannerIO

/// A minimal command-line parser: positional arguments, `--flag`, `--option value` and `--option=value`.
struct ParsedArguments {
    var positional: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []

    /// Parses `arguments` against the options (taking a value) and flags a command accepts.
    /// Unknown options are usage errors with the nearest suggested.
    init(_ arguments: [String], options allowedOptions: [String], flags allowedFlags: [String]) throws(PlannerError) {
        var i = 0
        var onlyPositional = false
        while i < arguments.count {
            let arg = arguments[i]
            i += 1
            if onlyPositional || !arg.hasPrefix("--") || arg == "-" {
                if !onlyPositional, arg.hasPrefix("-"), arg != "-", arg.count > 1, Double(arg) == nil {
                    if arg == "-h" {
                        flags.insert("help")
                        continue
                    }
                    throw .usage("unknown option '\(arg)'")
                }
                positional.append(arg)
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
            if allowedFlags.contains(name) {
                if inlineValue != nil { throw .usage("option '--\(name)' takes no value") }
                flags.insert(name)
            } else if allowedOptions.contains(name) {
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
                options[name] = value
            } else {
                let suggestion = nearestKey(to: name, in: allowedOptions + allowedFlags).map { "; did you mean '--\($0)'?" } ?? ""
                throw .usage("unknown option '--\(name)'\(suggestion)")
            }
        }
    }

    /// The value of a choice option, checked against its allowed values.
    func choice(_ name: String, from values: [String], default fallback: String) throws(PlannerError) -> String {
        guard let value = options[name] else { return fallback }
        guard values.contains(value) else {
            throw .usage("--\(name) must be one of \(values.joined(separator: ", ")); got '\(value)'")
        }
        return value
    }
}
