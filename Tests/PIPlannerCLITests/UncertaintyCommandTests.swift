import Foundation
import Testing

/// `--draws`, `--seed` and a config's `uncertainty` block on plan, compare, batch and rollout (Methodology §7).
@Suite struct UncertaintyCommandTests {
    static let leeds = packageRoot.appendingPathComponent("Examples/leeds-joint-funded.json").path
    static let area = "\"population\": 280000, \"births\": 3300"

    @Test(arguments: ["0", "-5", "10000000", "ten", "1.5"])
    func drawsOutsideTheRangeAreUsageErrors(_ draws: String) {
        for command in [["plan", Self.leeds], ["batch", "--areas", "E08000035"], ["compare", "E08000035", "E08000003"]] {
            let result = runCLI(command + ["--draws", draws])
            #expect(result.code == 2, "\(command[0]) --draws \(draws)")
            #expect(result.stderr.contains("--draws must be a whole number from 1 to 10,000; got '\(draws)'"), "\(result.stderr)")
        }
    }

    @Test func aSeedOutsideTheRangeIsAUsageError() {
        let result = runCLI(["plan", Self.leeds, "--draws", "10", "--seed", "-1"])
        #expect(result.code == 2)
        #expect(result.stderr.contains("--seed must be a whole number from 0 to 4294967295; got '-1'"))
    }

    @Test func anOptionGivenTwiceIsAUsageErrorNotTheLastOneWins() {
        let result = runCLI(["plan", Self.leeds, "--draws", "10", "--draws", "20"])
        #expect(result.code == 2)
        #expect(result.stderr.contains("option '--draws' is given twice ('10' and '20'); give it once"))
        // The same value twice says the same thing: accepted.
        #expect(runCLI(["plan", Self.leeds, "--draws", "10", "--draws=10"]).code == 0)
    }

    @Test func aSeedWithoutDrawsIsAUsageErrorNotIgnored() {
        for command in [["plan", Self.leeds], ["batch", "--areas", "E08000035"]] {
            let result = runCLI(command + ["--seed", "5"])
            #expect(result.code == 2, "\(command)")
            #expect(result.stderr.contains("--seed chooses the seed of the draws; give --draws N too"))
        }
    }

    @Test func fundingGivenOnlyAsSharesSaysItCoversAnyCost() {
        // Leeds is funded 60% and 40% of its cost: the probability is 100% by construction, and the report says why.
        let result = runCLI(["plan", Self.leeds, "--draws", "50"])
        #expect(result.code == 0)
        #expect(result.stdout.contains("every funder pays a share of the cost, so the shares cover whatever a draw costs"))
    }

    @Test func withoutDrawsThePlanHasNoIntervals() {
        let result = runCLI(["plan", Self.leeds])
        #expect(result.code == 0)
        #expect(!result.stdout.contains("How sure is this plan?"))
    }

    @Test func thePlanPrintsIntervalsProbabilitiesAndATornado() throws {
        let result = runCLI(["plan", Self.leeds, "--draws", "400", "--format", "json"])
        #expect(result.code == 0, "\(result.stderr)")
        let json = parseJSON(result.stdout)
        let settings = try #require(json["uncertainty"] as? [String: Any])
        #expect(settings["draws"] as? Double == 400)
        #expect(settings["seed"] as? Double == 20_261_201)
        let area = try #require((json["areas"] as? [[String: Any]])?.first)
        let u = try #require(area["uncertainty"] as? [String: Any])
        let teams = try #require(u["needTeams"] as? [String: Double])
        // The point plan lies inside its own 80% interval here, and the interval has width.
        let point = try #require(area["needTeams"] as? Double)
        #expect(teams["p10"]! < point && point < teams["p90"]!)
        let p = try #require(u["probabilityWorkforceCoversNeed"] as? Double)
        #expect(p >= 0 && p <= 1)
        // 60% + 40% shares of every year's cost: funding always covers it.
        #expect(u["probabilityFundingCoversCost"] as? [Double] == [1, 1, 1])
        let tornado = try #require(area["tornado"] as? [[String: Any]])
        let swings = tornado.compactMap { $0["costSwingGBP"] as? Double }
        #expect(swings == swings.sorted(by: >) && swings.count == tornado.count)
    }

    @Test func theSameSeedGivesTheSameOutputAndAnotherSeedAnother() {
        let a = runCLI(["plan", Self.leeds, "--draws", "300", "--seed", "5"]).stdout
        let b = runCLI(["plan", Self.leeds, "--draws", "300", "--seed", "5"]).stdout
        let c = runCLI(["plan", Self.leeds, "--draws", "300", "--seed", "6"]).stdout
        #expect(a == b)
        #expect(a != c)
    }

