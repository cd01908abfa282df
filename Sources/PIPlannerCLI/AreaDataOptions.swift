import Foundation
import PIPlannerIO
import PIPlannerModel

/// `--area-data DIR` and `--scenario FILE`, shared by batch, compare and init.
enum AreaDataOptions {
    /// The area catalog: the three files from DIR, or the copy built in. Bad rows are collected, never fatal;
    /// a missing file or column is.
    static func loadCatalog(_ args: ParsedArguments) throws(PlannerError) -> (catalog: AreaCatalog, origin: String) {
        try AreaCatalog.load(areaDataDirectory: args.options["area-data"])
    }

    /// `--low-income-measure cilif-fye2025|idaci-2019`: replaces the scenario's `lowIncomeMeasure` (no default, so a
    /// scenario's own choice stands unless the option is given).
    static let lowIncomeMeasureOption = OptionSpec(
        name: "low-income-measure", valueName: LowIncomeMeasure.allCases.map(\.rawValue).joined(separator: "|"),
        allowedValues: LowIncomeMeasure.allCases.map(\.rawValue), allowedDescription: nil, defaultValue: nil,
        help:
            "Low-income share of areas from the data: cilif-fye2025 (DWP/HMRC children in low income families, every UK council) or idaci-2019 (England only); default: the scenario's lowIncomeMeasure, else cilif-fye2025",
        isRepeatable: false, isRequired: false, shortName: nil)

    /// The scenario from `--scenario FILE`, or the built-in defaults, with `--low-income-measure` applied. Fails (exit 1)
    /// on any invalid value.
    static func loadScenario(_ args: ParsedArguments, reference: ReferenceData) throws(PlannerError) -> LoadedScenario {
        let loader = PlanConfigLoader(reference: reference)
        var scenario: LoadedScenario
        if let path = args.options["scenario"] {
            scenario = try loader.loadScenario(path: path)
        } else {
            scenario = try loader.defaultScenario()
        }
        if let text = args.options[lowIncomeMeasureOption.name], let measure = LowIncomeMeasure(rawValue: text) {
            scenario.lowIncomeMeasure = measure
            scenario.lowIncomeMeasureSource = "command line --\(lowIncomeMeasureOption.name)"
        }
        return scenario
    }
}
