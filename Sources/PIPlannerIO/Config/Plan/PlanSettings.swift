import Foundation
import PIPlannerModel

/// Everything at the top level of a plan config except its areas: shared by plan configs and scenarios.
struct PlanSettings {
    var title: String?
    var preset: Preset?
    /// Reference figures with the preset's and the config's overrides.
    var figures: [String: Figure]
    var textChoices: [String: (value: String, source: String)]
    var combination: (CombinationRule, String)
    var sizing: (SizingMethod, String)
    /// The low-income measure for areas planned from the area data, where it was set, and whether the config set it.
    var lowIncomeMeasure: (measure: LowIncomeMeasure, source: String, isGiven: Bool)
    var pay: PaySettings
    var planYears: [FinancialYear]
    /// The on-cost method and the figures the config supplies for it.
    var onCosts: OnCostSettings
    /// Where the pay year and plan years were written, for on-cost problems with them.
    var yearFields: OnCostYearFields
    /// The plan's `phasing`, `budget` and `target`, for every area that gives none of its own.
    var phasing: PhasingSpec? = nil
    var budget: GoalSpec? = nil
    var target: GoalSpec? = nil
    /// The distributions with the config's `uncertainty` block, and whether it asks for draws.
    var uncertainty: UncertaintySettings

    /// The plan years as labels, as the model and reports take them.
    var planYearLabels: [String] { planYears.map(\.label) }
    /// Financial years from the pay-scale year to the first plan year (negative when the pay year is later).
    var payYearsBeforeFirstPlanYear: Int? { planYears.first.map { FinancialYear.yearsBetween(pay.payYear, $0) } }
}

extension PlanConfigLoader {
    /// How `planYears` is read: an array of consecutive years or `{"start", "count"}`, at most `maxPlanYears`.
    static let planYearsSpec = FinancialYearListSpec(
        field: "planYears", example: "2026/27", maxCount: maxPlanYears,
        expected: "{\"start\": \"2026/27\", \"count\": 3} or an array of consecutive financial years like [\"2026/27\", \"2027/28\"]",
        consecutiveReason: "plan years must be consecutive", emptyExpected: "at least one plan year",
        tooManyExpected: "at most \(maxPlanYears) plan years")

    /// The reference data's named choices (combination, sizingMethod, defaultPayYear, ...) with where each came from.
    func referenceChoices() -> [String: (value: String, source: String)] {
        var choices: [String: (value: String, source: String)] = [:]
        for (id, p) in reference.parameters {
            if let t = p.text { choices[id] = (t, "the reference default (\(p.basis.rawValue); \(p.citation.text))") }
        }
        return choices
    }

    /// Reads the version and the plan-wide settings of a plan config or (`owner`) a scenario. Nil when the version is
    /// missing or wrong (nothing else is read). A scenario without planYears plans `defaultPlanYearCount` years (its
    /// own override, else the reference figure); a plan config must give them.
    func readSettings(_ top: [String: JSONNode], root: JSONNode, _ r: FieldReader, owner: AssumptionsOwner = .planConfig)
        -> PlanSettings?
    {
        guard r.checkVersion(top, root: root) else { return nil }
        let title = top["title"].flatMap { r.string($0, "title") }
        if let d = top["description"] { _ = r.string(d, "description") }

        // Reference figures, then the preset, then the config's own assumptions.
        var figures: [String: Figure] = [:]
        for (id, p) in reference.parameters where p.number != nil { figures[id] = p.figure }
        var textChoices = referenceChoices()
        let preset = top["preset"].flatMap { readPreset($0, into: &figures, texts: &textChoices, r) }
        if let node = top["assumptions"] {
            readAssumptions(node, path: "assumptions", owner: owner, into: &figures, texts: &textChoices, r)
        }
        if let node = top["hiringIncrementWTE"] { readHiringIncrement(node, path: "hiringIncrementWTE", into: &figures, r) }
        let onCosts = readOnCosts(top["onCosts"], path: "onCosts", figures: &figures, texts: textChoices, r, at: root.location)
        let uncertainty = UncertaintySettings(node: top["uncertainty"], path: "uncertainty", reference: reference, figures: figures, r)

        // Plan-wide choices.
        let combination = readCombination(top["combination"], path: "combination", default: textChoices["combination"], r)
        let sizing = readSizing(top["sizingMethod"], path: "sizingMethod", default: textChoices["sizingMethod"], r)
        let measure = readLowIncomeMeasure(top["lowIncomeMeasure"], default: textChoices["lowIncomeMeasure"], r)
        let pay = readPay(top["pay"], r, defaults: textChoices)
        let planYears: [FinancialYear]
        if top["planYears"] == nil, case .scenario(let start) = owner {
            // The count is checked by its range ("planYearCount") as shipped and as overridden.
            planYears = figures["defaultPlanYearCount"].flatMap { start.years(count: Int($0.value)) } ?? []
        } else {
            planYears = r.financialYears(top["planYears"], Self.planYearsSpec, at: root.location).years
        }
        var settings = PlanSettings(
            title: title, preset: preset, figures: figures, textChoices: textChoices, combination: combination, sizing: sizing,
            lowIncomeMeasure: measure, pay: pay,
            planYears: planYears, onCosts: onCosts,
            yearFields: OnCostYearFields(
                payYearPath: "pay.year", payYearNode: Self.member(top["pay"], "year"), yearsPath: "planYears", yearsNode: top["planYears"]),
            uncertainty: uncertainty)
        if !planYears.isEmpty {
            let labels = settings.planYearLabels
            settings.phasing = top["phasing"].flatMap { readPhasing($0, path: "phasing", yearCount: labels.count, r) }
            settings.budget = top["budget"].flatMap { readBudget($0, path: "budget", yearCount: labels.count, r) }
            settings.target = top["target"].flatMap { readTarget($0, path: "target", planYears: labels, r) }
        }
        return settings
    }

