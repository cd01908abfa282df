import Foundation
import PIPlannerModel

/// A reference figure from `ReferenceData/parameters.json`: value, unit, the range its value may take, source and basis.
public struct ReferenceParameter: Sendable {
    public var id: String
    /// The numeric value; nil for a named choice such as `combination`.
    public var number: Double?
    /// The text value of a named choice; nil for numbers.
    public var text: String?
    public var unit: String
    /// The values a number may take (`"range"`), checked wherever it is given; nil for a named choice.
    public var range: ValueRange?
    /// The financial year whose prices an amount is stated at (`"priceYear"`), when the source states one.
    public var priceYear: FinancialYear?
    /// The parameter this one may not exceed (`"atMost"`): the low end of a range names its high end, so that an
    /// inverted range is refused as shipped and as overridden.
    public var atMost: String?
    public var description: String
    public var citation: Citation
    public var basis: Basis
    public var derivation: String?

    /// The value as printed: the number or the text.
    public var valueText: String { number.map { NumberFormat.plain($0) } ?? text ?? "" }

    /// As an audit-trail input.
    public var figure: Figure {
        Figure(id: id, value: number ?? .nan, unit: unit, source: citation.text, basis: basis, derivation: derivation)
    }
}

extension ReferenceParameter {
    /// The keys a parameter may have in `parameters.json`.
    static let keys = ["id", "value", "unit", "range", "atMost", "priceYear", "description", "source", "basis", "derivation"]

    /// Reads the parameters of `parameters.json`, in file order; every problem is recorded in `r`.
    static func readAll(_ root: JSONNode, _ r: FieldReader) -> [ReferenceParameter] {
        guard let top = r.object(root, "", allowed: ["schemaVersion", "description", "parameters"]),
            let list = top["parameters"].flatMap({ r.array($0, "parameters") })
        else { return [] }
        let entries = list.enumerated().compactMap { i, node in
            read(node, path: "parameters[\(i)]", r).map { (index: i, node: node, parameter: $0) }
        }
        r.checkUnique(
            entries.map { ($0.parameter.id, member($0.node, "id")) }, path: { "parameters[\(entries[$0].index)].id" }, what: "parameter id")
        let values = Dictionary(
            entries.compactMap { e in e.parameter.number.map { (e.parameter.id, $0) } }, uniquingKeysWith: { first, _ in first })
        for entry in entries {
            guard let high = entry.parameter.atMost else { continue }
            guard values[high] != nil, entry.parameter.number != nil, high != entry.parameter.id else {
                r.report(
                    member(entry.node, "atMost"), "parameters[\(entry.index)].atMost",
                    expected: "the id of another numeric parameter: the high end of the range whose low end this is")
                continue
            }
            r.checkOrder(entry.parameter, values: values) { id in
                entries.first { $0.parameter.id == id }.map { (member($0.node, "value"), "parameters[\($0.index)].value") }
            }
        }
        return entries.map(\.parameter)
    }

    /// The value of an object's member `key`, for messages about it; the object itself when it has none.
    private static func member(_ node: JSONNode, _ key: String) -> JSONNode {
        guard case .object(let members) = node.value else { return node }
        return members.first { $0.key == key }?.value ?? node
    }

    /// One parameter; its number is checked by the range it declares, as a config's override of it is.
    static func read(_ node: JSONNode, path: String, _ r: FieldReader) -> ReferenceParameter? {
        guard let f = r.object(node, path, allowed: keys) else { return nil }
        guard let id = f["id"].flatMap({ r.name($0, join(path, "id"), expected: "a parameter id") }) else {
            if f["id"] == nil { r.missing(join(path, "id"), expected: "a string id", at: node.location) }
            return nil
        }
        // Read in the order the fields are written, so that several problems are listed as the file reads.
        var number: Double? = nil
        var text: String? = nil
        switch f["value"]?.value {
        case .number(let d)?: number = d
        case .string(let s)?: text = s
        default: r.report(f["value"], join(path, "value"), expected: "a number or a string", location: node.location)
        }
        let basis =
            f["basis"].flatMap { r.choice($0, join(path, "basis"), from: ["published", "derived", "assumption"]) }
            .flatMap(Basis.init(rawValue:)) ?? .assumption
        let derivation = f["derivation"].flatMap { r.string($0, join(path, "derivation")) }
        if basis == .derived && derivation == nil {
            r.missing(join(path, "derivation"), expected: "the derivation of a derived figure", at: node.location)
        }
        let unit = f["unit"].flatMap { r.string($0, join(path, "unit")) } ?? ""
        var range: ValueRange? = nil
        if number != nil, let value = f["value"] {
            range = readRange(f["range"], path: join(path, "range"), at: node.location, r)
            number = range.flatMap { r.number(value, join(path, "value"), in: $0, unit: unit) }
        } else if let node = f["range"] {
            r.report(node, join(path, "range"), expected: "no range: a named choice (a string value) has none")
        }
        var parameter = ReferenceParameter(
            id: id, number: number, text: text, unit: unit, range: range,
            atMost: f["atMost"].flatMap { r.string($0, join(path, "atMost")) },
            description: f["description"].flatMap { r.string($0, join(path, "description")) } ?? "",
            citation: ReferenceData.citation(f["source"], join(path, "source"), r), basis: basis, derivation: derivation)
        if let year = f["priceYear"] {
            parameter.priceYear = r.financialYear(year, join(path, "priceYear"), example: "2022/23")
            if parameter.range?.kind != .gbp {
                r.report(year, join(path, "priceYear"), expected: "a price year only on an amount in pounds (range \"gbp\")")
            }
        }
        return parameter
    }

    private static func readRange(_ node: JSONNode?, path: String, at location: SourceLocation, _ r: FieldReader) -> ValueRange? {
        let names = ValueRange.named.map(\.name)
        guard let node else {
            r.missing(
                path, expected: "the values the number may take: one of " + names.map { "\"\($0)\"" }.joined(separator: ", "),
                at: location)
            return nil
        }
        return r.choice(node, path, from: names).flatMap(ValueRange.init(named:))
    }
}
