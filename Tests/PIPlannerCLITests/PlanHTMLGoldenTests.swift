import Foundation
import PIPlannerCLI
import PIPlannerIO
import PIPlannerModel
import Testing

/// The HTML plan of the Leeds example has its expected page in Examples/expected/. The renderer is called
/// directly until `plan --format html` is wired into the command line. A change in output fails the test;
/// re-record deliberately with `PIPLANNER_RECORD=1 swift test --filter PlanHTMLGoldenTests`.
@Suite struct PlanHTMLGoldenTests {
    static let examples = ["leeds-joint-funded"]

    /// The page for `Examples/<name>.json`, named by its path relative to the package root, as the CLI golden files are.
    static func render(_ name: String) throws -> String {
        let reference = try ReferenceData.embedded()
        let file = "Examples/\(name).json"
        let text = try String(contentsOf: packageRoot.appendingPathComponent(file), encoding: .utf8)
        let plan = try PlanConfigLoader(reference: reference).load(text: text, file: file)
        let results = plan.areas.map { AreaPlanner.plan($0.input, assumptions: $0.assumptions) }
        return PlanHTMLRenderer.render(plan: plan, results: results, reference: reference, version: PIPlannerCommand.version)
    }

    @Test(arguments: examples) func html(_ name: String) throws {
        let output = try Self.render(name)
        let expectedURL = packageRoot.appendingPathComponent("Examples/expected/\(name).html")
        if ProcessInfo.processInfo.environment["PIPLANNER_RECORD"] == "1" {
            try output.write(to: expectedURL, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        guard output != expected else { return }
        let outputLines = output.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        let firstDifference = zip(outputLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
        let location =
            firstDifference.map { " at line \($0.offset + 1):\n  expected: \($0.element.1)\n  actual:   \($0.element.0)" } ?? " in length"
        Issue.record(
            Comment(
                rawValue: """
                    Examples/expected/\(name).html differs from the output\(location)
                    If the change is intended, re-record with PIPLANNER_RECORD=1 swift test --filter PlanHTMLGoldenTests
                    """))
    }
}