    /// The member `key` of an object node; nil when the node is not an object or has no such member.
    static func member(_ node: JSONNode?, _ key: String) -> JSONNode? {
        guard let node, case .object(let members) = node.value else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The preset named at `node`, its assumptions applied to `figures` and its choices to `texts`.
    private func readPreset(
        _ node: JSONNode, into figures: inout [String: Figure], texts: inout [String: (value: String, source: String)], _ r: FieldReader
    ) -> Preset? {
        guard let id = r.choice(node, "preset", from: reference.presets.map(\.id)), let preset = reference.preset(id) else { return nil }
        for (pid, value) in preset.assumptions {
            figures[pid] = figures[pid]?.overridden(with: value, at: "preset \(id)", source: "preset \(id): \(preset.citation.text)")
            figures[pid]?.basis = .published
        }
        for (pid, value) in preset.choices { texts[pid] = (value, "preset \(id): \(preset.citation.text)") }
        return preset
    }

    /// A config's `assumptions`: numbers checked by the range each parameter declares, named choices against their options.
    private func readAssumptions(
        _ node: JSONNode, path: String, owner: AssumptionsOwner, into figures: inout [String: Figure],
        texts: inout [String: (value: String, source: String)], _ r: FieldReader
    ) {
        guard let members = r.members(node, path) else { return }
        var nodes: [String: JSONNode] = [:]
        for member in members {
            let p = join(path, member.key)
            guard let parameter = reference.parameters[member.key] else {
                r.reportUnknownKey(
                    member, p, found: "unknown parameter \"\(member.key)\"", expected: "a parameter id listed by `piplanner reference`",
                    nearestOf: reference.parameterOrder)
                continue
            }
            if let why = whyNotSettable(member.key, in: owner) {
                r.report(
                    member.value, p, expected: "no override of \(member.key), which \(owner.name) does not use", suggestion: why,
                    location: member.keyLocation)
                continue
            }
            nodes[member.key] = member.value
            if parameter.text != nil {
                let options = reference.choiceOptions(member.key)
                if options.isEmpty {
                    if let s = r.string(member.value, p) { texts[member.key] = (s, "config \(p)") }
                } else if let s = r.choice(member.value, p, from: options) {
                    texts[member.key] = (s, "config \(p)")
                }
                continue
            }
            if let value = r.parameterValue(member.value, p, parameter: parameter) {
                figures[member.key] = figures[member.key]!.overridden(with: value, at: p)
            }
        }
        checkOrder(figures, nodes: nodes, path: path, r)
    }

    func readCombination(_ node: JSONNode?, path: String, default fallback: (value: String, source: String)?, _ r: FieldReader) -> (
        CombinationRule, String
    ) {
        if let node, let s = r.choice(node, path, from: CombinationRule.allCases.map(\.rawValue)) {
            return (CombinationRule(rawValue: s)!, "config \(path)")
        }
        return (CombinationRule(rawValue: fallback?.value ?? "") ?? .highestRisk, fallback?.source ?? "reference default")
    }

    /// Top-level `lowIncomeMeasure`, else `assumptions.lowIncomeMeasure` or the reference default (`lowIncomeMeasure`).
    func readLowIncomeMeasure(_ node: JSONNode?, default fallback: (value: String, source: String)?, _ r: FieldReader) -> (
        measure: LowIncomeMeasure, source: String, isGiven: Bool
    ) {
        if let node, let s = r.choice(node, "lowIncomeMeasure", from: LowIncomeMeasure.allCases.map(\.rawValue)) {
            return (LowIncomeMeasure(rawValue: s)!, "config lowIncomeMeasure", true)
        }
        let isGiven = fallback?.source.hasPrefix("config") == true
        return (LowIncomeMeasure(rawValue: fallback?.value ?? "") ?? .cilifFYE2025, fallback?.source ?? "reference default", isGiven)
    }

    func readSizing(_ node: JSONNode?, path: String, default fallback: (value: String, source: String)?, _ r: FieldReader) -> (
        SizingMethod, String
    ) {
        if let node, let s = r.choice(node, path, from: SizingMethod.allCases.map(\.rawValue)) {
            return (SizingMethod(rawValue: s)!, "config \(path)")
        }
        return (SizingMethod(rawValue: fallback?.value ?? "") ?? .need, fallback?.source ?? "reference default")
    }
}
