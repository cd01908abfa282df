import Foundation
import Testing

/// Issue 12, class 6: reference data is checked like a config, before any planning: a clear error naming the file,
/// the id and the rule, and nothing planned or written.
@Suite struct ReferenceDataCheckTests {
    /// A copy of `ReferenceData/` with `edits` (file, exact text, replacement) applied.
    static func reference(_ edits: [(String, String, String)]) throws -> URL {
        let dir = try CLI.temporaryDirectory().appendingPathComponent("reference")
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("ReferenceData"), to: dir)
        for (file, old, new) in edits {
            let url = dir.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old), "\(file) has \(old)")
            try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
        }
        return dir
    }

    /// Every command that plans refuses the reference data with `fragments`, naming `file`, and plans nothing.
    static func expectRefused(
        _ edits: [(String, String, String)], file: String, _ fragments: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let dir = try reference(edits)
        let commands = [
            ["plan", CLI.example("leeds-joint-funded.json")], ["batch", "--areas", "wales"], ["compare", "E08000035", "E08000003"],
            ["validate", CLI.example("spending-review-2021-rollout.json")], ["init", "--area", "E08000035"], ["reference"],
        ]
        for command in commands {
            let result = runCLI(command + ["--reference-data", dir.path])
            #expect(result.code == 1, "\(command): \(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.stdout.isEmpty, "\(command) planned nothing", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(dir.appendingPathComponent(file).path), "\(result.stderr)", sourceLocation: sourceLocation)
            for fragment in fragments {
                #expect(result.stderr.contains(fragment), "\(command): \(result.stderr)", sourceLocation: sourceLocation)
            }
        }
    }

    static let planYearCount = "\"value\": 3,\n      \"unit\": \"financial years\""

    @Test(arguments: ["100", "1e9", "1e19", "0", "2.5"])
    func defaultPlanYearCountIsAWholeNumberOfPlanYears(value: String) throws {
        try Self.expectRefused(
            [("parameters.json", Self.planYearCount, Self.planYearCount.replacingOccurrences(of: "3", with: value))],
            file: "parameters.json",
            ["parameters[38].value: found", "expected a whole number of plan years from 1 to 15"])
    }

    @Test func aDuplicateParameterIDIsRefused() throws {
        try Self.expectRefused(
            [("parameters.json", "\"id\": \"onCostRate\"", "\"id\": \"payGrowthRate\"")], file: "parameters.json",
            [
                "parameters[20].id: found \"payGrowthRate\"; expected a parameter id not used before; parameters[17].id is also \"payGrowthRate\""
            ]
        )
    }

    @Test func anInvertedRangeIsRefused() throws {
        try Self.expectRefused(
            [("parameters.json", "\"value\": 0.1,", "\"value\": 0.3,")], file: "parameters.json",
            ["parameters[1].value: found 0.3; expected at most prevalenceRangeHigh (0.25)"])
        try Self.expectRefused(
            [("parameters.json", "\"value\": 17.9,", "\"value\": 4,")], file: "parameters.json",
            ["found 5; expected at most plausibleBirthRatePer1000Max (4)"])
    }

    @Test func emptyTablesAreRefused() throws {
        let payScale = try String(
            contentsOf: CLI.packageRoot.appendingPathComponent("ReferenceData/pay-scales/nhs_afc_pay_points_england.csv"), encoding: .utf8)
        let header = String(payScale.prefix { $0 != "\n" }) + "\n"
        try Self.expectRefused(
            [("pay-scales/nhs_afc_pay_points_england.csv", payScale, header)], file: "pay-scales/nhs_afc_pay_points_england.csv",
            ["no pay points"])
        let models = try String(contentsOf: CLI.packageRoot.appendingPathComponent("ReferenceData/staffing-models.json"), encoding: .utf8)
        let start = try #require(models.range(of: "\"models\": ["))
        try Self.expectRefused(
            [("staffing-models.json", models, String(models[..<start.upperBound]) + "]}")], file: "staffing-models.json",
            ["models: found an array of 0; expected at least one staffing model"])
    }

    @Test func duplicateAndBlankIDsAndABadChoiceAreRefused() throws {
        try Self.expectRefused(
            [("funders.json", "\"id\": \"la-public-health\"", "\"id\": \"icb-cyp-mental-health\"")], file: "funders.json",
            ["expected a funder id not used before"])
        try Self.expectRefused(
            [("funders.json", "\"id\": \"la-public-health\"", "\"id\": \" \"")], file: "funders.json", ["expected a funder id, not blank"])
        try Self.expectRefused(
            [("parameters.json", "\"value\": \"highest-risk\"", "\"value\": \"highest\"")], file: "parameters.json",
            ["parameter \"combination\" is \"highest\"; expected one of"])
    }
}
