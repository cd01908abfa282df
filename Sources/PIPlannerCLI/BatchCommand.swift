import Foundation
import PIPlannerIO
import PIPlannerModel

/// `piplanner batch --areas SET|CODE,CODE,... [--scenario FILE] [--format csv|jsonl] [--output FILE]`.
struct BatchCommand: PlannerCommand {
    let name = "batch"
    let abstract = "Plan every area of a set (all, england, icbs, ... or codes) from the shipped data"
    let usage = ""
    let discussion = """
        Plans every area of a set from the shipped area data (population, births, IDACI 2019) under one
        scenario, and writes one row (CSV) or one object (JSON lines) per area with a totals row or summary.
        A summary goes to standard error: areas planned, areas excluded and why, coverage and boundary notes.

        SETS: all (218 UK planning units: 153 English upper-tier, 22 Welsh, 32 Scottish, 11 NI councils),
              england, wales, scotland, northern-ireland, icbs (42), health-boards (7 Welsh + 14 Scottish);
              or GSS codes separated by commas (e.g. E08000035,E08000003).

        Each area: population and births from the data; low-income share = its IDACI 2019 rate (local;
        ICBs: births-weighted over their authorities; none in Wales, Scotland, NI, said in a finding);
        maltreatment share = England's national figure; existing WTE 0; no funding.

        EXIT CODES: 0 every area planned; 1 invalid scenario or data, or a partial batch (an area row
        rejected or an area not plannable: the rest are still planned and written); 2 usage error.
        """
    let options: [OptionSpec] = [
        .value("areas", "SET|CODES", help: "The areas to plan: a set above or GSS codes separated by commas", required: true),
        .value(
            "scenario", "FILE",
            help: """
                A plan config without areas (version, preset, assumptions, sizingMethod, combination, staffingModel, pay, \
                planYears); default: reference defaults, staffing model and 3 plan years from the year after the latest pay year
                """),
        .choice("format", ["csv", "jsonl"], default: "csv", help: "CSV (columns in Examples/README-areas.md) or JSON lines"),
        .value("output", "FILE", help: "Write to FILE atomically instead of standard output"),
        .value("area-data", "DIR", help: "Read local-authorities.csv, icbs.csv, health-boards.csv from DIR"),
    ]
    let examples = ["batch --areas england --output england.csv"]

    func run(_ args: ParsedArguments, io: CommandIO) throws(PlannerError) -> Int32 {
        guard args.positional.isEmpty else { throw .usage("batch takes no positional arguments; name the areas with --areas") }
        guard let areasText = args.options["areas"] else {
            throw .usage(
                "batch needs --areas (one of \(AreaSet.allCases.map(\.rawValue).joined(separator: ", ")), or codes separated by commas)")
        }
        guard let selection = BatchSelection(areasText) else {
            let suggestion = nearestKey(to: areasText, in: AreaSet.allCases.map(\.rawValue)).map { "; did you mean '\($0)'?" } ?? ""
            throw .usage(
                "--areas must be one of \(AreaSet.allCases.map(\.rawValue).joined(separator: ", ")), or GSS codes separated by commas; got '\(areasText)'\(suggestion)"
            )
        }
        let format = args.choice("format")
        let reference = try PIPlannerCommand.loadReference(args, io: io)
        // The scenario is checked in full before anything is planned or written.
        let scenario = try AreaDataOptions.loadScenario(args, reference: reference)
        let (catalog, origin) = try AreaDataOptions.loadCatalog(args)
        let result = BatchPlanner.run(
            selection, from: AreaSource(catalog: catalog, areaDataOrigin: origin, scenario: scenario, reference: reference))
        let summary = BatchRenderer.stderrSummary(result)
        guard !result.planned.isEmpty else {
            io.err(summary + "error: no area could be planned; nothing written\n")
            return 1
        }
        let text = format == "jsonl" ? BatchRenderer.jsonl(result, version: PIPlannerCommand.version) : BatchRenderer.csv(result)
        // The file first, then the summary: a standard error that fails never costs the file.
        do { try OutputWriter.write(text, to: args.options["output"], io: io) } catch {
            io.err(summary)
            throw error
        }
        io.err(summary)
        return result.isPartial ? 1 : 0
    }
}
