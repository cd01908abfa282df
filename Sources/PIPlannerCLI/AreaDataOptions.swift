import Foundation
import PIPlannerIO

/// `--area-data DIR` and `--scenario FILE`, shared by batch, compare and init.
enum AreaDataOptions {
    /// The area catalog: the three files from DIR, or the copy built in. Bad rows are collected, never fatal;
    /// a missing file or column is.
    static func loadCatalog(_ args: ParsedArguments) throws(PlannerError) -> (catalog: AreaCatalog, origin: String) {
        try AreaCatalog.load(areaDataDirectory: args.options["area-data"])
    }

    /// The scenario from `--scenario FILE`, or the built-in defaults. Fails (exit 1) on any invalid value.
    static func loadScenario(_ args: ParsedArguments, reference: ReferenceData) throws(PlannerError) -> LoadedScenario {
        let loader = PlanConfigLoader(reference: reference)
        if let path = args.options["scenario"] { return try loader.loadScenario(path: path) }
        return try loader.defaultScenario()
    }
}
