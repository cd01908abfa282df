import Foundation
import PIPlannerIO
import PIPlannerModel

/// `piplanner init --area CODE [--output FILE] [--force]`.
struct InitCommand: PlannerCommand {
    let name = "init"
    let abstract = "Write a commented starter config for an area from the shipped data"
    let usage = ""
    let discussion = """
        Writes a complete, commented starter config (JSON with // comments) for one area from the shipped
        data: population, births, the low-income share (children in low income families FYE 2025, local;
        or IDACI 2019 with --low-income-measure idaci-2019) and the maltreatment share (local-derived from
        the authority's children-in-need rate in England, else England's national share), each with its
        measure, year, geography, source and caveats; the default staffing model, pay year and
        point; three plan years from the year after the latest pay year; existing WTE 0; no funding, with
        the known funder ids listed. `piplanner plan` runs it unchanged.
        """
    let options: [OptionSpec] = [
        .value(
            "area", "CODE", help: "GSS code of a council, an ICB or a health board (e.g. E08000035 for Leeds)", required: true),
        AreaDataOptions.lowIncomeMeasureOption,
        .value("output", "FILE", help: "Write to FILE (atomically) instead of standard output"),
        .flag("force", help: "Overwrite FILE if it exists (otherwise init refuses, exit 1)"),
        .value("area-data", "DIR", help: "Read the area files from DIR instead of the built-in copy"),
    ]
    let examples = ["init --area E08000035 --output leeds.json && piplanner plan leeds.json"]

    func run(_ args: ParsedArguments, io: CommandIO) throws(PlannerError) -> Int32 {
        guard args.positional.isEmpty else { throw .usage("init takes no positional arguments; name the area with --area CODE") }
        guard let code = args.options["area"] else { throw .usage("init needs --area CODE (a GSS code, e.g. E08000035)") }
        // A directory is not "a file that exists": OutputWriter says it is a directory.
        var isDirectory: ObjCBool = false
        if let output = args.options["output"], output != "-", FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory),
            !isDirectory.boolValue, !args.flags.contains("force")
        {
            throw .writeFailed(file: output, reason: "the file already exists; init never overwrites a file unless --force is given")
        }
        let reference = try PIPlannerCommand.loadReference(args, io: io)
        let scenario = try AreaDataOptions.loadScenario(args, reference: reference)
        let (catalog, origin) = try AreaDataOptions.loadCatalog(args)
        let source = AreaSource(catalog: catalog, areaDataOrigin: origin, scenario: scenario, reference: reference)
        let built: DataArea
        switch source.area(code: code) {
        case .success(let found): built = found
        case .failure(let failure):
            throw .invalidInput([
                failure.diagnostic(
                    argument: "--area", code: code, expected: "the GSS code of a council, an ICB or a health board in the area data")
            ])
        }
        let text = StarterConfigWriter.render(built, scenario: scenario, reference: reference, version: PIPlannerCommand.version)
        try OutputWriter.write(text, to: args.options["output"], io: io)
        if let output = args.options["output"], output != "-" {
            io.err("wrote \(output): starter config for \(built.area.name) (\(built.area.code)); run: piplanner plan \(output)\n")
        }
        return 0
    }
}
