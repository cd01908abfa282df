import Foundation
import PIPlannerIO
import PIPlannerModel

/// The `piplanner` command line. `run(arguments:io:)` returns the exit code:
/// 0 ok, 1 invalid input (or a partial batch), 2 usage error.
public enum PIPlannerCommand {
    public static let version = "0.1.0"

    static let overview = """
        piplanner \(version): plans specialised parent-infant relationship teams for a UK area:
        how many teams and WTE it needs, what they cost year by year, who pays and for which outcomes.

        USAGE: piplanner <command> [options]

        COMMANDS:
          plan CONFIG        Plan the areas in a config file (Markdown business case or JSON)
          rollout CONFIG     Cost a phased rollout of teams year by year (Markdown, JSON or CSV)
          validate CONFIG... Check plan or rollout config files without planning; report every problem
          reference          List every reference figure with its value, unit, basis and source
          batch --areas SET  Plan every area of a set (all, england, icbs, ... or codes) from the shipped data
          compare AREA...    Set areas (GSS codes or config files) side by side, ranked by a chosen column
          init --area CODE   Write a commented starter config for an area from the shipped data

        GLOBAL OPTIONS:
          --reference-data DIR  Use reference data from DIR instead of the copy built in
                                (also: environment variable PIPLANNER_REFERENCE_DATA)
          --help, -h            Show help (also: piplanner help <command>)
          --version             Show the version

        EXIT CODES: 0 ok; 1 invalid input (or a partial batch); 2 usage error.
        Run 'piplanner <command> --help' for a command's options.
        """

    /// Runs the command line `arguments` (without the program name).
    public static func run(arguments: [String], io: CommandIO = .standard()) -> Int32 {
        guard let command = arguments.first else {
            io.err(overview + "\n")
            return 2
        }
        let rest = Array(arguments.dropFirst())
        do {
            switch command {
            case "--help", "-h", "help":
                if let topic = rest.first, let help = help(for: topic) { io.out(help + "\n") } else { io.out(overview + "\n") }
                return 0
            case "--version", "version":
                io.out("piplanner \(version)\n")
                return 0
            case "plan": return try PlanCommand.run(rest, io: io)
            case "rollout": return try RolloutCommand.run(rest, io: io)
            case "validate": return try ValidateCommand.run(rest, io: io)
            case "reference": return try ReferenceCommand.run(rest, io: io)
            case "batch": return try BatchCommand.run(rest, io: io)
            case "compare": return try CompareCommand.run(rest, io: io)
            case "init": return try InitCommand.run(rest, io: io)
            default:
                let suggestion = nearestKey(to: command, in: commands).map { " Did you mean '\($0)'?" } ?? ""
                throw PlannerError.usage("unknown command '\(command)'.\(suggestion) Run 'piplanner --help'.")
            }
        } catch let error as PlannerError {
            io.err(error.description + "\n")
            if case .usage = error { io.err("Run 'piplanner \(commands.contains(command) ? command + " " : "")--help' for usage.\n") }
            return error.exitCode
        } catch {
            io.err("error: \(error)\n")
            return 1
        }
    }

    static let commands = ["plan", "rollout", "validate", "reference", "help", "batch", "compare", "init"]

    static func help(for command: String) -> String? {
        switch command {
        case "plan": return PlanCommand.help
        case "rollout": return RolloutCommand.help
        case "validate": return ValidateCommand.help
        case "reference": return ReferenceCommand.help
        case "batch": return BatchCommand.help
        case "compare": return CompareCommand.help
        case "init": return InitCommand.help
        default: return nil
        }
    }

    /// Loads reference data from `--reference-data`, the environment, or the built-in copy.
    static func loadReference(_ args: ParsedArguments, io: CommandIO) throws(PlannerError) -> ReferenceData {
        if let dir = args.options["reference-data"] ?? io.environment["PIPLANNER_REFERENCE_DATA"], !dir.isEmpty {
            return try ReferenceData.load(directory: URL(fileURLWithPath: dir))
        }
        return try ReferenceData.embedded()
    }
}
