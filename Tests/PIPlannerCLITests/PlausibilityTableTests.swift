import Foundation
import Testing

/// Issue 12, class 3: a value in the wrong unit is refused where it cannot be meant, and otherwise planned with a warning
/// naming the field and the likely slip, by the one table `ReferenceData/plausibility.json`.
@Suite struct PlausibilityTableTests {
    static func team(salary: String, wte: String = "5") -> (String, String) {
        (
            "\"staffingModel\": \"spending-review-2021\",",
            "\"staffingModel\": {\"name\": \"x\", \"roles\": [{\"id\": \"a\", \"wte\": \(wte), \"annualSalaryGBP\": \(salary)}]},"
        )
    }

    /// The codes and messages of the plan's findings.
    static func warnings(_ edits: [(String, String)]) throws -> [String] {
        let path = try CLI.write(try RobustnessTests.example("leeds-joint-funded.json", edits), name: "leeds.json")
        let result = CLI.run(["plan", path, "--format", "json"])
        #expect(result.code == 0, "\(result.err)")
        let area = try #require((try CLI.json(result.out)["areas"] as? [[String: Any]])?.first)
        return (area["findings"] as? [[String: Any]] ?? []).filter { $0["code"] as? String == "implausible-value" }.compactMap { finding in
            (finding["field"] as? String).map { $0 + ": " + (finding["message"] as? String ?? "") }
        }
    }

    @Test(arguments: [
        (
            PlausibilityTableTests.team(salary: "45"),
            "staffingModel.roles[0].annualSalaryGBP: found 45; expected an annual salary per WTE of at least £1,855", "pounds in thousands"
        ),
        (
            PlausibilityTableTests.team(salary: "1e13"),
            "annualSalaryGBP: found 10000000000000; expected an annual salary per WTE of at most £1,256,370", "pence for pounds"
        ),
        (
            PlausibilityTableTests.team(salary: "30000", wte: "1e-300"),
            "staffingModel.roles[0].wte: found 1e-300; expected a role's WTE in one team of at least 0.01 WTE", "misplaced exponent"
        ),
        (
            PlausibilityTableTests.team(salary: "30000", wte: "60"),
            "staffingModel.roles[0].wte: found 60; expected a role's WTE in one team of at most 50 WTE", "hours a week"
        ),
        (
            ("\"population\": 822483", "\"population\": 822483000"),
            "areas[0].population: found 822483000; expected an area's population of at most 67,596,281 persons", "misplaced exponent"
        ),
        (
            ("\"births\": 8617", "\"births\": 86170"),
            "areas[0].births: found 86170; expected live births a year of at most 50 per 1,000 population a year; with the population 822483 it is 104.77 per 1,000",
            "different areas"
        ),
        (
            ("\"births\": 8617", "\"birthRatePer1000\": 120"),
            "areas[0].birthRatePer1000: found 120; expected live births a year of at most 50", "in thousands"
        ),
    ])
    func aValueThatCannotBeMeantIsRefused(edit: (String, String), message: String, slip: String) throws {
        try RobustnessTests.expectError("plan", try RobustnessTests.example("leeds-joint-funded.json", [edit]), [message, "likely ", slip])
    }

    @Test func aSalaryOutsideTheShippedPointsIsPlannedWithAWarning() throws {
        let low = try PlausibilityTableTests.warnings([PlausibilityTableTests.team(salary: "16000")])
        #expect(
            low.count == 1 && low[0].hasPrefix("staffingModel.roles[0].annualSalaryGBP: £16,000 a year per WTE is below £18,546"), "\(low)")
        #expect(low[0].contains("monthly or part-time pay"))
        let high = try PlausibilityTableTests.warnings([PlausibilityTableTests.team(salary: "250000")])
        #expect(
            high.count == 1 && high[0].contains("is above £188,456 a year per WTE (1.5 × the highest Agenda for Change point shipped"),
            "\(high)")
        // A base model's salary given by the config is held to the same check.
        let based = try PlausibilityTableTests.warnings([
            (
                "\"staffingModel\": \"spending-review-2021\",",
                "\"staffingModel\": {\"base\": \"spending-review-2021\", \"salariesGBP\": {\"admin\": 9000}},"
            )
        ])
        #expect(based.count == 1 && based[0].hasPrefix("staffingModel.salariesGBP.admin: £9,000"), "\(based)")
        #expect(try PlausibilityTableTests.warnings([PlausibilityTableTests.team(salary: "45000")]).isEmpty)
    }

    static func rollout(labour: String, assumptions: String = "") -> String {
        #"{"version": 1, "kind": "rollout", \#(assumptions) "years": ["2022/23"], "labourPerTeam": \#(labour), "schedule": {"teamsFullyOperating": [40], "teamsComingIntoOperation": [0]}}"#
    }

    @Test func aRolloutsLabourPerTeamIsHeldToWhatTheDefaultTeamsRolesImply() throws {
        let thousands = CLI.run(["rollout", try CLI.write(PlausibilityTableTests.rollout(labour: #"{"gbp": 237.68, "source": "x"}"#))])
        #expect(
            thousands.code == 1
                && thousands.err.contains("labourPerTeam.gbp: found 237.68; expected one team's labour a year of at least £2,806"),
            "\(thousands.err)")
        #expect(thousands.err.contains("one spending-review-2021 team at 2025/26 entry pay with 14% on-costs, £280,604 a year"))
        let overridden = CLI.run(
            [
                "rollout",
                try CLI.write(
                    PlausibilityTableTests.rollout(
                        labour: #"{"parameter": "spendingReview2021LabourPerTeamGBP"}"#,
                        assumptions: #""assumptions": {"spendingReview2021LabourPerTeamGBP": 237.68},"#)),
            ])
        #expect(
            overridden.code == 1 && overridden.err.contains("assumptions.spendingReview2021LabourPerTeamGBP: found 237.68"),
            "\(overridden.err)")
        let low = CLI.run([
            "rollout", try CLI.write(PlausibilityTableTests.rollout(labour: #"{"gbp": 70000, "source": "x"}"#)), "--format", "json",
        ])
        #expect(low.code == 0, "\(low.err)")
        let codes = ((try CLI.json(low.out)["findings"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String }
        #expect(codes.contains("implausible-value"), "\(codes)")
        #expect(CLI.run(["rollout", CLI.example("spending-review-2021-rollout.json")]).code == 0)
    }

    @Test func theTableIsCheckedLikeTheRestOfTheReferenceData() throws {
        try ReferenceDataCheckTests.expectRefused(
            [
                (
                    "plausibility.json", "\"warningBelow\": {\"times\": 1, \"of\": \"lowestPayPoint\"}",
                    "\"warningBelow\": {\"times\": 0.01, \"of\": \"lowestPayPoint\"}"
                )
            ],
            file: "plausibility.json", ["checks[0]: found", "expected bounds in order"])
        try ReferenceDataCheckTests.expectRefused(
            [("plausibility.json", "\"of\": \"lowestPayPoint\"}", "\"of\": \"lowestPoint\"}")], file: "plausibility.json",
            ["checks[0].errorBelow.of: found \"lowestPoint\"", "did you mean \"lowestPayPoint\"?"])
        try ReferenceDataCheckTests.expectRefused(
            [("plausibility.json", "\"id\": \"areaPopulation\"", "\"id\": \"population\"")], file: "plausibility.json",
            ["expected a check \"areaPopulation\""])
    }
}
