import Foundation
import PIPlannerModel

/// Reads version-1 rollout configs (`piplanner rollout`), in the style of `PlanConfigLoader`: every problem is
/// collected with file, line:column, field path, the value found, what was expected and a suggestion; unknown
/// keys are errors. It returns what the config says (`RolloutConfig`); `RolloutPlanner` plans and costs it.
/// Schema: `Examples/README-rollout.md`.
public struct RolloutConfigLoader {
    /// The only config version read.
    public static let supportedVersion = 1
    /// The value of the optional top-level `"kind"` that marks a rollout config.
    public static let kind = "rollout"
    /// Keys allowed at the top level, in `labourPerTeam`, in `schedule` and in `schedule.fromAreas`.
    public static let topLevelKeys = [
        "version", "kind", "title", "description", "assumptions", "years", "labourPerTeam", "schedule", "developmentProgrammeGBP",
        "developmentProgrammeSource", "totalSpan", "uncertainty",
    ]
    public static let labourKeys = ["gbp", "source", "priceYear", "parameter", "staffingModel", "pay", "onCosts"]
    public static let scheduleKeys = [
        "teamsFullyOperating", "teamsComingIntoOperation", "source", "target", "maxTeamsStartingPerYear", "alreadyFullyOperating",
        "fromAreas",
    ]
    public static let fromAreasKeys = [
        "config", "areas", "scenario", "method", "fullyOperatingFrom", "maxTeamsStartingPerYear", "alreadyFullyOperating",
    ]
    /// Input sanity bound on the number of rollout years (not a planning figure).
    public static let maxYears = 50

    /// Reference data the config's figures default to.
    public var reference: ReferenceData

    /// A loader checking configs against `reference`.
    public init(reference: ReferenceData) { self.reference = reference }

    /// Whether config text is a JSON object declaring `"kind": "rollout"` (used by `validate` to choose a loader, on the
    /// text it has read once).
    public static func declaresRollout(text: String) -> Bool {
        guard let root = try? JSONParser.parse(text), case .object(let members) = root.value,
            let kind = members.first(where: { $0.key == "kind" }), case .string(let value) = kind.value.value
        else { return false }
        return value == Self.kind
    }

    /// Reads a rollout config file; a `fromAreas` plan config or scenario is resolved relative to its directory.
    /// Throws when the file cannot be read, is not JSON, or has no readable version; other problems are in `issues`.
    public func load(path: String) throws(PlannerError) -> RolloutConfig {
        let text = try InputFile.readText(path, what: "a rollout config file")
        return try load(text: text, file: path, baseDirectory: URL(fileURLWithPath: path).deletingLastPathComponent())
    }

    /// Reads config text; `file` names it in messages; relative `fromAreas` paths are resolved against
    /// `baseDirectory` (default: the current directory).
    public func load(text: String, file: String, baseDirectory: URL? = nil) throws(PlannerError) -> RolloutConfig {
        let root: JSONNode
        do { root = try JSONParser.parse(text) } catch { throw .syntax(file: file, error) }
        let base = baseDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let reader = RolloutConfigReader(reference: reference, file: file, baseDirectory: base)
        guard var config = reader.read(root) else {
            reader.r.explainFailure(root)
            throw .invalidInput(reader.r.issues)
        }
        config.issues = reader.r.issues
        return config
    }
}

/// One reading of one rollout config: the field reader, where values were written, and the findings so far.
final class RolloutConfigReader {
    let reference: ReferenceData
    let r: FieldReader
    let baseDirectory: URL
    var places = RolloutConfigPlaces()
    var findings: [Diagnostic] = []
    /// The years as written, each entry where it was written.
    var yearList = FinancialYearList()
    /// Reference figures, with the config's overrides once `assumptions` is read.
    var figures: [String: Figure] = [:]
    /// Figures `labourPerTeam.onCosts` supplies, listed as overrides.
    var onCostOverrides: [Figure] = []

    init(reference: ReferenceData, file: String, baseDirectory: URL) {
        self.reference = reference
        self.r = FieldReader(file: file)
        self.baseDirectory = baseDirectory
    }

    var file: String { r.file }

    /// The config; nil when it is not an object or has no readable version (nothing else is read).
    func read(_ root: JSONNode) -> RolloutConfig? {
        guard
            let top = r.object(
                root, "", allowed: RolloutConfigLoader.topLevelKeys,
                what: "a JSON object with \"version\": 1, \"years\", \"labourPerTeam\" and \"schedule\"")
        else { return nil }
        r.hintUnknownTopLevelKeys(PlanConfigLoader.topLevelKeys, "a plan config's key: run `piplanner plan`")
        guard r.checkVersion(top, root: root, of: "rollout config") else { return nil }
        if let k = top["kind"] { _ = r.choice(k, "kind", from: [RolloutConfigLoader.kind]) }
        let title = top["title"].flatMap { r.string($0, "title") }
        let description = top["description"].flatMap { r.string($0, "description") }
        places.root = ConfigPlace(root)
        readYears(top["years"], at: root.location)

        // Reference figures, then the labour form (it decides which overrides apply), then overrides, then labour.
        for (id, p) in reference.parameters where p.number != nil { figures[id] = p.figure }
        let labourHeader = readLabourHeader(top["labourPerTeam"], root: root)
        var allowedOverrides = RolloutAssumptions.parameterIDs + ["onCostRate"]
        if let id = labourHeader.parameterID { allowedOverrides.append(id) }
        if let node = top["assumptions"] {
            readAssumptions(node, allowed: allowedOverrides, usesStaffing: labourHeader.usesStaffing)
        }
        let uncertainty = UncertaintySettings(node: top["uncertainty"], path: "uncertainty", reference: reference, figures: figures, r)
        var labour: RolloutLabourInput? = nil
        if let fields = labourHeader.fields, let node = top["labourPerTeam"], let firstYear {
            labour = readLabour(fields, node: node, parameterID: labourHeader.parameterID, firstYear: firstYear)
        }
        let schedule = readSchedule(top["schedule"], root: root)
        let development = readDevelopment(top["developmentProgrammeGBP"], sourceNode: top["developmentProgrammeSource"], at: root.location)
        let span = readSpan(top["totalSpan"])
        let overrides = (figures.values.filter { $0.override != nil && allowedOverrides.contains($0.id) } + onCostOverrides).sorted {
            $0.id < $1.id
        }
        return RolloutConfig(
            file: file, title: title, description: description, referenceOrigin: reference.origin, years: years ?? [],
            figures: figures, overrides: overrides, labour: labour, schedule: schedule, development: development, span: span,
            uncertainty: uncertainty,
            findings: findings, places: places, issues: [])
    }

    /// A path written in the config, resolved against its directory.
    func resolve(_ written: String) -> String {
        (written.hasPrefix("/") ? URL(fileURLWithPath: written) : baseDirectory.appendingPathComponent(written)).standardizedFileURL.path
    }
}
