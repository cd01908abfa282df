import Foundation
import PIPlannerIO
import PIPlannerModel

/// `piplanner batch --areas SET|CODE,CODE,... [--scenario FILE] [--format csv|jsonl|html] [--map-measure COLUMN] [--output FILE]`.
struct BatchCommand: PlannerCommand {
    let name = "batch"
    let abstract = "Plan every area of a set (all, england, icbs, ... or codes) from the shipped data"
    let usage = ""
    let discussion = """
        Plans every area of a set from the shipped area data (population, births, need) under one
        scenario, and writes one row (CSV) or one object (JSON lines) per area with a totals row or summary,
        or one self-contained HTML page: the set's totals, the areas on a hex map of the UK (English
        counties drawn as their districts, health boards as their councils; ICBs on a map of the ICBs)
        coloured by --map-measure, and the areas ranked by it in a table under the map.
        A summary goes to standard error: areas planned, areas excluded and why, coverage and boundary notes.

        SETS: all (218 UK planning units: 153 English upper-tier, 22 Welsh, 32 Scottish, 11 NI councils),
              england, wales, scotland, northern-ireland, icbs (42), health-boards (7 Welsh + 14 Scottish);
              or GSS codes separated by commas (e.g. E08000035,E08000003).

        Each area: population and births from the data; low-income share = its share of children aged 0-15
        in low income families, FYE 2025 (local; counties, ICBs, boards: summed counts over their councils),
        or its IDACI 2019 rate (--low-income-measure idaci-2019, England only); maltreatment share = England's
        under-1 share scaled by the authority's children-in-need rate (local-derived, English authorities),
        else England's national share; existing WTE 0; no funding. The summary counts areas by basis.

        EXIT CODES: 0 every area planned; 1 invalid scenario or data, or a partial batch (an area row
        rejected or an area not plannable: the rest are still planned and written); 2 usage error.
        """
    let options: [OptionSpec] =
        [
            .value("areas", "SET|CODES", help: "The areas to plan: a set above or GSS codes separated by commas", required: true),
            .value(
                "scenario", "FILE",
                help: """
                    A plan config without areas (version, preset, assumptions, sizingMethod, combination, staffingModel, pay, \
                    planYears); default: reference defaults, staffing model and 3 plan years from the year after the latest pay year
                    """),
            AreaDataOptions.lowIncomeMeasureOption,
            .choice(
                "format", ["csv", "jsonl", "html"], default: "csv",
                help: "CSV (columns in Examples/README-areas.md), JSON lines, or HTML with a hex map"),
            .choice(
                "map-measure", BatchHTMLRenderer.mapMeasures, default: BatchHTMLRenderer.defaultMapMeasure,
                help: """
                    With --format html: the measure the map is coloured by and the table ranked by. The default, recommended teams per \
                    100,000 births, is a rate, so a small city and a large county compare on one basis (a count such as gap_wte \
                    mostly maps population), and it is what is commissioned, where prevalence is its cause
                    """, valueName: "COLUMN"),
            .value("output", "FILE", help: "Write to FILE atomically instead of standard output"),
            .value("area-data", "DIR", help: "Read local-authorities.csv, icbs.csv, health-boards.csv from DIR"),
        ] + UncertaintyOptions.specs
    let examples = [
        "batch --areas england --output england.csv", "batch --areas all --draws 10000 --format csv",
        "batch --areas all --format html --output uk.html",
    ]

    func run(_ args: ParsedArguments, io: CommandIO) throws(PlannerError) -> Int32 {
        guard args.positional.isEmpty else { throw .usage("batch takes no positional arguments; name the areas with --areas") }
        guard let areasText = args.options["areas"] else {
            throw .usage(
                "batch needs --areas (one of \(AreaSet.allCases.map(\.rawValue).joined(separator: ", ")), or codes separated by commas)")
        }
        guard let selection = BatchSelection(areasText) else {
            throw .usage(
                "--areas must be one of \(AreaSet.allCases.map(\.rawValue).joined(separator: ", ")), or GSS codes separated by commas; got '\(areasText)'",
                notes: nearestKey(to: areasText, in: AreaSet.allCases.map(\.rawValue)).map { ["did you mean '\($0)'?"] } ?? [])
        }
        let format = args.choice("format")
        if args.options["map-measure"] != nil, format != "html" {
            throw .usage("--map-measure colours the map of --format html; got --format \(format)")
        }
        let reference = try PIPlannerCommand.loadReference(args, io: io)
        let given = try UncertaintyOptions.parse(args, reference: reference)
        // The scenario is checked in full before anything is planned or written.
        let scenario = try AreaDataOptions.loadScenario(args, reference: reference)
        let (catalog, origin) = try AreaDataOptions.loadCatalog(args)
        let prepared = BatchPlanner.prepare(
            selection, from: AreaSource(catalog: catalog, areaDataOrigin: origin, scenario: scenario, reference: reference))
        // The plans are made on a thread of their own while the draws, which start from the same inputs, run.
        let planning = Background { BatchPlanner.plan(prepared) }
        var run: UncertaintyRun? = nil
        do {
            if !prepared.built.isEmpty, let request = try UncertaintyOptions.request(given, settings: scenario.uncertainty) {
                // The CSV reads the percentiles of its interval columns only; the other formats read every output's.
                let csvOutputs = BatchUncertaintyColumns.outputs(years: scenario.planYears)
                run = try UncertaintyRun.run(
                    prepared.built.map { ($0.input, $0.assumptions) }, settings: scenario.uncertainty, request: request,
                    percentilesOf: format == "csv" ? csvOutputs : nil)
            }
        } catch {
            _ = planning.wait()
            throw error
        }
        let result = planning.wait()
        let summary = BatchRenderer.stderrSummary(result)
        guard !result.planned.isEmpty else {
            io.err(summary)
            throw PlannerError(Diagnostic(severity: .error, category: .areaExcluded, message: "no area could be planned; nothing written"))
        }
        let text: String
        switch format {
        case "jsonl": text = BatchRenderer.jsonl(result, version: PIPlannerCommand.version, uncertainty: run)
        case "html":
            text = try BatchHTMLRenderer.render(
                result, catalog: catalog, reference: reference, mapMeasure: args.choice("map-measure"), version: PIPlannerCommand.version,
                uncertainty: run)
        default: text = BatchRenderer.csv(result, uncertainty: run)
        }
        // The file first, then the summary: a standard error that fails never costs the file.
        do { try OutputWriter.write(text, to: args.options["output"], io: io) } catch {
            io.err(summary)
            throw error
        }
        io.err(summary)
        return result.isPartial ? 1 : 0
    }
}
