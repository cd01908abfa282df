import Foundation
import Testing

/// Issue 12, class 5: `--output` never replaces any input of the command (a config, a scenario, any file of the
/// reference data or the area data), the same file reached by another path included; an existing output keeps its
/// permission bits.
@Suite struct OutputProtectionTests {
    static let leeds = CLI.example("leeds-joint-funded.json")

    /// A copy of `ReferenceData/` (or of its area files) in a fresh directory.
    static func copy(_ subpath: String = "") throws -> URL {
        let to = try CLI.temporaryDirectory().appendingPathComponent("data")
        try FileManager.default.copyItem(
            at: CLI.packageRoot.appendingPathComponent("ReferenceData").appendingPathComponent(subpath), to: to)
        return to
    }

    /// Runs `arguments` expecting the refusal, and that `file` is unchanged.
    static func expectRefused(
        _ arguments: [String], keeps file: String, environment: [String: String] = [:],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let result = runCLI(arguments, environment: environment)
        #expect(result.code == 2, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains("is one of the command's inputs"), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before, "unchanged", sourceLocation: sourceLocation)
    }

    @Test func noFileOfTheReferenceDataIsReplaced() throws {
        let data = try Self.copy()
        let parameters = data.appendingPathComponent("parameters.json").path
        let payScale = data.appendingPathComponent("pay-scales/nhs_afc_pay_points_england.csv").path
        try Self.expectRefused(["plan", Self.leeds, "--reference-data", data.path, "--output", parameters], keeps: parameters)
        try Self.expectRefused(["--reference-data", data.path, "plan", Self.leeds, "--output", payScale], keeps: payScale)
        try Self.expectRefused(
            ["rollout", CLI.example("spending-review-2021-rollout.json"), "--output", payScale], keeps: payScale,
            environment: ["PIPLANNER_REFERENCE_DATA": data.path])
    }

    @Test func noFileOfTheAreaDataIsReplaced() throws {
        let areas = try Self.copy("areas")
        let icbs = areas.appendingPathComponent("icbs.csv").path
        try Self.expectRefused(["compare", "E08000035", "E08000003", "--area-data", areas.path, "--output", icbs], keeps: icbs)
        try Self.expectRefused(["batch", "--areas", "wales", "--area-data", areas.path, "--output", icbs], keeps: icbs)
    }

    @Test func noConfigOrScenarioIsReplacedByAnyPath() throws {
        let dir = try CLI.temporaryDirectory()
        let config = dir.appendingPathComponent("leeds.json").path
        try FileManager.default.copyItem(atPath: Self.leeds, toPath: config)
        let hardLink = dir.appendingPathComponent("hard.json").path
        try FileManager.default.linkItem(atPath: config, toPath: hardLink)
        let symbolicLink = dir.appendingPathComponent("soft.json").path
        try FileManager.default.createSymbolicLink(atPath: symbolicLink, withDestinationPath: config)
        for output in [config, hardLink, symbolicLink, dir.path + "/./leeds.json"] {
            try Self.expectRefused(["plan", config, "--output", output], keeps: config)
            try Self.expectRefused(["compare", config, "E08000003", "--output", output], keeps: config)
        }
        let scenario = try CLI.write("{\"version\": 1}", name: "scenario.json")
        try Self.expectRefused(["batch", "--areas", "wales", "--scenario", scenario, "--output", scenario], keeps: scenario)
        try Self.expectRefused(["compare", "E08000035", "E08000003", "--scenario", scenario, "--output", scenario], keeps: scenario)
    }

    @Test func anExistingOutputKeepsItsPermissionBits() throws {
        let output = try CLI.write("old", name: "leeds.md")
        for mode in [0o600, 0o640, 0o604] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: output)
            #expect(CLI.run(["plan", Self.leeds, "--output", output]).code == 0)
            let kept = try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? Int
            #expect(kept == mode)
        }
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("# Leeds"))
    }
}
