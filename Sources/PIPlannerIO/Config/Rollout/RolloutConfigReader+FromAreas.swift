import Foundation
import PIPlannerModel

extension RolloutConfigReader {
    /// `schedule.fromAreas`: the target's year, cap and teams already operating, the sizing method, and the areas (a
    /// plan config or the area data, exactly one). Nil only when it is not an object.
    func readFromAreas(_ node: JSONNode) -> RolloutFromAreasInput? {
        let prefix = "schedule.fromAreas"
        guard let g = r.object(node, prefix, allowed: RolloutConfigLoader.fromAreasKeys) else { return nil }
        places.targetTeams = node.location
        var input = RolloutFromAreasInput()
        input.fullyOperatingFromYearIndex = readTargetYear(g["fullyOperatingFrom"], path: "\(prefix).fullyOperatingFrom", parent: node)
        input.maxTeamsStartingPerYear = readCap(g["maxTeamsStartingPerYear"], prefix: prefix, parent: node)
        input.alreadyFullyOperating = readAlready(g["alreadyFullyOperating"], prefix: prefix)
        if let m = g["method"] {
            input.method = r.choice(m, "\(prefix).method", from: SizingMethod.allCases.map(\.rawValue)).flatMap(
                SizingMethod.init(rawValue:))
        } else {
            r.missing(
                "\(prefix).method",
                expected: "the sizing method whose teams are summed: "
                    + SizingMethod.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " or "), at: node.location)
        }
        // The areas come from a plan config or from the shipped area data: exactly one.
        let configNode = g["config"]
        let areasNode = g["areas"]
        if let configNode, let areasNode {
            r.issues.append(
                Diagnostic(
                    file: r.file, location: areasNode.location, fieldPath: prefix, found: "both \"config\" and \"areas\"",
                    expected:
                        "exactly one of \(prefix).config (a plan config whose areas are summed) or \(prefix).areas (an area set or GSS codes planned from the shipped area data)",
                    suggestion:
                        "remove \(prefix).config (line \(configNode.location.line)) or \(prefix).areas (line \(areasNode.location.line))"))
        } else if configNode == nil && areasNode == nil {
            r.missing(
                "\(prefix).config",
                expected:
                    "one of \(prefix).config (the path of a plan config, relative to this file's directory, whose areas set the target) or \(prefix).areas (an area set such as \"england\", or GSS codes, planned from the shipped area data)",
                at: node.location)
        }
        if let scenarioNode = g["scenario"], areasNode == nil {
            r.report(
                scenarioNode, "\(prefix).scenario",
                expected: "\"scenario\" only with \(prefix).areas (a plan config carries its own settings)")
        }
        if configNode != nil && areasNode != nil {
            // Reported above.
        } else if let configNode {
            input.areas = r.string(configNode, "\(prefix).config").map { written in
                .planConfig(RolloutFromAreasInput.NestedFile(path: resolve(written), written: written, place: ConfigPlace(configNode)))
            }
        } else if let areasNode {
            input.areas = .areaData(readAreaList(areasNode, scenarioNode: g["scenario"]))
        }
        return input
    }

    /// `schedule.fromAreas.areas` as written, and `schedule.fromAreas.scenario`. A code listed twice is an issue (its
    /// teams would be summed twice); the planner checks each code against the area data.
    private func readAreaList(_ node: JSONNode, scenarioNode: JSONNode?) -> RolloutFromAreasInput.AreaData {
        let path = "schedule.fromAreas.areas"
        let issuesBefore = r.issues.count
        var selection: RolloutFromAreasInput.Selection? = nil
        var codePlaces: [(fieldPath: String, location: SourceLocation)] = []
        switch node.value {
        case .string(let text):
            selection = .text(text)
        case .array(let items):
            var codes: [String] = []
            var firstIndex: [String: Int] = [:]
            for (i, item) in items.enumerated() {
                guard let code = r.string(item, "\(path)[\(i)]") else { continue }
                if let first = firstIndex[code] {
                    r.issues.append(
                        Diagnostic(
                            file: r.file, location: item.location, fieldPath: "\(path)[\(i)]",
                            found: "\"\(code)\", listed twice (\(path)[\(first)] and [\(i)])",
                            expected: "each area once (its teams would be summed twice)", suggestion: "remove \(path)[\(i)]"))
                    continue
                }
                firstIndex[code] = i
                codes.append(code)
                codePlaces.append(("\(path)[\(i)]", item.location))
            }
            if items.isEmpty { r.report(node, path, expected: "at least one GSS code, e.g. [\"E08000035\", \"E08000003\"]") }
            // The codes that could be read are still planned, so one run lists every problem.
            if !codes.isEmpty { selection = .codes(codes) }
        default:
            let sets = AreaSet.allCases.map(\.rawValue)
            r.report(
                node, path,
                expected: "an area set (\(sets.joined(separator: ", "))) or an array of GSS codes, e.g. [\"E08000035\", \"E08000003\"]")
        }
        var scenario = RolloutFromAreasInput.Scenario.builtIn
        if let scenarioNode {
            if let written = r.string(scenarioNode, "schedule.fromAreas.scenario") {
                scenario = .file(
                    RolloutFromAreasInput.NestedFile(path: resolve(written), written: written, place: ConfigPlace(scenarioNode)))
            } else {
                scenario = .unreadable
            }
        }
        return RolloutFromAreasInput.AreaData(
            selection: selection, codePlaces: codePlaces, place: ConfigPlace(node), scenario: scenario,
            isComplete: r.issues.count == issuesBefore)
    }
}
