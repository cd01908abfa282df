import Foundation
import PIPlannerIO
import PIPlannerModel

/// `piplanner validate CONFIG...`.
struct ValidateCommand: PlannerCommand {
    let name = "validate"
    let abstract = "Check plan or rollout config files without planning; report every problem"
    let usage = "CONFIG..."
    let discussion = """
        Checks each config file against the schema and the reference data without planning.
        A file with "kind": "rollout" is checked as a rollout config (see 'piplanner rollout --help').
        Prints every problem with file, line:column, field path, the value found and what is expected.

        EXIT CODES: 0 if all are valid, 1 if any is not; 2 usage error.
        """
    let options: [OptionSpec] = []

    func run(_ args: ParsedArguments, io: CommandIO) throws(PlannerError) -> Int32 {
        guard !args.positional.isEmpty else { throw .usage("validate needs at least one CONFIG file") }
        let reference = try PIPlannerCommand.loadReference(args, io: io)
        let loader = PlanConfigLoader(reference: reference)
        var failed = 0
        for path in args.positional {
            do {
                // Read once, then checked as the kind it declares: a pipe (`validate <(...)`) cannot be read twice.
                let text = try InputFile.readText(path, what: "a config file")
                if RolloutConfigLoader.declaresRollout(text: text) {
                    let config = try RolloutConfigLoader(reference: reference).load(
                        text: text, file: path, baseDirectory: Self.directory(of: path))
                    let rollout = try RolloutPlanner(reference: reference).plan(config)
                    io.out("\(path): ok (rollout, \(rollout.plan.years.count) year\(rollout.plan.years.count == 1 ? "" : "s"))\n")
                    continue
                }
                let plan = try loader.load(text: text, file: path)
                io.out("\(path): ok (\(plan.areas.count) area\(plan.areas.count == 1 ? "" : "s"))\n")
            } catch {
                failed += 1
                io.err(DiagnosticFormatter.terminal(error.diagnostics))
            }
        }
        if args.positional.count > 1 { io.out("\(args.positional.count - failed) of \(args.positional.count) configs valid\n") }
        return failed == 0 ? 0 : 1
    }

    /// The directory a config's relative paths (a rollout's `fromAreas`) are resolved against, as `load(path:)` does.
    static func directory(of path: String) -> URL { URL(fileURLWithPath: path).deletingLastPathComponent() }
}
