import Foundation
import Testing

/// The annotated config in README.md is a real, complete config: it must plan as documented.
@Suite struct ReadmeExampleTests {
    func readmeBlocks() throws -> [String] {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        return readme.components(separatedBy: "```json5\n").dropFirst().map { String($0.components(separatedBy: "```")[0]) }
    }

    @Test func annotatedConfigPlans() throws {
        let config = try #require(try readmeBlocks().first)
        let result = runCLI(["plan", writeConfig(config), "--format", "json"])
        #expect(result.code == 0, "\(result.stderr)")
        let area = try #require((parseJSON(result.stdout)["areas"] as? [[String: Any]])?.first)
        #expect(area["name"] as? String == "Leeds")
        #expect((area["riskGroups"] as? [[String: Any]])?.count == 3)
    }

    @Test func staffingModelSnippetsPlan() throws {
        for snippet in try readmeBlocks().dropFirst() {
            let config = areaConfig("\"population\": 280000, \"births\": 3300, \(snippet)")
            let result = runCLI(["plan", writeConfig(config)])
            #expect(result.code == 0, "\(snippet)\n\(result.stderr)")
        }
    }
}
