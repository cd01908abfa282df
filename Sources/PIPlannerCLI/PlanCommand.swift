import Foundation
import PIPlannerIO
import PIPlannerModel

/// `piplanner plan CONFIG [--format markdown|json|html|csv] [--output FILE]`.
struct PlanCommand: PlannerCommand {
    let name = "plan"
    let abstract = "Plan the areas in a config file (Markdown or HTML business case, JSON or CSV)"
    let usage = "CONFIG"
    let discussion = """
        Plans every area in CONFIG (a version-1 JSON config; comments and trailing commas allowed)
        and prints a business case: summary, need, workforce, cost by year, funding and outcomes,
        risks, published evidence, overridden figures and an audit trail of every step.
        HTML is one self-contained page (inline CSS and SVG charts, no script, nothing fetched) that
        prints on A4: cost by year, caseload against babies seen, teams by both methods, WTE by role
        and funding by funder, each with its data table, and the audit trail collapsed until printed.
        CSV is one long table, a row a figure of each area (and plan year): columns area, area_code,
        section, figure, label, unit, year, value, p10, p50, p90, mean; with --draws the intervals,
        the probabilities and the tornado rows (the input at its P10 and P90, need teams and total
        cost at each, the swings and the rank). Money in pounds with two decimals.
        """
    let options: [OptionSpec] =
        [
            .choice(
                "format", ["markdown", "json", "html", "csv"], default: "markdown",
                help: """
                    Markdown for a board paper; JSON (schema piplanner.plan v1) for scripts; HTML with charts to open, email or \
                    print; CSV, a row a figure (with --draws its P10/P50/P90 and the tornado rows), for a spreadsheet
                    """),
            .value("output", "FILE", help: "Write to FILE atomically instead of standard output (never over CONFIG)"),
            .value(
                "budget", "GBP",
                help: "Solve each area for the largest phased workforce GBP a year pays for (replaces a budget in CONFIG)"),
        ] + UncertaintyOptions.specs
    let examples = [
        "plan Examples/leeds-joint-funded.json", "plan Examples/leeds-joint-funded.json --draws 10000",
        "plan Examples/leeds-joint-funded.json --format html --output leeds.html",
        "plan Examples/leeds-joint-funded.json --draws 1000 --format csv --output leeds.csv",
        "plan Examples/leeds-phased-budget.json --budget 600000",
    ]

    func run(_ args: ParsedArguments, io: CommandIO) throws(PlannerError) -> Int32 {
        guard args.positional.count == 1 else {
            throw .usage(args.positional.isEmpty ? "plan needs a CONFIG file" : "plan takes one CONFIG file; got \(args.positional.count)")
        }
        let format = args.choice("format")
        let reference = try PIPlannerCommand.loadReference(args, io: io)
        let given = try UncertaintyOptions.parse(args, reference: reference)
        var plan = try PlanConfigLoader(reference: reference).load(path: args.positional[0])
        if let budget = args.options["budget"] { try Self.apply(budget: budget, to: &plan) }
        let results = plan.areas.map { AreaPlanner.plan($0.input, assumptions: $0.assumptions) }
        var run: UncertaintyRun? = nil
        if let request = try UncertaintyOptions.request(given, settings: plan.uncertainty) {
            run = try UncertaintyRun.run(
                plan.areas.map { ($0.input, $0.assumptions) }, settings: plan.uncertainty, request: request, tornado: true)
        }
        let version = PIPlannerCommand.version
        let text: String
        switch format {
        case "json": text = PlanJSONRenderer.render(plan: plan, results: results, version: version, uncertainty: run)
        case "csv": text = PlanCSVRenderer.render(plan: plan, results: results, reference: reference, uncertainty: run)
        case "html": text = PlanHTMLRenderer.render(plan: plan, results: results, reference: reference, version: version, uncertainty: run)
        default: text = PlanMarkdownRenderer.render(plan: plan, results: results, reference: reference, version: version, uncertainty: run)
        }
        try OutputWriter.write(text, to: args.options["output"], io: io)
        return 0
    }

    /// `--budget GBP`: every area solved for GBP a year, in place of any budget in the config; refused with a target.
    static func apply(budget text: String, to plan: inout LoadedPlan) throws(PlannerError) {
        guard let gbp = Double(text), gbp.isFinite, gbp > 0, Money.canHold(gbp) else {
            throw .usage("--budget needs an amount in GBP a year greater than 0, e.g. --budget 600000; got '\(text)'")
        }
        for index in plan.areas.indices {
            var input = plan.areas[index].input
            if case .target = input.recruitment.goal {
                throw .usage(
                    "--budget cannot be used with the target set by \(input.recruitment.goalSource) (\(input.name)): give a budget or a target, not both"
                )
            }
            input.recruitment.goal = .budget(Array(repeating: Money(gbp: gbp), count: input.planYears.count))
            input.recruitment.goalSource = "--budget \(text)"
            plan.areas[index].input = input
        }
    }
}
