import Foundation
import PIPlannerModel

/// Turns what a user names into plannable areas (input, assumptions, provenance): a GSS code or a set of the area
/// data, planned under a scenario, or a plan config file. `batch`, `compare`, `init` and a rollout's
/// `schedule.fromAreas` all read areas through it, so a code means the same area everywhere.
public struct AreaSource: Sendable {
    /// The area data codes and sets are read from.
    public var catalog: AreaCatalog
    /// `embedded` or the `--area-data` directory.
    public var areaDataOrigin: String
    /// The scenario areas from the data are planned under.
    public var scenario: LoadedScenario
    /// Reference data areas are built and plan configs read against.
    public var reference: ReferenceData

    /// A source planning codes and sets of `catalog` under `scenario`.
    public init(catalog: AreaCatalog, areaDataOrigin: String, scenario: LoadedScenario, reference: ReferenceData) {
        self.catalog = catalog
        self.areaDataOrigin = areaDataOrigin
        self.scenario = scenario
        self.reference = reference
    }

    /// The planning areas a selection names, the ones it names that are not planning areas, and the rejected rows
    /// of the area data outside it.
    public struct Resolution: Sendable {
        /// The planning areas, in order.
        public var areas: [PlanningArea]
        public var excluded: [BatchExclusion]
        public var otherRejects: [AreaRowReject]
        /// The set's size in the catalog plus its rejected rows, or the distinct codes given.
        public var requested: Int
    }

    // MARK: - Plan configs

    /// Every area of the plan config at `path`, read and checked by `PlanConfigLoader`.
    public static func areas(inPlanConfig path: String, reference: ReferenceData) throws(PlannerError) -> [PlannableArea] {
        let plan = try PlanConfigLoader(reference: reference).load(path: path)
        return plan.areas.map { PlannableArea(input: $0.input, assumptions: $0.assumptions, provenance: .planConfig(file: path)) }
    }

    // MARK: - Codes and sets of the area data

    /// The area a code names (an area of the data is plannable as it is: `PlannableArea(_:origin:)` mixes it with
    /// areas of plan configs), built under the scenario, or why there is none.
    public func area(code: String) -> Result<DataArea, AreaLookupFailure> {
        switch planningArea(code: code) {
        case .failure(let exclusion): return .failure(.notAPlanningArea(exclusion))
        case .success(let area):
            switch build(area) {
            case .success(let built): return .success(built)
            case .failure(let exclusion): return .failure(.notPlannable(exclusion))
            }
        }
    }

    /// A code as a planning area, or why it is not one (with the nearest code or name for an unknown code).
    public func planningArea(code: String) -> Result<PlanningArea, BatchExclusion> { Self.planningArea(code: code, in: catalog) }

    /// `planningArea(code:)` in `catalog`: a lookup needs no scenario.
    public static func planningArea(code: String, in catalog: AreaCatalog) -> Result<PlanningArea, BatchExclusion> {
        if let area = catalog.planningArea(code: code) { return .success(area) }
        if let la = catalog.localAuthority(code: code), let parent = la.parentCode {
            let county = catalog.localAuthority(code: parent)
            return .failure(
                BatchExclusion(
                    code: code, name: la.name,
                    problem:
                        "a non-metropolitan district, not a planning unit: plan its county \(parent)\(county.map { " (\($0.name))" } ?? "") instead"
                ))
        }
        if let reject = catalog.rejects.first(where: { $0.code == code }) { return .failure(BatchExclusion(reject: reject)) }
        return .failure(BatchExclusion(code: code, problem: "unknown area code", suggestion: suggestion(for: code, in: catalog)))
    }

    /// The planning areas of a selection: a set's areas with its rejected rows excluded, or each distinct code
    /// resolved in order.
    public func resolve(_ selection: BatchSelection) -> Resolution {
        switch selection {
        case .set(let set):
            let areas = catalog.planningAreas(in: set)
            let concerned = catalog.rejects.filter { Self.reject($0, concerns: set) }
            let others = catalog.rejects.filter { !Self.reject($0, concerns: set) }
            return Resolution(
                areas: areas, excluded: concerned.map(BatchExclusion.init(reject:)), otherRejects: others,
                requested: areas.count + concerned.count)
        case .codes(let codes):
            var areas: [PlanningArea] = []
            var excluded: [BatchExclusion] = []
            var seen = Set<String>()
            for code in codes where seen.insert(code).inserted {
                switch planningArea(code: code) {
                case .success(let area): areas.append(area)
                case .failure(let exclusion): excluded.append(exclusion)
                }
            }
            let asked = Set(codes)
            return Resolution(
                areas: areas, excluded: excluded, otherRejects: catalog.rejects.filter { !asked.contains($0.code) }, requested: seen.count)
        }
    }

    /// A planning area built from the data under the scenario: population and births from the data, risk groups from
    /// `DataRiskProfileRule`, no existing team and no funding (`DataAreaBuilder`).
    public func build(_ area: PlanningArea) -> Result<DataArea, BatchExclusion> {
        let builder = DataAreaBuilder(catalog: catalog, scenario: scenario, reference: reference, areaDataOrigin: areaDataOrigin)
        switch builder.build(area) {
        case .success(let built): return .success(built)
        case .failure(let failure):
            return .failure(BatchExclusion(code: failure.code, name: failure.name, problem: failure.reason))
        }
    }

    /// The nearest planning-area code, or the code of an area whose name matches, as `E08000009 (Trafford)`.
    public func suggestion(for text: String) -> String? { Self.suggestion(for: text, in: catalog) }

    /// `suggestion(for:)` in `catalog`.
    public static func suggestion(for text: String, in catalog: AreaCatalog) -> String? {
        let all = catalog.planningAreas(in: .all) + catalog.planningAreas(in: .icbs) + catalog.planningAreas(in: .healthBoards)
        let lower = text.lowercased()
        if let byName = all.first(where: { $0.name.lowercased() == lower }) { return "\(byName.code) (\(byName.name))" }
        if let partial = all.first(where: { $0.name.lowercased().contains(lower) && lower.count >= 3 }) {
            return "\(partial.code) (\(partial.name))"
        }
        if let near = nearestKey(to: text, in: all.map(\.code)), let area = all.first(where: { $0.code == near }) {
            return "\(area.code) (\(area.name))"
        }
        if let nearName = nearestKey(to: text, in: all.map(\.name)), let area = all.first(where: { $0.name == nearName }) {
            return "\(area.code) (\(area.name))"
        }
        return nil
    }

    /// Whether a rejected row could belong to the set (so the batch is partial without it).
    static func reject(_ reject: AreaRowReject, concerns set: AreaSet) -> Bool {
        let prefix = reject.code.first.map(String.init) ?? ""
        switch set {
        case .icbs: return reject.file == AreaFileSchema.icbsFile
        case .healthBoards: return reject.file == AreaFileSchema.healthBoardsFile
        case .all: return reject.file == AreaFileSchema.localAuthoritiesFile
        case .england: return reject.file == AreaFileSchema.localAuthoritiesFile && (prefix.isEmpty || prefix == "E")
        case .wales: return reject.file == AreaFileSchema.localAuthoritiesFile && (prefix.isEmpty || prefix == "W")
        case .scotland: return reject.file == AreaFileSchema.localAuthoritiesFile && (prefix.isEmpty || prefix == "S")
        case .northernIreland: return reject.file == AreaFileSchema.localAuthoritiesFile && (prefix.isEmpty || prefix == "N")
        }
    }
}
