import Foundation
import Testing

/// Issue 12, class 9: an error names its cause: the field that overflows, the area-data row, the variable that named a
/// missing directory; global options work before the command; no message is built on a value already refused.
@Suite struct ErrorCauseTests {
    static func leeds(_ edits: [(String, String)]) throws -> String { try RobustnessTests.example("leeds-joint-funded.json", edits) }

    @Test func anOverflowFromFundingAmountsNamesTheFunder() throws {
        let config = try Self.leeds([
            ("{\"funder\": \"la-public-health\", \"share\": 0.4}", "{\"funder\": \"la-public-health\", \"amountGBP\": 4e16}")
        ])
        try RobustnessTests.expectError(
            "plan", config, ["areas[0].funding[1]: found amounts adding up to about £1.2e+17 over the plan years"])
    }

    @Test func anOverflowFromPayGrowthNamesPayGrowth() throws {
        let start = "\"planYears\": {\"start\": \"2026/27\", \"count\": 3},"
        let far = "\"planYears\": {\"start\": \"2126/27\", \"count\": 3},"
        try RobustnessTests.expectError(
            "plan", try Self.leeds([(start, far), ("\"version\": 1,", "\"version\": 1, \"assumptions\": {\"payGrowthRate\": 0.9},")]),
            ["assumptions.payGrowthRate: found pay growth of 0.9 a year over 103 years", "look for plan years far from the pay year"])
        try RobustnessTests.expectError(
            "plan", try Self.leeds([(start, "\"planYears\": {\"start\": \"9986/87\", \"count\": 3},")]),
            ["planYears: found pay growth of 0.03 a year"])
    }

    @Test func anOverflowFromASalaryOrTrainingNamesIt() throws {
        try RobustnessTests.expectError(
            "plan",
            try Self.leeds([
                (
                    "\"staffingModel\": \"spending-review-2021\",",
                    "\"staffingModel\": {\"name\": \"x\", \"roles\": [{\"id\": \"a\", \"wte\": 5, \"annualSalaryGBP\": 4e16}]},"
                )
            ]), ["staffingModel.roles[0].annualSalaryGBP: found 4e+16; expected an annual salary per WTE of at most £1,256,370"])
        try RobustnessTests.expectError(
            "plan", try Self.leeds([("\"version\": 1,", "\"version\": 1, \"assumptions\": {\"trainingFirstYearGBP\": 4e16},")]),
            ["assumptions.trainingFirstYearGBP: found training of about £4e+16 a team"])
    }

    @Test func compareAndInitNameTheBadAreaDataRow() throws {
        let areas = try OutputProtectionTests.copy("areas")
        let file = areas.appendingPathComponent("local-authorities.csv")
        let text = try String(contentsOf: file, encoding: .utf8)
        let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("E08000035,") })
        try Data(text.replacingOccurrences(of: row, with: row.replacingOccurrences(of: ",8617,", with: ",x8617,")).utf8).write(to: file)
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("E08000035,") }) + 1
        let places = [
            "local-authorities.csv:\(line), column live_births_2022: not a whole number",
            "local-authorities.csv:\(line): warning: live_births_2022: E08000035 excluded: not a whole number",
        ]
        for command in [["compare", "E08000035", "E08000003"], ["init", "--area", "E08000035"], ["batch", "--areas", "E08000035"]] {
            let result = CLI.run(command + ["--area-data", areas.path])
            #expect(result.code == 1 && places.contains { result.err.contains($0) }, "\(command): \(result.err)")
        }
    }

    @Test func aMissingReferenceDataDirectoryNamesWhereItWasGiven() {
        let missing = "/nonexistent/piplanner-reference"
        let fromEnvironment = runCLI(["plan", CLI.example("leeds-joint-funded.json")], environment: ["PIPLANNER_REFERENCE_DATA": missing])
        #expect(fromEnvironment.code == 1)
        #expect(fromEnvironment.stderr.contains("\(missing): error: no such directory, named by PIPLANNER_REFERENCE_DATA"))
        let fromOption = CLI.run(["plan", CLI.example("leeds-joint-funded.json"), "--reference-data", missing])
        #expect(fromOption.err.contains("no such directory, named by --reference-data"), "\(fromOption.err)")
    }

    @Test func globalOptionsWorkBeforeTheCommand() throws {
        // A reference copy with another baseline prevalence, to see which reference data was used.
        let data = try ReferenceDataCheckTests.reference([("parameters.json", "\"value\": 0.15,", "\"value\": 0.16,")])
        let leeds = CLI.example("leeds-joint-funded.json")
        let before = CLI.run(["--reference-data", data.path, "plan", leeds, "--format", "json"])
        let after = CLI.run(["plan", leeds, "--format", "json", "--reference-data", data.path])
        let builtIn = CLI.run(["plan", leeds, "--format", "json"])
        #expect(before.code == 0 && before.out == after.out, "\(before.err)")
        #expect(before.out != builtIn.out && before.out.contains(data.path))
        // Given after the command too, the later one counts.
        let both = CLI.run(["--reference-data", "/nonexistent", "plan", leeds, "--format", "json", "--reference-data", data.path])
        #expect(both.code == 0 && both.out == after.out)
    }

    @Test func noMessageIsBuiltOnARefusedValue() throws {
        let rollout = try CLI.write(
            #"{"version": 1, "kind": "rollout", "years": ["2022/23", "2023/24"], "labourPerTeam": {"parameter": "spendingReview2021LabourPerTeamGBP"}, "schedule": {"teamsFullyOperating": [-25, 10], "teamsComingIntoOperation": [10, 0]}}"#
        )
        let result = CLI.run(["rollout", rollout])
        #expect(result.code == 1 && result.err.split(separator: "\n").count == 1, "\(result.err)")
        #expect(!result.err.contains("at most -"))
        for planYears in [
            "\"planYears\": {\"start\": \"2026/27\", \"count\": 300},", "", "\"planYears\": [\"2026/27\", \"2028/29\", \"x\"],",
        ] {
            let config = try Self.leeds([
                ("\"planYears\": {\"start\": \"2026/27\", \"count\": 3},", planYears),
                ("{\"funder\": \"la-public-health\", \"share\": 0.4}", "{\"funder\": \"la-public-health\", \"amountsGBP\": [1, 2, 3]}"),
            ])
            let plan = CLI.run(["plan", try CLI.write(config, name: "c.json")])
            #expect(plan.code == 1 && !plan.err.contains("amountsGBP"), "\(plan.err)")
        }
    }
}
