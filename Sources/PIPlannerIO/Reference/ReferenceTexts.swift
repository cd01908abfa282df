import Foundation
import PIPlannerModel

// The reference files of words, not figures: funders, the theory of change and published findings on value.

/// A funding source and the outcomes it is accountable for (`funders.json`).
public struct FunderTemplate: Sendable {
    public var id: String
    public var name: String
    public var outcomes: [String]
    public var citation: Citation
}

/// One tier of the system-level theory of change (`theory-of-change.json`).
public struct TheoryOfChangeTier: Sendable {
    public var id: String
    public var name: String
    public var outcomes: [String]
}

/// A published finding on value (`evidence.json`), quoted never forecast.
public struct EvidenceItem: Sendable {
    public var id: String
    public var text: String
    public var citation: Citation
}

extension FunderTemplate {
    /// The funders of `funders.json`; every problem is recorded in `r`.
    static func readAll(_ root: JSONNode, _ r: FieldReader) -> [FunderTemplate] {
        guard let top = r.object(root, "", allowed: ["schemaVersion", "description", "funders"]),
            let list = top["funders"].flatMap({ r.array($0, "funders") })
        else { return [] }
        let funders = list.enumerated().compactMap { i, node -> (Int, JSONNode, FunderTemplate)? in
            let path = "funders[\(i)]"
            guard let f = r.object(node, path, allowed: ["id", "name", "outcomes", "source"]) else { return nil }
            let funder = FunderTemplate(
                id: f["id"].flatMap { r.name($0, "\(path).id", expected: "a funder id") } ?? "",
                name: f["name"].flatMap { r.name($0, "\(path).name", expected: "a funder name") } ?? "",
                outcomes: ReferenceData.strings(f["outcomes"], "\(path).outcomes", r),
                citation: ReferenceData.citation(f["source"], "\(path).source", r))
            return (i, f["id"] ?? node, funder)
        }
        r.checkUnique(funders.map { ($0.2.id, $0.1) }, path: { "funders[\(funders[$0].0)].id" }, what: "funder id")
        return funders.map(\.2)
    }
}

extension TheoryOfChangeTier {
    /// The tiers of `theory-of-change.json` and the file's source; every problem is recorded in `r`.
    static func readAll(_ root: JSONNode, _ r: FieldReader) -> (tiers: [TheoryOfChangeTier], citation: Citation) {
        guard let top = r.object(root, "", allowed: ["schemaVersion", "source", "tiers"]) else { return ([], Citation()) }
        let citation = ReferenceData.citation(top["source"], "source", r)
        let tiers = (top["tiers"].flatMap { r.array($0, "tiers") } ?? []).enumerated().compactMap { i, node -> TheoryOfChangeTier? in
            guard let f = r.object(node, "tiers[\(i)]", allowed: ["id", "name", "outcomes"]) else { return nil }
            return TheoryOfChangeTier(
                id: f["id"].flatMap { r.string($0, "tiers[\(i)].id") } ?? "",
                name: f["name"].flatMap { r.string($0, "tiers[\(i)].name") } ?? "",
                outcomes: ReferenceData.strings(f["outcomes"], "tiers[\(i)].outcomes", r))
        }
        return (tiers, citation)
    }
}

extension EvidenceItem {
    /// The findings of `evidence.json`; every problem is recorded in `r`.
    static func readAll(_ root: JSONNode, _ r: FieldReader) -> [EvidenceItem] {
        guard let top = r.object(root, "", allowed: ["schemaVersion", "description", "findings"]) else { return [] }
        return (top["findings"].flatMap { r.array($0, "findings") } ?? []).enumerated().compactMap { i, node in
            guard let f = r.object(node, "findings[\(i)]", allowed: ["id", "text", "source"]) else { return nil }
            return EvidenceItem(
                id: f["id"].flatMap { r.string($0, "findings[\(i)].id") } ?? "",
                text: f["text"].flatMap { r.string($0, "findings[\(i)].text") } ?? "",
                citation: ReferenceData.citation(f["source"], "findings[\(i)].source", r))
        }
    }
}
