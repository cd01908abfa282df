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
}

/// Reads version-1 plan configs. Collects every problem before failing, each with file, field path,
/// location, the value found and what was expected.
public struct PlanConfigLoader {
    public static let supportedVersion = ConfigVersion.supported
    public static let topLevelKeys = [
        "version", "title", "description", "preset", "assumptions", "sizingMethod", "combination", "staffingModel", "pay", "planYears",
        "areas",
    ]
    public static let areaKeys = [
        "name", "code", "notes", "population", "births", "birthRatePer1000", "baselinePrevalence", "specialistShare", "riskGroups",
        "combination", "sizingMethod", "staffingModel", "existingWTE", "funding", "leadCommissioner", "camhsAcceptsUnder2",
    ]
    public static let knownRiskGroups = ["lowIncome", "maltreatment", "substanceMisuse", "parentalDepression"]
    /// Proportions the whole need is multiplied by: 0 would plan no teams at all, so, as on an area, they must be
    /// greater than 0 wherever they are given (`assumptions`, a preset, reference data).
    public static let nonZeroProportions = ["baselinePrevalence", "specialistShare"]
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
        do { root = try JSONParser.parse(text) } catch { throw .syntax(file: file, location: error.location, message: error.message) }
        let r = FieldReader(file: file)
        let result = read(root, r, file: file)
        if !r.issues.isEmpty || result == nil {
            r.explainFailure(root)
            throw .invalidInput(r.issues)
        }
        return result!
    }

    // MARK: - Reading

    /// Everything at the top level of a config except its areas: shared by plan configs and scenarios.
    struct PlanSettings {
        var title: String?
        var preset: Preset?
        /// Reference figures with the preset's and the config's overrides.
        var figures: [String: Figure]
        var textChoices: [String: (value: String, source: String)]
        var combination: (CombinationRule, String)
        var sizing: (SizingMethod, String)
        var pay: PaySettings
        var planYears: [String]
    }

    /// Reads the version and the plan-wide settings. Nil when the version is missing or wrong (nothing else is read).
    /// `defaultPlanYears` fills in planYears when the config gives none (scenarios); plan configs must give them.
    func readSettings(_ top: [String: JSONNode], root: JSONNode, _ r: FieldReader, defaultPlanYears: (() -> [String])? = nil)
        -> PlanSettings?
    {
        guard let versionNode = top["version"] else {
            r.missing("version", expected: "\"version\": \(Self.supportedVersion)", at: root.location)
            return nil
        }
        guard case .number(let version) = versionNode.value, version == Double(Self.supportedVersion) else {
            r.report(versionNode, "version", expected: "\(Self.supportedVersion) (the only config version this piplanner reads)")
            return nil
        }
        let title = top["title"].flatMap { r.string($0, "title") }
        if let d = top["description"] { _ = r.string(d, "description") }

        // Reference figures, then the preset, then the config's own assumptions.
        var figures: [String: Figure] = [:]
        for (id, p) in reference.parameters where p.number != nil { figures[id] = p.figure }
        var textChoices: [String: (value: String, source: String)] = [:]
        for (id, p) in reference.parameters {
            if let t = p.text { textChoices[id] = (t, "the reference default (\(p.basis.rawValue); \(p.citation.text))") }
        }
        var preset: Preset? = nil
        if let node = top["preset"] {
            let ids = reference.presets.map(\.id)
            if let id = r.choice(node, "preset", from: ids) {
                preset = reference.preset(id)
                for (pid, value) in preset!.assumptions {
                    figures[pid] = figures[pid]?.overridden(
                        with: value, at: "preset \(id)", source: "preset \(id): \(preset!.citation.text)")
                    figures[pid]?.basis = .published
                }
            }
        }
        if let node = top["assumptions"] {
            readAssumptions(node, path: "assumptions", into: &figures, texts: &textChoices, r)
        }

        // Plan-wide choices.
        let combination = readCombination(top["combination"], path: "combination", default: textChoices["combination"], r)
        let sizing = readSizing(top["sizingMethod"], path: "sizingMethod", default: textChoices["sizingMethod"], r)
        let pay = readPay(top["pay"], r, defaults: textChoices)
        let planYears: [String]
        if top["planYears"] == nil, let defaultPlanYears {
            planYears = defaultPlanYears()
        } else {
            planYears = readPlanYears(top["planYears"], r, at: root.location)
        }
        return PlanSettings(
            title: title, preset: preset, figures: figures, textChoices: textChoices, combination: combination, sizing: sizing, pay: pay,
            planYears: planYears)
    }

    private func read(_ root: JSONNode, _ r: FieldReader, file: String) -> LoadedPlan? {
        guard let top = r.object(root, "", allowed: Self.topLevelKeys, what: "a JSON object with \"version\": 1 and \"areas\"") else {
            return nil
        }
        r.hintUnknownTopLevelKeys(
            RolloutConfigLoader.topLevelKeys,
            "a rollout config's key: run `piplanner rollout`; `validate` knows a rollout by \"kind\": \"rollout\"")
        guard let settings = readSettings(top, root: root, r) else { return nil }
        let (title, preset, figures) = (settings.title, settings.preset, settings.figures)
        let (combination, sizing, pay, planYears) = (settings.combination, settings.sizing, settings.pay, settings.planYears)

        guard let areasNode = top["areas"] else {
            r.missing("areas", expected: "an array of one or more areas", at: root.location)
            return nil
        }
        guard let areaNodes = r.array(areasNode, "areas") else { return nil }
        if areaNodes.isEmpty { r.report(areasNode, "areas", expected: "at least one area") }

        let growth = figures["payGrowthRate"]!
        let planStaffing = top["staffingModel"]
        var areas: [LoadedPlan.Area] = []
        var overrides = figures.values.filter { $0.override != nil }
        for (index, node) in areaNodes.enumerated() {
            let path = "areas[\(index)]"
            guard let f = r.object(node, path, allowed: Self.areaKeys) else { continue }
            if let built = readArea(
                f, node: node, path: path, figures: figures, preset: preset, combination: combination, sizing: sizing, pay: pay,
                planYears: planYears, planStaffing: planStaffing, growth: growth, r)
            {
                areas.append(built)
                overrides += built.assumptions.all.filter { $0.override != nil && $0.override!.fieldPath.hasPrefix(path) }
                overrides += built.input.riskGroups.flatMap { [$0.prevalence] }.filter { $0.override != nil }
            }
        }
        guard r.issues.isEmpty else { return nil }
        return LoadedPlan(
            file: file, title: title, preset: preset, areas: areas, overrides: overrides.sorted { $0.id < $1.id },
            referenceOrigin: reference.origin)
    }

    private func readAssumptions(
        _ node: JSONNode, path: String, into figures: inout [String: Figure], texts: inout [String: (value: String, source: String)],
        _ r: FieldReader
    ) {
        guard let members = r.members(node, path) else { return }
        let ids = reference.parameterOrder
        for member in members {
            let p = join(path, member.key)
            guard let parameter = reference.parameters[member.key] else {
                r.issues.append(
                    FieldIssue(
                        file: r.file, location: member.keyLocation, fieldPath: p, found: "unknown parameter \"\(member.key)\"",
                        expected: "a parameter id listed by `piplanner reference`",
                        suggestion: nearestKey(to: member.key, in: ids).map { "did you mean \"\($0)\"?" }))
                continue
            }
            if parameter.text != nil {
                let options: [String]
                switch member.key {
                case "combination": options = CombinationRule.allCases.map(\.rawValue)
                case "sizingMethod": options = SizingMethod.allCases.map(\.rawValue)
                case "defaultPayYear": options = reference.payScale.years
                case "defaultStaffingModel": options = reference.staffingModels.map(\.id)
                default: options = []
                }
                if options.isEmpty {
                    if let s = r.string(member.value, p) { texts[member.key] = (s, "config \(p)") }
                } else if let s = r.choice(member.value, p, from: options) {
                    texts[member.key] = (s, "config \(p)")
                }
                continue
            }
            if let value = readParameterValue(member.value, p, parameter: parameter, r) {
                figures[member.key] = figures[member.key]!.overridden(with: value, at: p)
            }
        }
    }

    /// A numeric parameter override, checked by its unit: proportions and fractions 0–1, counts and money above 0.
    private func readParameterValue(_ node: JSONNode, _ path: String, parameter: ReferenceParameter, _ r: FieldReader) -> Double? {
        let unit = parameter.unit.lowercased()
        if unit.hasPrefix("proportion") || unit.hasPrefix("fraction") {
            return r.proportion(node, path, allowZero: !Self.nonZeroProportions.contains(parameter.id))
        }
        if unit.hasPrefix("gbp") { return r.amountGBP(node, path, unit: parameter.unit, allowZero: false) }
        return r.positive(node, path, unit: parameter.unit)
    }

    private func readCombination(_ node: JSONNode?, path: String, default fallback: (value: String, source: String)?, _ r: FieldReader) -> (
        CombinationRule, String
    ) {
        if let node, let s = r.choice(node, path, from: CombinationRule.allCases.map(\.rawValue)) {
            return (CombinationRule(rawValue: s)!, "config \(path)")
        }
        return (CombinationRule(rawValue: fallback?.value ?? "") ?? .highestRisk, fallback?.source ?? "reference default")
    }

    private func readSizing(_ node: JSONNode?, path: String, default fallback: (value: String, source: String)?, _ r: FieldReader) -> (
        SizingMethod, String
    ) {
        if let node, let s = r.choice(node, path, from: SizingMethod.allCases.map(\.rawValue)) {
            return (SizingMethod(rawValue: s)!, "config \(path)")
        }
        return (SizingMethod(rawValue: fallback?.value ?? "") ?? .need, fallback?.source ?? "reference default")
    }

    struct PaySettings {
        var year: String
        var point: String
        var bandYears: [String: String]
        var yearSource: String
    }

    /// Pay year, point and per-band years from a `pay` object at `path` (plan configs: `pay`; rollout configs:
    /// `labourPerTeam.pay`), falling back to the reference defaults in `defaults`.
    func readPay(_ node: JSONNode?, path: String = "pay", _ r: FieldReader, defaults: [String: (value: String, source: String)])
        -> PaySettings
    {
        var settings = PaySettings(
            year: defaults["defaultPayYear"]?.value ?? reference.payScale.years.last ?? "",
            point: defaults["defaultPayPoint"]?.value ?? "entry", bandYears: [:], yearSource: "reference default (defaultPayYear)")
        guard let node, let f = r.object(node, path, allowed: ["year", "point", "bandYears"]) else { return settings }
        let years = reference.payScale.years
        if let y = f["year"], let s = r.choice(y, join(path, "year"), from: years) {
            settings.year = s
            settings.yearSource = "config \(join(path, "year"))"
        }
        if let p = f["point"], let s = r.string(p, join(path, "point")) {
            let labels = Set(reference.payScale.points.map { $0.point.lowercased() })
            if PayResolver.PointKind(rawValue: s.lowercased()) == nil && !labels.contains(s.lowercased()) {
                r.report(
                    p, join(path, "point"),
                    expected: "\"entry\", \"intermediate\", \"top\" or a point label from the pay scales (e.g. \"Year 2\")",
                    suggestion: nearestKey(to: s, in: PayResolver.PointKind.allCases.map(\.rawValue)).map { "did you mean \"\($0)\"?" })
            } else {
                settings.point = s
            }
        }
        if let b = f["bandYears"], let members = r.members(b, join(path, "bandYears")) {
            for m in members {
                let p = "\(join(path, "bandYears")).\(m.key)"
                guard reference.payScale.bands.contains(m.key) else {
                    r.issues.append(
                        FieldIssue(
                            file: r.file, location: m.keyLocation, fieldPath: p, found: "unknown band \"\(m.key)\"",
                            expected: "a band from the pay scales: " + reference.payScale.bands.joined(separator: ", "),
                            suggestion: nearestKey(to: m.key, in: reference.payScale.bands).map { "did you mean \"\($0)\"?" }))
                    continue
                }
                if let s = r.choice(m.value, p, from: reference.payScale.years(havingBand: m.key)) { settings.bandYears[m.key] = s }
            }
        }
        return settings
    }

    private func readPlanYears(_ node: JSONNode?, _ r: FieldReader, at location: SourceLocation) -> [String] {
        let expected = "{\"start\": \"2026/27\", \"count\": 3} or an array of consecutive financial years like [\"2026/27\", \"2027/28\"]"
        guard let node else {
            r.missing("planYears", expected: expected, at: location)
            return []
        }
        switch node.value {
        case .array(let items):
            var labels: [String] = []
            for (i, item) in items.enumerated() {
                guard let s = r.string(item, "planYears[\(i)]") else { continue }
                guard PayResolver.startYear(s) != nil else {
                    r.report(item, "planYears[\(i)]", expected: "a financial year like \"2026/27\"")
                    continue
                }
                if let last = labels.last, PayResolver.label(after: last, offset: 1) != s {
                    r.report(
                        item, "planYears[\(i)]",
                        expected: "\(PayResolver.label(after: last, offset: 1) ?? "the next year") (plan years must be consecutive)")
                    continue
                }
                labels.append(s)
            }
            if items.isEmpty { r.report(node, "planYears", expected: "at least one plan year") }
            if items.count > Self.maxPlanYears { r.report(node, "planYears", expected: "at most \(Self.maxPlanYears) plan years") }
            return labels
        case .object:
            guard let f = r.object(node, "planYears", allowed: ["start", "count"]) else { return [] }
            guard let startNode = f["start"] else {
                r.missing("planYears.start", expected: "a financial year like \"2026/27\"", at: node.location)
                return []
            }
            guard let countNode = f["count"] else {
                r.missing("planYears.count", expected: "a whole number of years from 1 to \(Self.maxPlanYears)", at: node.location)
                return []
            }
            guard let start = r.string(startNode, "planYears.start") else { return [] }
            guard PayResolver.startYear(start) != nil else {
                r.report(startNode, "planYears.start", expected: "a financial year like \"2026/27\"")
                return []
            }
            guard let count = r.number(countNode, "planYears.count"), count == count.rounded(), count >= 1,
                count <= Double(Self.maxPlanYears)
            else {
                r.report(countNode, "planYears.count", expected: "a whole number of years from 1 to \(Self.maxPlanYears)")
                return []
            }
            let labels = (0..<Int(count)).compactMap { PayResolver.label(after: start, offset: $0) }
            if labels.count < Int(count) {
                r.report(
                    startNode, "planYears.start",
                    expected: "a financial year from which \(Int(count)) years have four-digit labels (the last is 9999/00)")
            }
            return labels
        default:
            r.report(node, "planYears", expected: expected)
            return []
        }
    }
}
