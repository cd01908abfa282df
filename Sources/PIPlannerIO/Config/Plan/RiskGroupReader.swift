import Foundation
import PIPlannerModel

extension PlanConfigLoader {
    /// The keys a risk group may have.
    static let riskGroupKeys = [
        "share", "prevalence", "label", "source", "shareSource", "shareScope", "shareMeasure", "shareYear", "shareGeography",
    ]

    /// What a config's risk groups are read against: the figures, the config's `lowIncomeMeasure` when it set one (it
    /// names the measure of a low-income share that does not name its own), and the area the shares are for.
    struct RiskGroupContext {
        var figures: [String: Figure]
        var lowIncomeMeasure: LowIncomeMeasure?
        var areaName: String
    }

    /// An area's `riskGroups`: each a shipped group (its prevalence from reference data, or overridden) or a custom
    /// group with its own prevalence and source.
    func readRiskGroups(_ node: JSONNode, path: String, context: RiskGroupContext, _ r: FieldReader) -> [RiskGroupInput] {
        guard let members = r.members(node, path) else { return [] }
        return members.compactMap { readRiskGroup($0, path: join(path, $0.key), context: context, r) }
    }

    private func readRiskGroup(_ member: JSONNode.Member, path p: String, context: RiskGroupContext, _ r: FieldReader) -> RiskGroupInput? {
        let figures = context.figures
        guard let g = r.object(member.value, p, allowed: Self.riskGroupKeys) else { return nil }
        guard r.nameKey(member, p, expected: "a risk group id, e.g. \"lowIncome\" or a custom group's own") else { return nil }
        let known = Self.knownRiskGroups.contains(member.key)
        if !known, nearestKey(to: member.key, in: Self.knownRiskGroups) != nil, g["prevalence"] == nil {
            r.reportUnknownKey(
                member, p, found: "unknown risk group \"\(member.key)\"",
                expected: "one of " + Self.knownRiskGroups.joined(separator: ", ")
                    + ", or a custom group with its own prevalence and source",
                nearestOf: Self.knownRiskGroups)
            return nil
        }
        guard let shareNode = g["share"] else {
            r.missing(join(p, "share"), expected: "the group's share of births (0 to 1)", at: member.value.location)
            return nil
        }
        guard let share = r.proportion(shareNode, join(p, "share")) else { return nil }
        let shareSource = g["shareSource"].flatMap { r.string($0, join(p, "shareSource")) }
        let scope = g["shareScope"].flatMap { r.choice($0, join(p, "shareScope"), from: RiskShareScope.allCases.map(\.rawValue)) }
            .flatMap(RiskShareScope.init(rawValue:))
        let label = g["label"].flatMap { r.name($0, join(p, "label"), expected: "the group's label") }
        let source = g["source"].flatMap { r.string($0, join(p, "source")) }
        guard let prevalence = readPrevalence(member, g, path: p, source: source, figures: figures, r) else { return nil }
        let shareFigure = Figure(
            id: "riskGroups.\(member.key).share", value: share,
            unit: "proportion of births" + (scope.map { " (\($0.rawValue))" } ?? ""),
            source: "config \(join(p, "share"))" + (scope.map { " (\($0.rawValue))" } ?? "") + (shareSource.map { ": \($0)" } ?? ""),
            basis: .config)
        return RiskGroupInput(
            id: member.key, label: label ?? reference.parameters["riskGroups.\(member.key).prevalence"]?.description ?? member.key,
            share: shareFigure, prevalence: prevalence, scope: scope, evidence: readEvidence(member.key, g, path: p, context: context, r))
    }

    /// `shareMeasure`, `shareYear` and `shareGeography`; for a low-income share that names none of them, the config's
    /// `lowIncomeMeasure` (when it set one) over the area. Nil when neither says anything.
    private func readEvidence(_ id: String, _ g: [String: JSONNode], path p: String, context: RiskGroupContext, _ r: FieldReader)
        -> ShareEvidence?
    {
        let measure = g["shareMeasure"].flatMap { r.string($0, join(p, "shareMeasure")) }
        let year = g["shareYear"].flatMap { r.string($0, join(p, "shareYear")) }
        let geography = g["shareGeography"].flatMap { r.string($0, join(p, "shareGeography")) }
        let configMeasure = id == "lowIncome" ? context.lowIncomeMeasure : nil
        guard measure != nil || year != nil || geography != nil || configMeasure != nil else { return nil }
        return ShareEvidence(
            measure: measure ?? configMeasure?.measureText ?? "not stated", year: year ?? configMeasure?.year ?? "not stated",
            geography: geography ?? context.areaName)
    }

    /// A group's prevalence: the reference figure (possibly overridden), or a custom group's own with its source.
    private func readPrevalence(
        _ member: JSONNode.Member, _ g: [String: JSONNode], path p: String, source: String?, figures: [String: Figure], _ r: FieldReader
    ) -> Figure? {
        let id = "riskGroups.\(member.key).prevalence"
        if var prevalence = figures[id] {
            prevalence.id = id
            guard let pn = g["prevalence"] else { return prevalence }
            guard let v = r.proportion(pn, join(p, "prevalence"), allowZero: false) else { return nil }
            return prevalence.overridden(
                with: v, at: join(p, "prevalence"), source: source.map { "config \(join(p, "prevalence")): \($0)" })
        }
        guard let pn = g["prevalence"] else {
            r.missing(
                join(p, "prevalence"), expected: "a prevalence (0 to 1) for custom group \"\(member.key)\", with its source",
                at: member.value.location)
            return nil
        }
        guard let v = r.proportion(pn, join(p, "prevalence"), allowZero: false) else { return nil }
        guard let source else {
            r.missing(
                join(p, "source"), expected: "the source of custom group \"\(member.key)\"'s prevalence (document and section)",
                at: member.value.location)
            return nil
        }
        return Figure(
            id: id, value: v, unit: "proportion of births in the group", source: "config \(join(p, "prevalence")): \(source)",
            basis: .config)
    }
}
