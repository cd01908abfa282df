import Foundation
import PIPlannerIO
import PIPlannerModel

/// `piplanner batch --areas SET|CODE,CODE,... [--scenario FILE] [--format csv|jsonl] [--output FILE]`.
enum BatchCommand {
    static let help = """
        USAGE: piplanner batch --areas SET|CODE,CODE,... [--scenario FILE] [--format csv|jsonl] [--output FILE]
                               [--area-data DIR] [--reference-data DIR]

        Plans every area of a set from the shipped area data (population, births, IDACI 2019) under one
        scenario, and writes one row (CSV) or one object (JSON lines) per area with a totals row or summary.
        A summary goes to standard error: areas planned, areas excluded and why, coverage and boundary notes.

        SETS: all (218 UK planning units: 153 English upper-tier, 22 Welsh, 32 Scottish, 11 NI councils),
              england, wales, scotland, northern-ireland, icbs (42), health-boards (7 Welsh + 14 Scottish);
              or GSS codes separated by commas (e.g. E08000035,E08000003).

        Each area: population and births from the data; low-income share = its IDACI 2019 rate (local;
        ICBs: births-weighted over their authorities; none in Wales, Scotland, NI, said in a finding);
        maltreatment share = England's national figure; existing WTE 0; no funding.

        OPTIONS:
          --areas SET|CODES       The areas to plan (required)
          --scenario FILE         A plan config without areas (version, preset, assumptions, sizingMethod,
                                  combination, staffingModel, pay, planYears); default: reference defaults,
                                  staffing model and 3 plan years from the year after the latest pay year
          --format csv|jsonl      CSV (default; columns in Examples/README-areas.md) or JSON lines
          --output FILE           Write to FILE atomically instead of standard output
          --area-data DIR         Read local-authorities.csv, icbs.csv, health-boards.csv from DIR
          --reference-data DIR    Reference data directory to use instead of the built-in copy

        EXIT CODES: 0 every area planned; 1 invalid scenario or data, or a partial batch (an area row
        rejected or an area not plannable: the rest are still planned and written); 2 usage error.
        """

    static func run(_ arguments: [String], io: CommandIO) throws(PlannerError) -> Int32 {
        let args = try ParsedArguments(
            arguments, options: ["areas", "scenario", "format", "output", "area-data", "reference-data"], flags: ["help"])
        if args.flags.contains("help") {
            io.out(help + "\n")
            return 0
        }
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
        let format = try args.choice("format", from: ["csv", "jsonl"], default: "csv")
        let reference = try PIPlannerCommand.loadReference(args, io: io)
        // The scenario is checked in full before anything is planned or written.
        let scenario = try AreaDataOptions.loadScenario(args, reference: reference)
        let (catalog, origin) = try AreaDataOptions.loadCatalog(args)
        let result = BatchPlanner.run(
            selection, from: AreaSource(catalog: catalog, areaDataOrigin: origin, scenario: scenario, reference: reference))
        io.err(BatchRenderer.stderrSummary(result))
        guard !result.planned.isEmpty else {
            io.err("error: no area could be planned; nothing written\n")
            return 1
        }
        let text = format == "jsonl" ? BatchRenderer.jsonl(result, version: PIPlannerCommand.version) : BatchRenderer.csv(result)
        var inputs = [String]()
        if let s = args.options["scenario"] { inputs.append(s) }
        if let dir = args.options["area-data"] {
            inputs += AreaCatalog.files(inAreaDataDirectory: dir)
        }
        try OutputWriter.write(text, to: args.options["output"], inputs: inputs, io: io)
        return result.isPartial ? 1 : 0
    }
}
