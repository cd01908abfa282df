import Foundation
import Testing

/// Every JSON output's money intervals are to the penny, as the CSV's are (Methodology §7.3): `plan`, `compare`,
/// `batch --format jsonl` and `rollout`, each with draws. Other figures stay as drawn.
@Suite struct UncertaintyJSONMoneyTests {
    static let leeds = CLI.example("leeds-joint-funded.json")

    /// Whether `gbp` is a whole number of pence, as two decimals read back give it (a drawn double such as
    /// 1234.5678901 is not: 0.78901 of a penny over).
    static func isPence(_ gbp: Double) -> Bool { abs(gbp * 100 - (gbp * 100).rounded()) < 1e-4 }

    /// The four statistics of a summary object.
    static func statistics(_ summary: Any?) throws -> [Double] {
        let object = try #require(summary as? [String: Any], "\(String(describing: summary))")
        return try ["p10", "p50", "p90", "mean"].map { try #require(number(object[$0]), "\($0) in \(object)") }
    }

    /// Checks an area's (or totals') `uncertainty` object: money to the penny, need teams and WTE as drawn.
    static func checkArea(_ u: [String: Any], _ context: String) throws {
        var money = try statistics(u["totalCostGBP"]) + statistics(u["costPerBabySeenGBP"])
        for year in try #require(u["annualCostGBP"] as? [Any]) { money += try statistics(year) }
        #expect(money.allSatisfy(isPence), "\(context): \(money)")
        // Need teams and required WTE are not money: at least one of their eight statistics is not a whole number of
        // pence, as a drawn double almost never is.
        let other = try statistics(u["needTeams"]) + statistics(u["requiredWTE"])
        #expect(!other.allSatisfy(isPence), "\(context): \(other)")
    }

    @Test func planGivesMoneyToThePennyInItsIntervalsAndTornado() throws {
        let result = runCLI(["plan", Self.leeds, "--draws", "200", "--format", "json"])
        #expect(result.code == 0, "\(result.stderr)")
        let area = try #require((parseJSON(result.stdout)["areas"] as? [[String: Any]])?.first)
        try Self.checkArea(try #require(area["uncertainty"] as? [String: Any]), "plan")
        let tornado = try #require(area["tornado"] as? [[String: Any]])
        for row in tornado {
            let costs = try ["totalCostGBPAtP10", "totalCostGBPAtP90", "costSwingGBP"].map { try #require(number(row[$0])) }
            #expect(costs.allSatisfy(Self.isPence), "\(row)")
        }
        // The text itself: a money statistic is printed with exactly two decimals.
        let totalCost = try #require(result.stdout.range(of: #""totalCostGBP": \{\s*"p10": -?\d+\.\d\d,"#, options: .regularExpression))
        #expect(!totalCost.isEmpty)
    }

    @Test func everyFigureHeldGivesThePointTotalToThePenny() throws {
        // Held figures: every draw is the point plan, whose total the golden gives as £3,419,236.24; the summary is
        // that amount exactly, not a mean of 50 equal doubles a rounding error away.
        let held = try UncertaintySettingsTests.shippedIDs().map { "\"\($0)\": false" }.joined(separator: ", ")
        let text = try String(contentsOfFile: Self.leeds, encoding: .utf8)
            .replacingOccurrences(of: "  \"version\": 1,", with: "  \"uncertainty\": {\"draws\": 50, \(held)},\n  \"version\": 1,")
        let result = runCLI(["plan", writeConfig(text), "--format", "json"])
        #expect(result.code == 0, "\(result.stderr)")
        let area = try #require((parseJSON(result.stdout)["areas"] as? [[String: Any]])?.first)
        let u = try #require(area["uncertainty"] as? [String: Any])
        #expect(try Self.statistics(u["totalCostGBP"]) == [3_419_236.24, 3_419_236.24, 3_419_236.24, 3_419_236.24])
        #expect(result.stdout.contains("\"mean\": 3419236.24\n"))
    }

    @Test func compareAndBatchGiveMoneyToThePenny() throws {
        let compare = runCLI(["compare", "E08000035", "E08000003", "--draws", "200", "--format", "json"])
        #expect(compare.code == 0, "\(compare.stderr)")
        for area in try #require(parseJSON(compare.stdout)["areas"] as? [[String: Any]]) {
            try Self.checkArea(try #require(area["uncertainty"] as? [String: Any]), "compare")
        }
        let batch = runCLI(["batch", "--areas", "E08000035,E08000003", "--draws", "200", "--format", "jsonl"])
        #expect(batch.code == 0, "\(batch.stderr)")
        let lines = batch.stdout.split(separator: "\n").map { parseJSON(String($0)) }
        #expect(lines.count == 3)
        for line in lines.prefix(2) { try Self.checkArea(try #require(line["uncertainty"] as? [String: Any]), "batch area") }
        try Self.checkArea(try #require(lines.last?["totalsUncertainty"] as? [String: Any]), "batch totals")
    }

    @Test func rolloutGivesEachYearsCostToThePennyAndChildrenAsDrawn() throws {
        let result = runCLI([
            "rollout", packageRoot.appendingPathComponent("Examples/spending-review-2021-rollout.json").path, "--draws", "200", "--format",
            "json",
        ])
        #expect(result.code == 0, "\(result.stderr)")
        let u = try #require(parseJSON(result.stdout)["uncertainty"] as? [String: Any])
        let years = try #require(u["years"] as? [[String: Any]])
        let span = try #require(u["spanTotal"] as? [String: Any])
        var money = try Self.statistics(span["totalGBP"])
        var children = try Self.statistics(span["childrenSeen"])
        for year in years {
            money += try Self.statistics(year["totalGBP"])
            children += try Self.statistics(year["childrenSeen"])
        }
        #expect(money.allSatisfy(Self.isPence), "\(money)")
        #expect(!children.allSatisfy(Self.isPence), "\(children)")
    }
}
