import Foundation
import PIPlannerModel

/// One check of `ReferenceData/plausibility.json`: the bounds a value a config gives is held to, to catch a unit slip.
public struct PlausibilityCheck: Sendable {
    /// One bound: past an error bound a value cannot be meant; past a warning bound it is planned with a finding.
    public struct Bound: Sendable {
        public enum Side: Sendable { case below, above }
        public var isError: Bool
        public var side: Side
        /// The bound in the check's unit.
        public var value: Double
        /// How the bound is made, for messages: `0.1 × the lowest Agenda for Change point shipped (£18,546)`; nil for a
        /// plain number.
        public var made: String?
    }

    public var id: String
    /// What the value is, in words: "an annual salary per WTE".
    public var what: String
    public var unit: String
    /// The bounds, errors first.
    public var bounds: [Bound]
    /// The likely slip of a value past the lower or the upper bounds.
    public var slipBelow: String?
    public var slipAbove: String?
    /// The source of the bounds and their derivation, as a finding cites them.
    public var citation: String

    /// The first bound `value` is past, an error bound before a warning one; nil when it is within them all.
    public func breach(_ value: Double) -> Bound? {
        bounds.first { $0.side == .below ? value < $0.value : value > $0.value }
    }

    /// A value in the check's unit: `£1,855 a year per WTE`, `0.01 WTE`.
    public func amount(_ value: Double) -> String {
        guard unit.hasPrefix("GBP"), Money.canHold(value), abs(value) < 1e15 else { return NumberFormat.approximate(value) + " " + unit }
        return NumberFormat.gbp(Money(gbp: value)) + unit.dropFirst(3)
    }

    /// The bound in words: `£1,855 a year per WTE (0.1 × the lowest Agenda for Change point shipped, £18,546, …)`.
    public func describe(_ bound: Bound) -> String { amount(bound.value) + (bound.made.map { " (\($0))" } ?? "") }

    /// The likely slip of a value past `bound`.
    public func slip(_ bound: Bound) -> String? { bound.side == .below ? slipBelow : slipAbove }
}

/// The plausibility checks of `ReferenceData/plausibility.json`, one table for every check of a value a config gives
/// (salaries, WTE, population, births, a rollout's labour per team), read and checked like the rest of the reference
/// data. A bound may be a multiple of a figure of the reference data (``Base``), worked out when it is loaded.
public struct PlausibilityTable: Sendable {
    public static let file = "plausibility.json"
    /// The checks the config readers apply, by id; each must be in the file.
    public static let requiredChecks = ["salaryPerWTE", "roleWTEPerTeam", "areaPopulation", "birthsPer1000Population", "labourPerTeam"]

    /// A figure of the reference data a bound may be a multiple of: its value and its name in messages.
    public struct Base: Sendable {
        public var value: Double
        public var name: String
    }

    public var checks: [String: PlausibilityCheck]

    /// The check `id`, one of ``requiredChecks`` (a loaded table has them all).
    public func check(_ id: String) -> PlausibilityCheck {
        guard let check = checks[id] else { preconditionFailure("plausibility check \(id) is read but not required") }
        return check
    }
}

extension PlausibilityTable {
    static let boundKeys: [(key: String, isError: Bool, side: PlausibilityCheck.Bound.Side)] = [
        ("errorBelow", true, .below), ("errorAbove", true, .above), ("warningBelow", false, .below), ("warningAbove", false, .above),
    ]

