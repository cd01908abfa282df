import Foundation

/// Builds the overview and each command's help from the declarations, so what is printed is what is parsed.
enum HelpFormatter {
    /// Lines are wrapped to this many columns, a width that reads in an 80-to-120-column terminal with little wrapping.
    static let width = 110

    /// A command's help: usage line, discussion, options table and examples.
    static func help(for command: any PlannerCommand) -> String {
        let prefix = "USAGE: piplanner \(command.name) "
        var words = [String]()
        if !command.usage.isEmpty { words.append(command.usage) }
        for option in command.allOptions where option.name != OptionSpec.help.name {
            words.append(option.isRequired ? option.synopsis : "[\(option.synopsis)]")
        }
        var sections = [wrap(words, first: prefix, indent: String(repeating: " ", count: prefix.count))]
        sections.append(command.discussion)
        sections.append("OPTIONS:\n" + table(command.allOptions))
        switch command.examples.count {
        case 0: break
        case 1: sections.append("EXAMPLE: piplanner \(command.examples[0])")
        default: sections.append("EXAMPLES:\n" + command.examples.map { "  piplanner \($0)" }.joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n")
    }

    /// The overview: `description`, the usage, one line per command and the global options.
    static func overview(
        description: String, commands: [any PlannerCommand], globalOptions: [OptionSpec], footer: String
    ) -> String {
        let globals = globalOptions.map { "[\($0.synopsis)]" }.joined(separator: " ")
        let entries = commands.map { command in
            let required = command.options.filter(\.isRequired).map(\.synopsis)
            return (([command.name, command.usage] + required).filter { !$0.isEmpty }.joined(separator: " "), command.abstract)
        }
        return [
            description,
            "USAGE: piplanner \(globals) <command> [options]",
            "COMMANDS:\n" + columns(entries),
            "GLOBAL OPTIONS:\n" + table(globalOptions + [.help, .version]),
            footer,
        ].joined(separator: "\n\n")
    }

    /// Options in two columns: `--name VALUE` (with `-x, ` for a short alias) and the help with allowed values and default.
    static func table(_ options: [OptionSpec]) -> String {
        columns(options.map { (($0.shortName.map { "-\($0), " } ?? "") + $0.synopsis, $0.fullHelp) })
    }

    /// Two columns indented by two spaces; the second, wrapped, starts two spaces after the widest first.
    static func columns(_ rows: [(String, String)]) -> String {
        let left = (rows.map(\.0.count).max() ?? 0) + 4
        return rows.map { key, text in
            let first = "  " + key + String(repeating: " ", count: left - 2 - key.count)
            return wrap(text.split(separator: " ").map(String.init), first: first, indent: String(repeating: " ", count: left))
        }.joined(separator: "\n")
    }

    /// Words filled into lines of at most `width` columns; the first line starts with `first`, the others with `indent`.
    /// A word longer than a line gets a line of its own; a no-break space inside a word is printed as a space.
    static func wrap(_ words: [String], first: String, indent: String) -> String {
        var lines = [String]()
        var line = first
        var lineHasWord = false
        for word in words {
            if lineHasWord, line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n").replacingOccurrences(of: "\u{00A0}", with: " ")
    }
}
