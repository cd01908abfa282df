import Foundation
import PIPlannerModel
import Testing

@testable import PIPlannerIO

/// The compare, batch and rollout pages built as their commands build them, for the browser and renderer tests.
enum ReportPages {
    static let packageRoot = PlanHTMLBrowserTests.packageRoot

    /// The shipped catalog, or one whose CSV text `edit` changed first (an injected area name).
    static func catalog(editing edit: ((String) -> String)? = nil) throws -> AreaCatalog {
        guard let edit else { return try AreaCatalog.embedded() }
        let directory = packageRoot.appendingPathComponent("ReferenceData/areas")
        func file(_ name: String) throws -> String { try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) }
        return try AreaCatalog(
            localAuthoritiesCSV: edit(file(AreaFileSchema.localAuthoritiesFile)), icbsCSV: edit(file(AreaFileSchema.icbsFile)),
            healthBoardsCSV: edit(file(AreaFileSchema.healthBoardsFile)))
    }

    static func source(catalog: AreaCatalog) throws -> AreaSource {
        let reference = try ReferenceData.embedded()
        let scenario = try PlanConfigLoader(reference: reference).defaultScenario()
        return AreaSource(catalog: catalog, areaDataOrigin: "embedded", scenario: scenario, reference: reference)
    }

    /// `batch --areas <selection> --format html`.
    static func batch(_ selection: String, catalog: AreaCatalog? = nil, mapMeasure: String = BatchHTMLRenderer.defaultMapMeasure) throws
        -> String
    {
        let catalog = try catalog ?? AreaCatalog.embedded()
        let source = try source(catalog: catalog)
        let result = BatchPlanner.run(try #require(BatchSelection(selection)), from: source)
        return try BatchHTMLRenderer.render(
            result, catalog: catalog, reference: source.reference, mapMeasure: mapMeasure, version: "browser-test")
    }

    /// `compare CODE... CONFIG...`: codes from the shipped data, then every area of each config text.
    static func compare(codes: [String], configs: [String] = [], rankBy: String = CompareRenderer.defaultRankBy) throws -> String {
        let source = try source(catalog: AreaCatalog.embedded())
        var entries: [CompareEntry] = []
        for code in codes {
            guard case .success(let built) = source.area(code: code) else { throw Missing(what: code) }
            entries.append(
                CompareEntry(
                    plan: PlannableArea(built, origin: "embedded").plan(), origin: "shipped data", idaci2019Rate: built.record?.idaciRate,
                    dataLowIncomeBasis: built.lowIncomeBasis))
        }
        for (index, text) in configs.enumerated() {
            let plan = try PlanConfigLoader(reference: source.reference).load(text: text, file: "config\(index + 1).json")
            entries += plan.areas.map { CompareEntry(plan: AreaPlanner.plan($0.input, assumptions: $0.assumptions), origin: plan.file) }
        }
        return CompareHTMLRenderer.render(entries, rankBy: rankBy, scenario: source.scenario, version: "browser-test")
    }

    /// `rollout Examples/<name>.json --format html`, or of the config `text`.
    static func rollout(example name: String? = nil, text: String? = nil) throws -> String {
        let reference = try ReferenceData.embedded()
        let loader = RolloutConfigLoader(reference: reference)
        let config =
            try text.map { try loader.load(text: $0, file: "rollout.json") }
            ?? loader.load(path: packageRoot.appendingPathComponent("Examples/\(name ?? "")").path)
        return RolloutHTMLRenderer.render(try RolloutPlanner(reference: reference).plan(config), version: "browser-test")
    }

    struct Missing: Error { var what: String }
}
