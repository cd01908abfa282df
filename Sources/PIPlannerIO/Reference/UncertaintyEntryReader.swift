import PIPlannerModel

/// Reads one distribution object, the schema shared by `ReferenceData/uncertainty.json` and a config's
/// `uncertainty` block:
///
///     { "family": "beta", "p10": 0.1, "p90": 0.25, "scope": "national", "basis": "published",
///       "source": { "document": "…", "section": "…" }, "reason": "…" }
///
/// Parameters by family: `p10` and `p90` (an 80% interval) or `mean` and `sd` for beta, gamma, lognormal and normal;
/// `min` and `max` for normal (its truncation range) and uniform; `min`, `mode` and `max` for triangular; none for
/// fixed. The numbers' meaning (order, range, the point value) is checked by `DistributionSpec`, not here.
struct UncertaintyEntryReader {
    /// Keys a distribution object may have.
    static let keys = ["id", "family", "scope", "basis", "source", "reason"] + DistributionParameter.allCases.map(\.rawValue)

    let reader: FieldReader
    /// Whether the object is from the reference file, where `scope`, `basis` and `source` are required and a
    /// `reason` is required unless the interval is published; a config's override may leave them out.
    let isReference: Bool

    /// The entry for the object at `path`, or nil (with the problems recorded) if it cannot be read.
    func read(_ node: JSONNode, path: String, id givenID: String?) -> UncertaintyTable.Entry? {
        var allowed = Self.keys
        if givenID != nil { allowed.removeAll { $0 == "id" } }
        guard let fields = reader.object(node, path, allowed: allowed, what: "a distribution object") else { return nil }
        let id = givenID ?? fields["id"].flatMap { reader.string($0, join(path, "id")) }
        if givenID == nil, fields["id"] == nil {
            reader.missing(join(path, "id"), expected: "the id of a figure in parameters.json", at: node.location)
        }
        guard let familyNode = fields["family"] else {
            reader.missing(join(path, "family"), expected: Self.familyExpectation, at: node.location)
            return nil
        }
        let family = reader.choice(familyNode, join(path, "family"), from: DistributionFamily.allCases.map(\.rawValue)).flatMap(
            DistributionFamily.init(rawValue:))
        var parameters = DistributionParameters()
        var locations: [String: SourceLocation] = ["id": fields["id"]?.location ?? node.location, "family": familyNode.location]
        for parameter in DistributionParameter.allCases {
            guard let valueNode = fields[parameter.rawValue] else { continue }
            locations[parameter.rawValue] = valueNode.location
            parameters[parameter] = reader.number(valueNode, join(path, parameter.rawValue))
        }
        let scope = fields["scope"].flatMap { reader.choice($0, join(path, "scope"), from: UncertaintyScope.allCases.map(\.rawValue)) }
            .flatMap(UncertaintyScope.init(rawValue:))
        let basis = readBasis(fields, path: path, node: node)
        let reason = fields["reason"].flatMap { reader.string($0, join(path, "reason")) }
        if isReference {
            if fields["scope"] == nil { reader.missing(join(path, "scope"), expected: "\"national\" or \"local\"", at: node.location) }
            if basis != .published, reason == nil {
                reader.missing(
                    join(path, "reason"), expected: "a sentence saying how the interval was derived or why it is assumed", at: node.location
                )
            }
        }
        let citation =
            fields["source"] != nil || isReference ? ReferenceData.citation(fields["source"], join(path, "source"), reader) : Citation()
        guard let id, let family else { return nil }
        let spec = DistributionSpec(
            id: id, family: family, parameters: parameters, scope: scope ?? .national, basis: basis, citation: citation, reason: reason)
        return UncertaintyTable.Entry(
            spec: spec, file: reader.file, fieldPath: path, location: node.location, fieldLocations: locations, scopeGiven: scope != nil)
    }

    /// `published`, `derived` or `assumption`; required in the reference file, `config` when a config leaves it out.
    private func readBasis(_ fields: [String: JSONNode], path: String, node: JSONNode) -> Basis {
        let options = ["published", "derived", "assumption"]
        guard let basisNode = fields["basis"] else {
            if isReference {
                reader.missing(join(path, "basis"), expected: "one of \"published\", \"derived\", \"assumption\"", at: node.location)
            }
            return isReference ? .assumption : .config
        }
        return reader.choice(basisNode, join(path, "basis"), from: options).flatMap(Basis.init(rawValue:)) ?? .assumption
    }

    /// The expectation for a missing or unknown family.
    static let familyExpectation =
        "a family: one of " + DistributionFamily.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
}
