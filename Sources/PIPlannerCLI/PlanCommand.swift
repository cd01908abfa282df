import Foundation
import PIPlannerIO
import PIPlannerModel

/// `piplanner plan CONFIG [--format markdown|json] [--output FILE]`.
struct PlanCommand: PlannerCommand {
    let name = "plan"
    let abstract = "Plan the areas in a config file (Markdown business case or JSON)"
    let usage = "CONFIG"
    let discussion = """
        Plans every area in CONFIG (a version-1 JSON config; comments and trailing commas allowed)
        and prints a business case: summary, need, workforce, cost by year, funding and outcomes,
        risks, published evidence, overridden figures and an audit trail of every step.
        """
    let options: [OptionSpec] = [
        .choice(
            "format", ["markdown", "json"], default: "markdown",
            help: "Markdown for a board paper; JSON (schema piplanner.plan v1) for scripts"),
        .value("output", "FILE", help: "Write to FILE atomically instead of standard output (never over CONFIG)"),
    ]
    let examples = ["plan Examples/leeds-joint-funded.json"]

    func run(_ args: ParsedArguments, io: CommandIO) throws(PlannerError) -> Int32 {
        guard args.positional.count == 1 else {
            throw .usage(args.positional.isEmpty ? "plan needs a CONFIG file" : "plan takes one CONFIG file; got \(args.positional.count)")
        }
        let format = args.choice("format")
        let reference = try PIPlannerCommand.loadReference(args, io: io)
        let plan = try PlanConfigLoader(reference: reference).load(path: args.positional[0])
        let results = plan.areas.map { AreaPlanner.plan($0.input, assumptions: $0.assumptions) }
        let text =
            format == "json"
            ? PlanJSONRenderer.render(plan: plan, results: results, version: PIPlannerCommand.version)
            : PlanMarkdownRenderer.render(plan: plan, results: results, reference: reference, version: PIPlannerCommand.version)
        try OutputWriter.write(text, to: args.options["output"], io: io)
        return 0
    }
}