    @Test func theConfigBlockAsksForDrawsAndHoldsAFigure() throws {
        let config = writeConfig(
            areaConfig(Self.area, top: "\"uncertainty\": {\"draws\": 50, \"seed\": 3, \"specialistShare\": false}"))
        let result = runCLI(["plan", config, "--format", "json"])
        #expect(result.code == 0, "\(result.stderr)")
        let json = parseJSON(result.stdout)
        let settings = try #require(json["uncertainty"] as? [String: Any])
        #expect(settings["draws"] as? Double == 50)
        let ids = (settings["distributions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(!ids.contains("specialistShare") && ids.contains("baselinePrevalence"))
    }

    @Test func badDistributionsInAConfigNameFileLineFieldValueAndExpectation() {
        let cases: [(String, String)] = [
            (
                "\"specialistShare\": {\"family\": \"beta\", \"p10\": 0.4, \"p90\": 0.2}",
                "uncertainty.specialistShare.p90: found 0.2; expected a p90 greater than p10 (0.4)"
            ),
            (
                "\"specialistShare\": {\"family\": \"beta\", \"p10\": 0.2, \"p90\": 1.4}",
                "uncertainty.specialistShare.p90: found 1.4; expected a p90 between 0 and 1"
            ),
            (
                "\"babiesSeenPerTeamPerYear\": {\"family\": \"gamma\", \"mean\": 150, \"sd\": -3}",
                "uncertainty.babiesSeenPerTeamPerYear.sd: found -3; expected a standard deviation greater than 0"
            ),
            ("\"specialistShare\": {\"family\": \"betta\", \"p10\": 0.2, \"p90\": 0.4}", "uncertainty.specialistShare.family"),
            (
                "\"specialistShare\": {\"family\": \"beta\", \"p10\": 0.35, \"p90\": 0.45}",
                "uncertainty.specialistShare.p10: found 0.35; expected a p10 at or below the figure's point value"
            ),
            ("\"specialistShar\": false", "did you mean \"specialistShare\"?"),
        ]
        for (entry, message) in cases {
            let config = writeConfig(areaConfig(Self.area, top: "\"uncertainty\": {\(entry)}"))
            let result = runCLI(["plan", config])
            #expect(result.code == 1, "\(entry)")
            #expect(result.stderr.contains("\(config):5:"), "\(result.stderr)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        let unknown = writeConfig(
            areaConfig(Self.area, top: "\"uncertainty\": {\"specialistShare\": {\"family\": \"betta\", \"p10\": 0.2, \"p90\": 0.4}}"))
        #expect(runCLI(["plan", unknown]).stderr.contains("did you mean \"beta\"?"))
    }

    @Test func batchGetsIntervalColumnsAndTotalsAddedPerDraw() throws {
        let csv = runCLI(["batch", "--areas", "E08000035,E08000003", "--draws", "200"])
        #expect(csv.code == 0, "\(csv.stderr)")
        let header = csv.stdout.prefix { $0 != "\n" }.split(separator: ",").map(String.init)
        for column in ["need_teams_p10", "need_teams_p50", "need_teams_p90", "total_cost_gbp_p90", "probability_workforce_covers_need"] {
            #expect(header.contains(column), "\(column)")
        }
        let jsonl = runCLI(["batch", "--areas", "E08000035,E08000003", "--draws", "200", "--format", "jsonl"])
        let lines = jsonl.stdout.split(separator: "\n").map { parseJSON(String($0)) }
        func median(_ object: [String: Any]?, _ key: String) -> Double? {
            ((object?[key] as? [String: Any])?["totalCostGBP"] as? [String: Double])?["p50"]
        }
        let leeds = try #require(median(lines[0], "uncertainty"))
        let manchester = try #require(median(lines[1], "uncertainty"))
        let total = try #require(median(lines[2], "totalsUncertainty"))
        // National figures move both areas together, so the total's median is close to (not exactly) the sum.
        #expect(abs(total - (leeds + manchester)) / total < 0.05)
    }

    @Test func compareGivesIntervalsAndRankProbabilities() throws {
        let result = runCLI(["compare", "E08000035", "E08000003", "E10000020", "--draws", "200", "--format", "json"])
        #expect(result.code == 0, "\(result.stderr)")
        let areas = try #require(parseJSON(result.stdout)["areas"] as? [[String: Any]])
        for area in areas {
            let u = try #require(area["uncertainty"] as? [String: Any])
            let p = try #require(u["probabilityRankHolds"] as? Double)
            #expect(p >= 0 && p <= 1)
        }
    }

    @Test func compareHTMLShowsIntervalsBesideThePlanValues() {
        let drawn = runCLI(["compare", "E08000035", "E08000003", "--draws", "200", "--format", "html"])
        #expect(drawn.code == 0, "\(drawn.stderr)")
        #expect(drawn.stdout.contains("How sure are these figures?") && drawn.stdout.contains("Need teams, P10–P90"))
        #expect(drawn.stdout.contains("200 draws (seed 20261201)"))
        let plain = runCLI(["compare", "E08000035", "E08000003", "--format", "html"])
        #expect(!plain.stdout.contains("How sure are these figures?"))
    }

    @Test func batchHTMLShowsTheAreasAndTheTotalsIntervals() {
        let drawn = runCLI(["batch", "--areas", "E08000035,E08000003", "--draws", "200", "--format", "html"])
        #expect(drawn.code == 0, "\(drawn.stderr)")
        #expect(drawn.stdout.contains("How sure are the totals?") && drawn.stdout.contains("200 draws (seed 20261201)"))
        #expect(drawn.stdout.contains("<th scope=\"row\">Cost, all plan years</th>"))
        // Each area's figures in the ranked table carry their P10–P90 under them, and a chart shows the measure's.
        #expect(drawn.stdout.contains(" <br>(") && drawn.stdout.contains("id=\"map-intervals\""))
        #expect(!runCLI(["batch", "--areas", "E08000035,E08000003", "--format", "html"]).stdout.contains("How sure are the totals?"))
    }
}