    /// The table of `plausibility.json`, its multiples worked out from `bases`; every problem is recorded in `r`.
    static func read(_ root: JSONNode, bases: [String: Base], _ r: FieldReader) -> PlausibilityTable {
        let keys = ["id", "what", "unit", "slipBelow", "slipAbove", "source", "derivation"] + boundKeys.map(\.key)
        guard let top = r.object(root, "", allowed: ["schemaVersion", "description", "checks"]),
            let list = top["checks"].flatMap({ r.array($0, "checks") })
        else { return PlausibilityTable(checks: [:]) }
        var checks: [String: PlausibilityCheck] = [:]
        var ids: [(id: String, node: JSONNode)] = []
        for (i, node) in list.enumerated() {
            let path = "checks[\(i)]"
            guard let f = r.object(node, path, allowed: keys), let idNode = f["id"],
                let id = r.name(idNode, join(path, "id"), expected: "a check id")
            else { continue }
            ids.append((id, idNode))
            let bounds = boundKeys.compactMap { spec in
                f[spec.key].flatMap { readBound($0, join(path, spec.key), isError: spec.isError, side: spec.side, bases: bases, r) }
            }
            checkOrder(bounds, node: node, path: path, r)
            let text = { (key: String) in f[key].flatMap { r.string($0, join(path, key)) } }
            let source = f["source"].map { ReferenceData.citation($0, join(path, "source"), r).text }
            guard (text("derivation") ?? source) != nil else {
                r.missing(join(path, "derivation"), expected: "the source or the derivation of the bounds", at: node.location)
                continue
            }
            checks[id] = PlausibilityCheck(
                id: id, what: text("what") ?? id, unit: text("unit") ?? "", bounds: bounds, slipBelow: text("slipBelow"),
                slipAbove: text("slipAbove"),
                // Without its last full stop: a finding's citation is printed inside a sentence.
                citation: [source, text("derivation")].compactMap { $0 }.joined(separator: ". ").trimmingCharacters(
                    in: CharacterSet(charactersIn: ".")))
        }
        r.checkUnique(ids, path: { "checks[\($0)].id" }, what: "check id")
        for id in requiredChecks where checks[id] == nil && r.issues.isEmpty {
            r.report(top["checks"], "checks", expected: "a check \"\(id)\" (the config readers apply it)")
        }
        return PlausibilityTable(checks: checks)
    }

    /// A bound: a positive number, or `{"times": x, "of": base}`. A multiple of a base the reference data cannot work
    /// out (a default staffing model without bands) is left out.
    private static func readBound(
        _ node: JSONNode, _ path: String, isError: Bool, side: PlausibilityCheck.Bound.Side, bases: [String: Base], _ r: FieldReader
    ) -> PlausibilityCheck.Bound? {
        if case .number = node.value {
            return r.positive(node, path, unit: "the check's unit").map { .init(isError: isError, side: side, value: $0, made: nil) }
        }
        guard let f = r.object(node, path, allowed: ["times", "of"], what: "a number or {\"times\": x, \"of\": base}") else { return nil }
        let names = ["lowestPayPoint", "highestPayPoint", "defaultTeamLabour"]
        guard let timesNode = f["times"], let times = r.positive(timesNode, join(path, "times"), unit: "times the base"),
            let ofNode = f["of"], let of = r.choice(ofNode, join(path, "of"), from: names)
        else {
            if f["times"] == nil || f["of"] == nil { r.report(node, path, expected: "both \"times\" and \"of\"") }
            return nil
        }
        guard let base = bases[of] else { return nil }
        let made = "\(NumberFormat.plain(times)) × \(base.name)"
        return .init(isError: isError, side: side, value: times * base.value, made: times == 1 ? base.name : made)
    }

    /// Reports bounds out of order: an error bound below must be under the warning bound below, and so on up.
    private static func checkOrder(_ bounds: [PlausibilityCheck.Bound], node: JSONNode, path: String, _ r: FieldReader) {
        func value(_ isError: Bool, _ side: PlausibilityCheck.Bound.Side) -> Double? {
            bounds.first { $0.isError == isError && $0.side == side }?.value
        }
        let ordered = [value(true, .below), value(false, .below), value(false, .above), value(true, .above)].compactMap { $0 }
        if ordered != ordered.sorted() {
            r.report(node, path, expected: "bounds in order: errorBelow ≤ warningBelow < warningAbove ≤ errorAbove")
        }
    }
}
