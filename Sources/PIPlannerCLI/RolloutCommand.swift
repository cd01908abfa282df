import Foundation
import PIPlannerIO
import PIPlannerModel

/// `piplanner rollout CONFIG [--format markdown|json|csv|html] [--output FILE]`.
struct RolloutCommand: PlannerCommand {
    let name = "rollout"
    let abstract = "Cost a phased rollout of teams year by year (Markdown, JSON, CSV or HTML)"
    let usage = "CONFIG"
    let discussion = """
        Costs a phased rollout of teams year by year (a version-1 rollout config; comments and trailing
        commas allowed): teams fully operating and coming into operation, their labour, training, any
        development programme, the total each year and over a named span of years, and children seen;
        then the assumptions used with sources, overridden figures, findings and an audit trail.
        The schedule is given year by year, derived from a target and a cap on teams starting a year,
        or derived from the teams a set of areas needs: the areas of a plan config, or areas planned from
        the shipped area data as `batch` plans them ("areas": "england" or ["E08000035", ...]).
        Schema: Examples/README-rollout.md.
        """
    let options: [OptionSpec] =
        [
            .choice(
                "format", ["markdown", "json", "csv", "html"], default: "markdown",
                help: """
                    Markdown; JSON (schema piplanner.rollout v1); CSV with a header row with units, one row per line item, \
                    plain numbers; or HTML, one self-contained page with the cost by year stacked by line and the teams operating \
                    (with --draws, each year's P10-P90 too)
                    """),
            .value("output", "FILE", help: "Write to FILE atomically instead of standard output (never over an input)"),
            .value(
                "area-data", "DIR",
                help: """
                    For schedule.fromAreas.areas: read local-authorities.csv, icbs.csv and health-boards.csv from DIR \
                    instead of the built-in copy
                    """),
        ] + UncertaintyOptions.specs
    let examples = [
        "rollout Examples/spending-review-2021-rollout.json --format csv",
        "rollout Examples/spending-review-2021-rollout.json --draws 10000",
    ]

    func run(_ args: ParsedArguments, io: CommandIO) throws(PlannerError) -> Int32 {
        guard args.positional.count == 1 else {
            throw .usage(
                args.positional.isEmpty ? "rollout needs a CONFIG file" : "rollout takes one CONFIG file; got \(args.positional.count)")
        }
        let format = args.choice("format")
        let reference = try PIPlannerCommand.loadReference(args, io: io)
        let config = try RolloutConfigLoader(reference: reference).load(path: args.positional[0])
        let given = try UncertaintyOptions.parse(args, reference: reference)
        let rollout = try RolloutPlanner(reference: reference, areaDataDirectory: args.options["area-data"]).plan(config)
        var run: RolloutUncertaintyRun? = nil
        if let request = try UncertaintyOptions.request(given, settings: rollout.uncertainty) {
            run = try RolloutUncertaintyRun.run(rollout, request: request)
        }
        let text: String
        switch format {
        case "json": text = RolloutJSONRenderer.render(rollout, version: PIPlannerCommand.version, uncertainty: run)
        case "csv": text = RolloutCSVRenderer.render(rollout, uncertainty: run)
        case "html": text = RolloutHTMLRenderer.render(rollout, version: PIPlannerCommand.version, uncertainty: run)
        default: text = RolloutMarkdownRenderer.render(rollout, version: PIPlannerCommand.version, uncertainty: run)
        }
        try OutputWriter.write(text, to: args.options["output"], io: io)
        return 0
    }
}
