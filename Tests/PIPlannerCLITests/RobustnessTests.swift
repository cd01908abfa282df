import Foundation
import Testing
import PIPlannerModel
import PIPlannerIO

/// An adversarial user's inputs: each once crashed, wrote a broken file or gave an unclear message. Every test
/// runs the command line in-process and expects exit 0 or 1 (never a trap), and on 1 an `error:` naming the file,
/// the field, the value and what is expected.
@Suite struct RobustnessTests {
    /// An example config with `edits` applied (each an exact replacement that must match).
    static func example(_ name: String, _ edits: [(String, String)]) throws -> String {
        var text = try String(contentsOfFile: CLI.example(name), encoding: .utf8)
        for (old, new) in edits {
            #expect(text.contains(old), "\(name) has \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    /// Runs `command` on `config` and expects exit 1, nothing on stdout, and an error naming the file and every fragment.
    static func expectError(_ command: String, _ config: String, _ fragments: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let path = try CLI.write(config, name: "config.json")
        let result = CLI.run([command, path])
        #expect(result.code == 1, "exit code; stderr: \(result.err)", sourceLocation: sourceLocation)
        #expect(result.out.isEmpty, "no output", sourceLocation: sourceLocation)
        #expect(result.err.contains("error:") && result.err.contains(path), "names the file: \(result.err)", sourceLocation: sourceLocation)
        for fragment in fragments {
            #expect(result.err.contains(fragment), "stderr lacks '\(fragment)': \(result.err)", sourceLocation: sourceLocation)
        }
    }

    static let moneyLimit = "at most £46,116,860,184,273,880, the most piplanner holds to the penny"

    /// Regression: each of these amounts trapped converting pounds to pence (Int64) instead of being reported.
    @Test(arguments: [
        ("{\"funder\": \"icb-cyp-mental-health\", \"share\": 0.6}", "{\"funder\": \"icb-cyp-mental-health\", \"amountGBP\": 1e300}", "areas[0].funding[0].amountGBP: found 1e+300"),
        ("{\"funder\": \"icb-cyp-mental-health\", \"share\": 0.6}", "{\"funder\": \"icb-cyp-mental-health\", \"amountsGBP\": [1, 1e300, 1]}", "areas[0].funding[0].amountsGBP[1]: found 1e+300"),
        ("\"staffingModel\": \"spending-review-2021\",", "\"staffingModel\": {\"name\": \"x\", \"roles\": [{\"id\": \"a\", \"wte\": 1, \"annualSalaryGBP\": 1e300}]},", "staffingModel.roles[0].annualSalaryGBP: found 1e+300"),
        ("\"version\": 1,", "\"version\": 1, \"assumptions\": {\"trainingFirstYearGBP\": 1e300},", "assumptions.trainingFirstYearGBP: found 1e+300"),
        ("\"version\": 1,", "\"version\": 1, \"assumptions\": {\"spendingReview2021LabourPerTeamGBP\": 1e300},", "assumptions.spendingReview2021LabourPerTeamGBP: found 1e+300"),
    ])
    func planRefusesAnAmountMoneyCannotHold(old: String, new: String, message: String) throws {
        try Self.expectError("plan", try Self.example("leeds-joint-funded.json", [(old, new)]), [message, Self.moneyLimit])
    }

    @Test(arguments: [
        ("{\"parameter\": \"spendingReview2021LabourPerTeamGBP\"}", "{\"gbp\": 1e300, \"source\": \"x\", \"priceYear\": \"2021/22\"}", "labourPerTeam.gbp: found 1e+300"),
        ("[500000, 1000000, 1000000, null]", "[1e300, 1000000, 1000000, null]", "developmentProgrammeGBP[0]: found 1e+300"),
        ("\"kind\": \"rollout\",", "\"kind\": \"rollout\", \"assumptions\": {\"trainingFirstYearGBP\": 1e300},", "assumptions.trainingFirstYearGBP: found 1e+300"),
        ("\"kind\": \"rollout\",", "\"kind\": \"rollout\", \"assumptions\": {\"spendingReview2021LabourPerTeamGBP\": 1e300},", "assumptions.spendingReview2021LabourPerTeamGBP: found 1e+300"),
    ])
    func rolloutRefusesAnAmountMoneyCannotHold(old: String, new: String, message: String) throws {
        try Self.expectError("rollout", try Self.example("spending-review-2021-rollout.json", [(old, new)]), [message, "at most £46,116,860,184,273,880"])
    }

    @Test func compareSurvivesACostPer1000BirthsBeyondMoney() throws {
        // Coverage sizing costs by population; with 1e-300 births the cost per 1,000 births (≈ £1e309) trapped.
        let config = try Self.example("leeds-joint-funded.json", [("\"births\": 8617", "\"births\": 1e-300, \"sizingMethod\": \"coverage\"")])
        let path = try CLI.write(config, name: "tiny.json")
        let result = CLI.run(["compare", path, "E08000003", "--format", "json"])
        #expect(result.code == 0, "\(result.err)")
        let areas = try CLI.json(result.out)["areas"] as? [[String: Any]] ?? []
        let tiny = areas.first { $0["name"] as? String == "Leeds" }
        #expect(tiny?["cost_per_1000_births_gbp"] is NSNull)
        #expect(number(tiny?["total_cost_gbp"]) ?? 0 > 0)
    }

    @Test func csvKeepsAWindowsLineBreakInANameInsideItsCell() throws {
        // An area name with "\r\n" (one Character in Swift) was written unquoted, breaking the row in two.
        let path = try CLI.write(try Self.example("leeds-joint-funded.json", [("\"name\": \"Leeds\"", "\"name\": \"Leeds\\r\\n=1+1\"")]), name: "leeds.json")
        let result = CLI.run(["compare", path, "E08000003", "--format", "csv"])
        #expect(result.code == 0, "\(result.err)")
        let table = CSVTable.parse(result.out)
        #expect(table.rows.count == 2)
        #expect(table.rows.allSatisfy { $0.fields.count == table.header.count })
        #expect(table.rows.contains { $0.fields.contains("Leeds\r\n=1+1") })
    }
}
