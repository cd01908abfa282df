import Foundation
import PIPlannerIO
import PIPlannerModel

/// `piplanner plan CONFIG [--format markdown|json] [--output FILE]`.
enum PlanCommand {
    static let help = """
        USAGE: piplanner plan CONFIG [--format markdown|json] [--output FILE] [--reference-data DIR]

        Plans every area in CONFIG (a version-1 JSON config; comments and trailing commas allowed)
        and prints a business case: summary, need, workforce, cost by year, funding and outcomes,
        risks, published evidence, overridden figures and an audit trail of every step.

        OPTIONS:
          --format markdown|json  Markdown (default) for a board paper; JSON (schema piplanner.plan v1) for scripts
          --output FILE           Write to FILE atomically instead of standard output (never over CONFIG)
          --reference-data DIR    Reference data directory to use instead of the built-in copy

        EXAMPLE: piplanner plan Examples/leeds-joint-funded.json
        """

    static func run(_ arguments: [String], io: CommandIO) throws(PlannerError) -> Int32 {
        let args = try ParsedArguments(arguments, options: ["format", "output", "reference-data"], flags: ["help"])
        if args.flags.contains("help") {
            io.out(help + "\n")
            return 0
        }
        guard args.positional.count == 1 else {
            throw .usage(args.positional.isEmpty ? "plan needs a CONFIG file" : "plan takes one CONFIG file; got \(args.positional.count)")
        }
        let format = try args.choice("format", from: ["markdown", "json"], default: "markdown")
        let reference = try PIPlannerCommand.loadReference(args, io: io)
        let plan = try PlanConfigLoader(reference: reference).load(path: args.positional[0])
        let results = plan.areas.map { AreaPlanner.plan($0.input, assumptions: $0.assumptions) }
        let text =
            format == "json"
            ? PlanJSONRenderer.render(plan: plan, results: results, version: PIPlannerCommand.version)
            : PlanMarkdownRenderer.render(plan: plan, results: results, reference: reference, version: PIPlannerCommand.version)
        try OutputWriter.write(text, to: args.options["output"], inputs: [args.positional[0]], io: io)
        return 0
    }
}

/// `piplanner validate CONFIG...`.
enum ValidateCommand {
    static let help = """
        USAGE: piplanner validate CONFIG... [--reference-data DIR]

        Checks each config file against the schema and the reference data without planning.
        A file with "kind": "rollout" is checked as a rollout config (see 'piplanner rollout --help').
        Prints every problem with file, line:column, field path, the value found and what is expected.
        Exit code 0 if all are valid, 1 if any is not.
        """

    static func run(_ arguments: [String], io: CommandIO) throws(PlannerError) -> Int32 {
        let args = try ParsedArguments(arguments, options: ["reference-data"], flags: ["help"])
        if args.flags.contains("help") {
            io.out(help + "\n")
            return 0
        }
        guard !args.positional.isEmpty else { throw .usage("validate needs at least one CONFIG file") }
        let reference = try PIPlannerCommand.loadReference(args, io: io)
        let loader = PlanConfigLoader(reference: reference)
        var failed = 0
        for path in args.positional {
            do {
                if RolloutConfigLoader.declaresRollout(path: path) {
                    let config = try RolloutConfigLoader(reference: reference).load(path: path)
                    let rollout = try RolloutPlanner(reference: reference).plan(config)
                    io.out("\(path): ok (rollout, \(rollout.plan.years.count) year\(rollout.plan.years.count == 1 ? "" : "s"))\n")
                    continue
                }
                let plan = try loader.load(path: path)
                io.out("\(path): ok (\(plan.areas.count) area\(plan.areas.count == 1 ? "" : "s"))\n")
            } catch {
                failed += 1
                io.err(error.description + "\n")
            }
        }
        if args.positional.count > 1 { io.out("\(args.positional.count - failed) of \(args.positional.count) configs valid\n") }
        return failed == 0 ? 0 : 1
    }
}

/// `piplanner reference [--format markdown|json]`.
enum ReferenceCommand {
    static let help = """
        USAGE: piplanner reference [--format markdown|json] [--reference-data DIR]

        Lists every reference figure (value, unit, basis, source and derivation), the staffing models,
        the funders and their outcomes, and the pay scales with their source quality.
        """

    static func run(_ arguments: [String], io: CommandIO) throws(PlannerError) -> Int32 {
        let args = try ParsedArguments(arguments, options: ["format", "reference-data"], flags: ["help"])
        if args.flags.contains("help") {
            io.out(help + "\n")
            return 0
        }
        guard args.positional.isEmpty else { throw .usage("reference takes no arguments") }
        let format = try args.choice("format", from: ["markdown", "json"], default: "markdown")
        let reference = try PIPlannerCommand.loadReference(args, io: io)
        io.out(format == "json" ? ReferenceRenderer.json(reference) : ReferenceRenderer.markdown(reference))
        return 0
    }
}
