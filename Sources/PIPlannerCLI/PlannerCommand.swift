import PIPlannerIO

/// A `piplanner` subcommand, declared once: the dispatcher parses its arguments against `options`, and its help
/// and its line in the overview are generated from the same declaration (`HelpFormatter`).
///
/// To add a command: write a type conforming to this protocol in its own file and add it to
/// `PIPlannerCommand.commands`. To add an option: add an `OptionSpec` to the command's `options` and read it
/// in `run` with `args.options[name]`, `args.value(name)`, `args.choice(name)`, `args.values(name)` or `args.flags`.
protocol PlannerCommand: Sendable {
    /// The word that selects the command: `plan`.
    var name: String { get }
    /// One line for the overview's command list.
    var abstract: String { get }
    /// The positional arguments as the usage line shows them (`CONFIG`, `AREA AREA...`); empty if none.
    /// Required options follow them in the usage line and the overview, from their `OptionSpec`.
    var usage: String { get }
    /// What the command does, printed under the usage line; may hold sections such as `SETS:` or `EXIT CODES:`.
    var discussion: String { get }
    /// The options the command accepts, besides `--reference-data` and `--help`, which every command accepts.
    var options: [OptionSpec] { get }
    /// Example command lines, without the leading `piplanner`.
    var examples: [String] { get }
    /// Runs the command on arguments already parsed against `options`; returns the exit code.
    func run(_ args: ParsedArguments, io: CommandIO) throws(PlannerError) -> Int32
}

extension PlannerCommand {
    var examples: [String] { [] }

    /// Every option the command accepts, in the order its help lists them: its own, then the global ones.
    var allOptions: [OptionSpec] { options + PIPlannerCommand.globalOptions + [.help] }

    /// The command's help text, generated from its declaration.
    var help: String { HelpFormatter.help(for: self) }
}
