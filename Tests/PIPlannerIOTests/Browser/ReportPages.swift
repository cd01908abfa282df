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

    /// `batch --areas <selection> --format html [--draws N]`.
    static func batch(
        _ selection: String, catalog: AreaCatalog? = nil, mapMeasure: String = BatchHTMLRenderer.defaultMapMeasure, draws: Int? = nil
    ) throws -> String {
        let catalog = try catalog ?? AreaCatalog.embedded()
        let source = try source(catalog: catalog)
        let result = BatchPlanner.run(try #require(BatchSelection(selection)), from: source)
        let run = try batchDraws(result, settings: source.scenario.uncertainty, draws: draws)
        return try BatchHTMLRenderer.render(
            result, catalog: catalog, reference: source.reference, mapMeasure: mapMeasure, version: "browser-test", uncertainty: run)
    }

    /// The draws `batch --draws N` makes of `result` at the default seed; nil without `draws`.
    static func batchDraws(_ result: BatchResult, settings: UncertaintySettings, draws: Int?) throws -> UncertaintyRun? {
        guard let request = UncertaintyRequest.resolve(draws: draws, seed: nil, settings: settings) else { return nil }
        return try UncertaintyRun.run(result.planned.map { ($0.plan.input, $0.plan.assumptions) }, settings: settings, request: request)
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

    /// `rollout Examples/<name>.json --format html [--draws N]`, or of the config `text`.
    static func rollout(example name: String? = nil, text: String? = nil, draws: Int? = nil) throws -> String {
        let rollout = try plannedRollout(example: name, text: text)
        return RolloutHTMLRenderer.render(rollout, version: "browser-test", uncertainty: try rolloutDraws(rollout, draws: draws))
    }

    /// The rollout of `Examples/<name>.json`, or of the config `text`, as `rollout` plans it.
    static func plannedRollout(example name: String? = nil, text: String? = nil) throws -> PlannedRollout {
        let reference = try ReferenceData.embedded()
        let loader = RolloutConfigLoader(reference: reference)
        let config =
            try text.map { try loader.load(text: $0, file: "rollout.json") }
            ?? loader.load(path: packageRoot.appendingPathComponent("Examples/\(name ?? "")").path)
        return try RolloutPlanner(reference: reference).plan(config)
    }

    /// The draws `rollout --draws N` makes at the default seed (or the config's block alone); nil without either.
    static func rolloutDraws(_ rollout: PlannedRollout, draws: Int?) throws -> RolloutUncertaintyRun? {
        guard let request = UncertaintyRequest.resolve(draws: draws, seed: nil, settings: rollout.uncertainty) else { return nil }
        return try RolloutUncertaintyRun.run(rollout, request: request)
    }

    struct Missing: Error { var what: String }
}
