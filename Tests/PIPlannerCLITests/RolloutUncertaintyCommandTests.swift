import Foundation
import Testing

/// `rollout --draws N --seed S` and a rollout config's `uncertainty` block (Methodology §7.6).
@Suite struct RolloutUncertaintyCommandTests {
    static let example = packageRoot.appendingPathComponent("Examples/spending-review-2021-rollout.json").path

    /// The example rollout with `block` as its `uncertainty` member (on line 10).
    static func config(_ block: String) -> String {
        let text = try! String(contentsOfFile: example, encoding: .utf8)
        return writeConfig(
            text.replacingOccurrences(of: "{\n  \"version\": 1,", with: "{\n  \"uncertainty\": {\(block)},\n  \"version\": 1,"))
    }

    @Test func everyFigureHeldGivesTheDeterministicRollout() throws {
        let held =
            ["payGrowthRate", "firstYearLabourFraction", "trainingFirstYearGBP", "trainingSecondYearGBP"]
            + ["babiesSeenPerTeamPerYear", "firstYearCapacityFraction"]
        let result = runCLI(["rollout", Self.config(held.map { "\"\($0)\": false" }.joined(separator: ", ")), "--format", "json"])
        #expect(result.code == 0, "\(result.stderr)")
        let json = parseJSON(result.stdout)
        let years = try #require(json["years"] as? [[String: Any]])
        let u = try #require(json["uncertainty"] as? [String: Any])
        let drawn = try #require(u["years"] as? [[String: Any]])
        for (point, interval) in zip(years, drawn) {
            let cost = try #require(interval["totalGBP"] as? [String: Double])
            let children = try #require(interval["childrenSeen"] as? [String: Double])
            #expect(cost["p10"] == point["totalGBP"] as? Double && cost["p90"] == cost["p10"])
            #expect(children["p50"] == point["childrenSeen"] as? Double && children["p90"] == children["p10"])
        }
        // The block alone asks for the default 1,000 draws, none of a held figure.
        let settings = try #require(u["settings"] as? [String: Any])
        #expect(settings["draws"] as? Double == 1_000 && (settings["distributions"] as? [Any])?.isEmpty == true)
    }

    @Test func drawsGiveIntervalsInEveryFormat() throws {
        let md = runCLI(["rollout", Self.example, "--draws", "500"])
        #expect(md.code == 0 && md.stdout.contains("## How sure is this rollout?"), "\(md.stderr)")
        #expect(md.stdout.contains("500 draws (seed 20261201)"))
        let csv = runCLI(["rollout", Self.example, "--draws", "500", "--format", "csv"]).stdout
        let items = csv.split(separator: "\n").map { $0.prefix { $0 != "," } }
        for row in ["total_p10", "total_p50", "total_p90", "children_seen_p10", "children_seen_p50", "children_seen_p90"] {
            #expect(items.contains(Substring(row)), "\(row)")
        }
        // Every row has the header's columns.
        let columns = Set(csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).count })
        #expect(columns.count == 1)
        let json = parseJSON(runCLI(["rollout", Self.example, "--draws", "500", "--format", "json"]).stdout)
        let span = try #require((json["uncertainty"] as? [String: Any])?["spanTotal"] as? [String: Any])
        let cost = try #require(span["totalGBP"] as? [String: Double])
        // 002's span total £87.8m lies inside its interval (pay growth, training and the first-year fraction drawn).
        let point = try #require((json["spanTotal"] as? [String: Any])?["totalGBP"] as? Double)
        #expect(cost["p10"]! < point && point < cost["p90"]!)
    }

    @Test func htmlGivesTheIntervalsSectionOnlyWithDraws() {
        let drawn = runCLI(["rollout", Self.example, "--draws", "200", "--format", "html"])
        #expect(drawn.code == 0, "\(drawn.stderr)")
        #expect(drawn.stdout.contains("<h2>How sure is this rollout?</h2>") && drawn.stdout.contains("200 draws (seed 20261201)"))
        #expect(drawn.stdout.contains("<th scope=\"row\">Total cost, P90</th>") && drawn.stdout.contains("id=\"rollout-cost-interval\""))
        let plain = runCLI(["rollout", Self.example, "--format", "html"])
        #expect(plain.code == 0 && !plain.stdout.contains("How sure is this rollout?"))
    }

    @Test func theSameSeedGivesTheSameIntervals() {
        let a = runCLI(["rollout", Self.example, "--draws", "300", "--seed", "4", "--format", "csv"]).stdout
        #expect(a == runCLI(["rollout", Self.example, "--draws", "300", "--seed", "4", "--format", "csv"]).stdout)
        #expect(a != runCLI(["rollout", Self.example, "--draws", "300", "--seed", "5", "--format", "csv"]).stdout)
    }

    @Test func badDrawsAndBadDistributionsAreErrors() {
        let usage = runCLI(["rollout", Self.example, "--draws", "0"])
        #expect(usage.code == 2 && usage.stderr.contains("--draws must be a whole number from 1 to 10,000; got '0'"))
        let config = Self.config("\"payGrowthRate\": {\"family\": \"gamma\", \"p10\": 0.04, \"p90\": 0.02}")
        let bad = runCLI(["rollout", config])
        #expect(bad.code == 1)
        #expect(bad.stderr.contains("\(config):10:"), "\(bad.stderr)")
        #expect(bad.stderr.contains("uncertainty.payGrowthRate.p90: found 0.02; expected a p90 greater than p10 (0.04)"), "\(bad.stderr)")
    }
}
