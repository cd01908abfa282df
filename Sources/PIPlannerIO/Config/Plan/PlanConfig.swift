import Foundation
import PIPlannerModel

/// A plan config, read and checked against reference data: every area ready for the engine.
public struct LoadedPlan: Sendable {
    public struct Area: Sendable {
        public var input: AreaInput
        public var assumptions: PlanAssumptions
    }
    public var file: String
    public var title: String?
    public var preset: Preset?
    public var areas: [Area]
    /// Reference figures the config replaced (globally or for an area), for the report.
    public var overrides: [Figure]
    public var referenceOrigin: String
    /// The distributions for `--draws`, with the config's `uncertainty` block.
    public var uncertainty: UncertaintySettings
}

/// Reads version-1 plan configs. Collects every problem before failing, each with file, field path,
/// location, the value found and what was expected.
public struct PlanConfigLoader {
    public static let supportedVersion = ConfigVersion.supported
    public static let topLevelKeys = [
        "version", "title", "description", "preset", "assumptions", "onCosts", "sizingMethod", "combination", "lowIncomeMeasure",
        "staffingModel", "pay", "planYears", "phasing", "hiringIncrementWTE", "budget", "target", "uncertainty", "areas",
    ]
    public static let areaKeys = [
        "name", "code", "notes", "population", "births", "birthRatePer1000", "baselinePrevalence", "specialistShare", "riskGroups",
        "combination", "sizingMethod", "staffingModel", "existingWTE", "phasing", "budget", "target", "funding", "leadCommissioner",
        "camhsAcceptsUnder2",
    ]
    public static let knownRiskGroups = ["lowIncome", "maltreatment", "substanceMisuse", "parentalDepression"]
    /// Input sanity bound on the number of plan years, however they are given (not a planning figure).
    public static let maxPlanYears = 15

    public var reference: ReferenceData

    public init(reference: ReferenceData) { self.reference = reference }

    /// Reads and checks a config file.
    public func load(path: String) throws(PlannerError) -> LoadedPlan {
        try load(text: try InputFile.readText(path, what: "a config file"), file: path)
    }

    /// Checks config text; `file` names it in messages.
    public func load(text: String, file: String) throws(PlannerError) -> LoadedPlan {
        let root: JSONNode
        do { root = try JSONParser.parse(text) } catch { throw .syntax(file: file, error) }
        let r = FieldReader(file: file)
        let result = read(root, r, file: file)
        if !r.issues.isEmpty || result == nil {
            r.explainFailure(root)
            throw .invalidInput(r.issues)
        }
        return result!
    }

    // MARK: - Reading

    private func read(_ root: JSONNode, _ r: FieldReader, file: String) -> LoadedPlan? {
        guard let top = r.object(root, "", allowed: Self.topLevelKeys, what: "a JSON object with \"version\": 1 and \"areas\"") else {
            return nil
        }
        r.hintUnknownTopLevelKeys(
            RolloutConfigLoader.topLevelKeys,
            "a rollout config's key: run `piplanner rollout`; `validate` knows a rollout by \"kind\": \"rollout\"")
        guard let settings = readSettings(top, root: root, r) else { return nil }

        guard let areasNode = top["areas"] else {
            r.missing("areas", expected: "an array of one or more areas", at: root.location)
            return nil
        }
        guard let areaNodes = r.array(areasNode, "areas") else { return nil }
        if areaNodes.isEmpty { r.report(areasNode, "areas", expected: "at least one area") }

        var areas: [LoadedPlan.Area] = []
        var overrides = settings.figures.values.filter { $0.override != nil } + settings.onCosts.overrides
        for (index, node) in areaNodes.enumerated() {
            let path = "areas[\(index)]"
            guard let f = r.object(node, path, allowed: Self.areaKeys) else { continue }
            if let built = readArea(f, node: node, path: path, settings: settings, planStaffing: top["staffingModel"], r) {
                areas.append(built)
                overrides += built.assumptions.all.filter { $0.override != nil && $0.override!.fieldPath.hasPrefix(path) }
                overrides += built.input.riskGroups.flatMap { [$0.prevalence] }.filter { $0.override != nil }
            }
        }
        guard r.issues.isEmpty else { return nil }
        return LoadedPlan(
            file: file, title: settings.title, preset: settings.preset, areas: areas, overrides: overrides.sorted { $0.id < $1.id },
            referenceOrigin: reference.origin, uncertainty: settings.uncertainty)
    }
}
