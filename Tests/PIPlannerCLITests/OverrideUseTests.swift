import Foundation
import Testing

/// Issue 12, class 7: an override a scenario or a config accepts takes effect in every command that reads it, or is
/// refused there with where it can be set; an inverted range in a config's assumptions is refused like the shipped one.
@Suite struct OverrideUseTests {
    /// The first JSON line of `batch --areas E08000035` under `scenario`, with `--reference-data` when given.
    static func batchRow(_ scenario: String, reference: URL? = nil) throws -> [String: Any] {
        let path = try CLI.write(scenario, name: "scenario.json")
        let result = CLI.run(
            ["batch", "--areas", "E08000035", "--scenario", path, "--format", "jsonl"]
                + (reference.map { ["--reference-data", $0.path] } ?? []))
        #expect(result.code == 0, "\(result.err)")
        return try CLI.json(String(result.out.prefix { $0 != "\n" }))
    }

    @Test func aScenariosDefaultPlanYearCountIsHonoured() throws {
        let row = try Self.batchRow("{\"version\": 1, \"assumptions\": {\"defaultPlanYearCount\": 5}}")
        #expect((row["planYears"] as? [String]) == ["2026/27", "2027/28", "2028/29", "2029/30", "2030/31"])
        let scenario = try CLI.write("{\"version\": 1, \"assumptions\": {\"defaultPlanYearCount\": 5}}", name: "scenario.json")
        let compare = CLI.run(["compare", "E08000035", "E08000003", "--scenario", scenario])
        #expect(compare.code == 0 && compare.out.contains("2030/31"), "\(compare.err)")
        let summary = CLI.run(["batch", "--areas", "E08000035", "--scenario", scenario]).err
        #expect(summary.contains("scenario assumptions.defaultPlanYearCount: 5 years"), "\(summary)")
    }

    @Test func aScenariosDefaultStaffingModelIsHonoured() throws {
        // A second shipped model with every band, so that the default can name it.
        let reference = try ReferenceDataCheckTests.reference([
            (
                "staffing-models.json", "\"models\": [",
                "\"models\": [{\"id\": \"small\", \"name\": \"Small team\", \"source\": {\"document\": \"test\"}, \"roles\": [{\"id\": \"lead\", \"title\": \"Lead\", \"band\": \"8a\", \"wte\": 1}, {\"id\": \"worker\", \"title\": \"Worker\", \"band\": \"6\", \"wte\": 2}]},"
            )
        ])
        let row = try Self.batchRow("{\"version\": 1, \"assumptions\": {\"defaultStaffingModel\": \"small\"}}", reference: reference)
        let staffing = try #require(row["staffingModel"] as? [String: Any])
        #expect(staffing["id"] as? String == "small" && number(staffing["teamWTE"]) == 3)
    }

    @Test(arguments: [
        ("defaultPlanYearCount", "4", "a plan config lists its years in planYears"),
        ("defaultStaffingModel", "\"spending-review-2021\"", "a plan config names its team in staffingModel"),
        ("spendingReview2021LabourPerTeamGBP", "250000", "only a rollout uses it: set it in a rollout config's assumptions"),
        ("riskGroups.maltreatment.nationalShare", "0.05", "used only for areas planned from the shipped data: set it in a scenario"),
        ("england.liveBirths2022", "600000", "no plan reads it, so an override would change nothing"),
    ])
    func aPlanConfigRefusesAnOverrideItWouldIgnore(id: String, value: String, whereToSet: String) throws {
        let config = try RobustnessTests.example(
            "leeds-joint-funded.json", [("\"version\": 1,", "\"version\": 1, \"assumptions\": {\"\(id)\": \(value)},")])
        try RobustnessTests.expectError(
            "plan", config,
            ["assumptions.\(id): found \(value); expected no override of \(id), which a plan config does not use", whereToSet])
    }

    @Test func aScenarioRefusesAnOverrideItWouldIgnore() throws {
        let scenario = try CLI.write("{\"version\": 1, \"assumptions\": {\"spendingReview2021LabourPerTeamGBP\": 250000}}", name: "s.json")
        let result = CLI.run(["batch", "--areas", "wales", "--scenario", scenario])
        #expect(result.code == 1 && result.out.isEmpty)
        #expect(result.err.contains("which a scenario does not use") && result.err.contains("only a rollout uses it"), "\(result.err)")
    }

    @Test(arguments: [
        ("{\"prevalenceRangeLow\": 0.3}", "assumptions.prevalenceRangeLow: found 0.3; expected at most prevalenceRangeHigh (0.25)"),
        ("{\"prevalenceRangeHigh\": 0.05}", "assumptions.prevalenceRangeHigh: found 0.05; expected at least prevalenceRangeLow (0.1)"),
        ("{\"prevalenceRangeLow\": 0.3, \"prevalenceRangeHigh\": 0.2}", "assumptions.prevalenceRangeLow: found 0.3; expected at most"),
    ])
    func anInvertedRangeInAssumptionsIsRefused(assumptions: String, message: String) throws {
        let config = try RobustnessTests.example(
            "leeds-joint-funded.json", [("\"version\": 1,", "\"version\": 1, \"assumptions\": \(assumptions),")])
        try RobustnessTests.expectError("plan", config, [message])
        let scenario = try CLI.write("{\"version\": 1, \"assumptions\": \(assumptions)}", name: "s.json")
        let batch = CLI.run(["batch", "--areas", "wales", "--scenario", scenario])
        #expect(batch.code == 1 && batch.err.contains(message), "\(batch.err)")
    }
}
