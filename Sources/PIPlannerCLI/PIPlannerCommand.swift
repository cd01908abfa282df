import Foundation
import PIPlannerIO
import PIPlannerModel

/// The `piplanner` command line: the registry of commands and the dispatcher. `run(arguments:io:)` returns the exit code:
/// 0 ok, 1 invalid input (or a partial batch), 2 usage error.
public enum PIPlannerCommand {
    public static let version = "0.1.0"

    /// Every command, in the order the overview lists them. A new command is added here and nowhere else.
    static let commands: [any PlannerCommand] = [
        PlanCommand(), RolloutCommand(), ValidateCommand(), ReferenceCommand(), BatchCommand(), CompareCommand(), InitCommand(),
    ]

    /// Options every command accepts, after the command or before it (`piplanner --reference-data DIR plan c.json`).
    static let globalOptions: [OptionSpec] = [.referenceData]

    static var overview: String {
        HelpFormatter.overview(
            description: """
                piplanner \(version): plans specialised parent-infant relationship teams for a UK area:
                how many teams and WTE it needs, what they cost year by year, who pays and for which outcomes.
                """,
            commands: commands, globalOptions: globalOptions,
            footer: """
                EXIT CODES: 0 ok; 1 invalid input (or a partial batch); 2 usage error.
                Run 'piplanner <command> --help' (or 'piplanner help <command>') for a command's options.
                """)
    }

    /// Runs the command line `arguments` (without the program name). A write to standard output or standard error that
    /// failed is reported and makes the exit code 1 (`CommandIO.finish(_:)`).
    public static func run(arguments: [String], io: CommandIO = .standard()) -> Int32 {
        // Every file the command reads is logged, so that --output never replaces one (`OutputWriter.refuseInput`).
        io.finish(InputLog.recording { dispatch(arguments, io: io) })
    }

    /// Parses the global options and the command, and runs it; the exit code.
    private static func dispatch(_ arguments: [String], io: CommandIO) -> Int32 {
        var commandName: String? = nil
        do throws(PlannerError) {
            let (global, rest) = try ArgumentParser(specs: globalOptions + [.help, .version]).parse(arguments, stopAtPositional: true)
            if global.flags.contains(OptionSpec.version.name) || rest.first == "version" {
                io.out("piplanner \(version)\n")
                return 0
            }
            if global.flags.contains(OptionSpec.help.name) || rest.first == "help" {
                let topic = global.flags.contains(OptionSpec.help.name) ? rest.first : rest.dropFirst().first
                io.out((topic.flatMap(command(named:))?.help ?? overview) + "\n")
                return 0
            }
            guard let name = rest.first else {
                io.err(overview + "\n")
                return 2
            }
            guard let command = command(named: name) else {
                throw .usage(
                    "unknown command '\(name)'", notes: nearestKey(to: name, in: commandWords).map { ["did you mean '\($0)'?"] } ?? [])
            }
            commandName = name
            var (args, _) = try ArgumentParser(specs: command.allOptions).parse(Array(rest.dropFirst()))
            if args.flags.contains(OptionSpec.help.name) {
                io.out(command.help + "\n")
                return 0
            }
            // A global option given before the command counts unless the command line repeats it after.
            for (option, value) in global.options where args.options[option] == nil { args.options[option] = value }
            return try command.run(args, io: io)
        } catch {
            io.err(DiagnosticFormatter.terminal(error.isUsage ? withHelpPointer(error, commandName) : error.diagnostics))
            return error.exitCode
        }
    }

    /// A usage error's diagnostics, the last with a note pointing to the command's help.
    static func withHelpPointer(_ error: PlannerError, _ commandName: String?) -> [Diagnostic] {
        var diagnostics = error.diagnostics
        diagnostics[diagnostics.count - 1].notes.append("run 'piplanner \(commandName.map { $0 + " " } ?? "")--help' for usage")
        return diagnostics
    }

    /// The words that are commands, for suggesting the nearest to a mistyped one.
    static var commandWords: [String] { commands.map(\.name) + ["help", "version"] }

    static func command(named name: String) -> (any PlannerCommand)? { commands.first { $0.name == name } }

    /// Loads reference data from `--reference-data`, the environment, or the built-in copy. A directory that is not
    /// there is named with where it was given, so that a stale `PIPLANNER_REFERENCE_DATA` is found.
    static func loadReference(_ args: ParsedArguments, io: CommandIO) throws(PlannerError) -> ReferenceData {
        let given = args.options["reference-data"].map { ($0, "--reference-data") }
        guard let (dir, origin) = given ?? io.environment["PIPLANNER_REFERENCE_DATA"].map({ ($0, "PIPLANNER_REFERENCE_DATA") }),
            !dir.isEmpty
        else { return try ReferenceData.embedded() }
        do { return try ReferenceData.load(directory: URL(fileURLWithPath: dir)) } catch {
            let missing = error.diagnostics.first.map { $0.category == .fileNotFound && $0.location.file == URL(fileURLWithPath: dir).path }
            guard missing == true else { throw error }
            let unset = origin == "--reference-data" ? "" : " (unset it to use the built-in reference data)"
            throw .referenceData(file: dir, message: "no such directory, named by \(origin)\(unset)")
        }
    }
}
