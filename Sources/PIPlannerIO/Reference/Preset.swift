import Foundation
import PIPlannerModel

/// A named set of assumptions (`presets.json`).
public struct Preset: Sendable {
    public var id: String
    public var name: String
    public var citation: Citation
    public var assumptions: [(id: String, value: Double)]
    /// Named choices the preset makes (`onCostMethod`, `sizingMethod`, ...), by parameter id.
    public var choices: [(id: String, value: String)] = []
    public var ignoreRiskGroups: Bool
}

extension Preset {
    /// The presets of `presets.json`, each value checked by its parameter's declared range as a config's override is
    /// (a preset's 10 where 0.10 is meant is caught); every problem is recorded in `r`.
    /// A named choice is checked against `options(id)` (any text when empty).
    static func readAll(
        _ root: JSONNode, parameters: [String: ReferenceParameter], options: (String) -> [String], _ r: FieldReader
    ) -> [Preset] {
        guard let top = r.object(root, "", allowed: ["schemaVersion", "description", "presets"]) else { return [] }
        let presets = (top["presets"].flatMap { r.array($0, "presets") } ?? []).enumerated().compactMap { i, node in
            read(node, path: "presets[\(i)]", parameters: parameters, options: options, r).map { (i, node, $0) }
        }
        r.checkUnique(presets.map { ($0.2.id, $0.1) }, path: { "presets[\(presets[$0].0)].id" }, what: "preset id")
        return presets.map(\.2)
    }

    private static func read(
        _ node: JSONNode, path: String, parameters: [String: ReferenceParameter], options: (String) -> [String], _ r: FieldReader
    ) -> Preset? {
        guard let f = r.object(node, path, allowed: ["id", "name", "source", "assumptions", "ignoreRiskGroups"]) else { return nil }
        var values: [(id: String, value: Double)] = []
        var choices: [(id: String, value: String)] = []
        for member in (f["assumptions"].flatMap { r.members($0, "\(path).assumptions") } ?? []) {
            let p = "\(path).assumptions.\(member.key)"
            guard let parameter = parameters[member.key] else {
                r.report(member.value, p, expected: "a parameter id from parameters.json")
                continue
            }
            if parameter.text != nil {
                let allowed = options(member.key)
                let text = allowed.isEmpty ? r.string(member.value, p) : r.choice(member.value, p, from: allowed)
                if let text { choices.append((member.key, text)) }
            } else if let d = r.parameterValue(member.value, p, parameter: parameter) {
                values.append((member.key, d))
            }
        }
        return Preset(
            id: f["id"].flatMap { r.name($0, "\(path).id", expected: "a preset id") } ?? "",
            name: f["name"].flatMap { r.string($0, "\(path).name") } ?? "",
            citation: ReferenceData.citation(f["source"], "\(path).source", r), assumptions: values, choices: choices,
            ignoreRiskGroups: f["ignoreRiskGroups"].flatMap { r.bool($0, "\(path).ignoreRiskGroups") } ?? false)
    }
}
