import Foundation
import PIPlannerIO
import PIPlannerModel

/// `piplanner compare AREA AREA... [--scenario FILE] [--rank-by COLUMN] [--format markdown|csv|json|html] [--output FILE]`.
struct CompareCommand: PlannerCommand {
    let name = "compare"
    let abstract = "Set areas (GSS codes or config files) side by side, ranked by a chosen column"
    let usage = "AREA AREA..."
    let discussion = """
        Sets two or more areas side by side in one table: births, prevalence, each risk share with its
        basis (local, local-derived, national, config), measure, year and geography, infants at risk, caseload, teams by both methods, WTE, existing WTE and gap,
        cost (first year and all plan years), cost per baby seen, cost per 1,000 births, funding gap.

        AREA is a GSS code (a council, an ICB or a health board), planned from the shipped data under the
        scenario like `batch`, or a plan config file, each of whose areas is planned under that config.
        HTML is one self-contained page: a bar chart per key measure (prevalence, teams per 100,000
        births, cost per 1,000 births, WTE gap), the areas in rank order and the measure ranked by
        first, then every column with the ranking row highlighted.
        """
    let options: [OptionSpec] =
        [
            .value("scenario", "FILE", help: "Scenario for areas given as codes (a plan config without areas)"),
            AreaDataOptions.lowIncomeMeasureOption,
            .choice(
                "rank-by", CompareRenderer.rankableColumns, default: CompareRenderer.defaultRankBy,
                help: "Rank by this column, highest first",
                valueName: "COLUMN", describedAs: "a numeric column:"),
            .choice(
                "format", ["markdown", "csv", "json", "html"], default: "markdown",
                help: "markdown (areas in columns), csv or json (one record per area, in rank order), or html (charts and tables)"),
            .value("output", "FILE", help: "Write to FILE atomically instead of standard output (never over an input)"),
            .value("area-data", "DIR", help: "Read the area files from DIR instead of the built-in copy"),
        ] + UncertaintyOptions.specs
    let examples = ["compare E08000035 E08000003 E10000020 --rank-by prevalence"]

    func run(_ args: ParsedArguments, io: CommandIO) throws(PlannerError) -> Int32 {
        guard !args.positional.isEmpty else { throw .usage("compare needs two or more AREAs (GSS codes or config files)") }
        let format = args.choice("format")
        let rankBy = args.choice("rank-by")
        let reference = try PIPlannerCommand.loadReference(args, io: io)
        let given = try UncertaintyOptions.parse(args, reference: reference)
        let isFile: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) || $0.hasSuffix(".json") || $0.contains("/") }
        let needsData = args.positional.contains { !isFile($0) }
        // A named scenario is always checked, even when every AREA is a config file and it goes unused.
        let scenario = needsData || args.options["scenario"] != nil ? try AreaDataOptions.loadScenario(args, reference: reference) : nil
        let catalogInfo = needsData ? try AreaDataOptions.loadCatalog(args) : nil

        var entries: [CompareEntry] = []
        var issues: [Diagnostic] = []
        for (index, argument) in args.positional.enumerated() {
            if isFile(argument) {
                for area in try AreaSource.areas(inPlanConfig: argument, reference: reference) {
                    entries.append(CompareEntry(plan: area.plan(), origin: argument))
                }
                continue
            }
            let (catalog, origin) = catalogInfo!
            let source = AreaSource(catalog: catalog, areaDataOrigin: origin, scenario: scenario!, reference: reference)
            switch source.area(code: argument) {
            case .failure(let failure):
                issues.append(
                    failure.diagnostic(
                        argument: "AREA \(index + 1)", code: argument, expected: "a planning-area GSS code or a plan config file"))
            case .success(let built):
                entries.append(
                    CompareEntry(
                        plan: PlannableArea(built, origin: origin).plan(),
                        origin: "shipped data" + (origin == "embedded" ? "" : " (\(origin))"),
                        idaci2019Rate: built.record?.idaciRate, dataLowIncomeBasis: built.lowIncomeBasis))
            }
        }
        if !issues.isEmpty { throw .invalidInput(issues) }
        guard entries.count >= 2 else { throw .usage("compare needs at least two areas; got \(entries.count)") }

        // Areas given as config files are drawn under the scenario's distributions (or the reference defaults).
        let settings = scenario?.uncertainty ?? UncertaintySettings(reference: reference)
        var run: UncertaintyRun? = nil
        if let request = try UncertaintyOptions.request(given, settings: settings) {
            run = try UncertaintyRun.run(
                entries.map { ($0.plan.input, $0.plan.assumptions) }, settings: settings, request: request, keepDraws: true)
        }
        let version = PIPlannerCommand.version
        let text: String
        switch format {
        case "csv": text = CompareRenderer.csv(entries, rankBy: rankBy, uncertainty: run)
        case "json": text = CompareRenderer.json(entries, rankBy: rankBy, scenario: scenario, version: version, uncertainty: run)
        case "html":
            text = CompareHTMLRenderer.render(
                entries, rankBy: rankBy, scenario: scenario, version: PIPlannerCommand.version, uncertainty: run)
        default: text = CompareRenderer.markdown(entries, rankBy: rankBy, scenario: scenario, version: version, uncertainty: run)
        }
        try OutputWriter.write(text, to: args.options["output"], io: io)
        return 0
    }
}
