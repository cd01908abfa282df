import Foundation
import PIPlannerModel

/// A team template from `ReferenceData/staffing-models.json`.
public struct StaffingTemplate: Sendable {
    public struct Role: Sendable {
        public var id: String
        public var title: String
        /// nil where the source gives no band.
        public var band: String?
        public var wte: Double
    }
    public var id: String
    public var name: String
    public var citation: Citation
    public var roles: [Role]
    public var teamWTE: Double { roles.reduce(0) { $0 + $1.wte } }
}

extension StaffingTemplate {
    /// The models of `staffing-models.json`; every problem is recorded in `r`.
    static func readAll(_ root: JSONNode, _ r: FieldReader) -> [StaffingTemplate] {
        guard let top = r.object(root, "", allowed: ["schemaVersion", "description", "models"]),
            let list = top["models"].flatMap({ r.array($0, "models") })
        else { return [] }
        // No model: a scenario without a staffingModel, and `init`, have none to cost.
        if list.isEmpty { r.report(top["models"], "models", expected: "at least one staffing model") }
        let models = list.enumerated().compactMap { i, node in read(node, path: "models[\(i)]", r).map { (i, node, $0) } }
        r.checkUnique(models.map { ($0.2.id, $0.1) }, path: { "models[\(models[$0].0)].id" }, what: "staffing model id")
        return models.map(\.2)
    }

    private static func read(_ node: JSONNode, path: String, _ r: FieldReader) -> StaffingTemplate? {
        guard let f = r.object(node, path, allowed: ["id", "name", "source", "roles"]) else { return nil }
        var roles: [Role] = []
        let roleNodes = f["roles"].flatMap { r.array($0, join(path, "roles")) } ?? []
        // A team of no roles has no WTE: every team-equivalent would divide by zero.
        if roleNodes.isEmpty {
            r.report(f["roles"], join(path, "roles"), expected: "an array of at least one role", location: node.location)
        }
        for (j, roleNode) in roleNodes.enumerated() {
            let rp = "\(path).roles[\(j)]"
            guard let rf = r.object(roleNode, rp, allowed: ["id", "title", "band", "wte"]) else { continue }
            var band: String? = nil
            if let b = rf["band"], case .string(let s) = b.value { band = s }
            roles.append(
                Role(
                    id: rf["id"].flatMap { r.name($0, "\(rp).id", expected: "a role id") } ?? "",
                    title: rf["title"].flatMap { r.name($0, "\(rp).title", expected: "a role title") } ?? "",
                    band: band,
                    wte: rf["wte"].flatMap { r.positive($0, "\(rp).wte", unit: "WTE") } ?? 0))
            if rf["wte"] == nil {
                r.missing("\(rp).wte", expected: "WTE per team (a number greater than 0)", at: roleNode.location)
            }
        }
        return StaffingTemplate(
            id: f["id"].flatMap { r.name($0, "\(path).id", expected: "a staffing model id") } ?? "",
            name: f["name"].flatMap { r.name($0, "\(path).name", expected: "a staffing model name") } ?? "",
            citation: ReferenceData.citation(f["source"], "\(path).source", r), roles: roles)
    }
}
