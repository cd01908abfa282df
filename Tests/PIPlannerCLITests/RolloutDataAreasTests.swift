import Foundation
import PIPlannerCLI
import Testing

/// `schedule.fromAreas.areas`: a rollout sized from areas planned from the shipped area data, as `batch` plans them.
@Suite("piplanner rollout: fromAreas.areas from the shipped area data")
struct RolloutDataAreasTests {
    static let labour = #""labourPerTeam": {"staffingModel": "spending-review-2021", "pay": {"year": "2025/26", "point": "entry"}}"#

    /// A rollout config over 2026/27–2029/30 with `fromAreas` members given as JSON text.
    static func config(_ fromAreas: String, years: Int = 4) -> String {
        """
        {
          "version": 1, "kind": "rollout",
          "years": {"start": "2026/27", "count": \(years)},
          \(labour),
          "schedule": {"fromAreas": {\(fromAreas)}},
        }
        """
    }

    static func schedule(_ result: CLI.Result) throws -> [String: Any] {
        #expect(result.code == 0, "\(result.err)")
        return try #require(try CLI.json(result.out)["schedule"] as? [String: Any])
    }

    @Test("England by the need method: the target is the sum of need_teams over batch --areas england's CSV rows")
    func englandNeedSumMatchesBatch() throws {
        // Second method: batch's CSV, one row per area, need teams to 4 decimals.
        let batch = CLI.run(["batch", "--areas", "england", "--format", "csv"])
        #expect(batch.code == 0, "\(batch.err)")
        let rows = parseCSV(batch.out)
        let areaRows = rows.filter { $0["code"] != "TOTAL" }
        #expect(areaRows.count == 153)
        let batchSum = areaRows.reduce(0.0) { $0 + (Double($1["need_teams"] ?? "") ?? .nan) }
        let batchTotal = try #require(Double(rows.first { $0["code"] == "TOTAL" }?["need_teams"] ?? ""))

        let path = try CLI.write(
            Self.config(#""areas": "england", "method": "need", "fullyOperatingFrom": "2029/30", "maxTeamsStartingPerYear": 100"#))
        let schedule = try Self.schedule(CLI.run(["rollout", path, "--format", "json"]))
        let target = try #require(number(schedule["targetTeams"]))
        // 153 values rounded to 4 decimals: the sum of the rounded values is within 153 × 0.00005 of the exact sum.
        #expect(abs(target - batchSum) < 0.01, "rollout \(target) vs Σ batch need_teams \(batchSum)")
        #expect(abs(target - batchTotal) <= 0.00005, "rollout \(target) vs batch TOTAL \(batchTotal)")
        #expect(schedule["kind"] as? String == "from-areas")
        #expect(schedule["method"] as? String == "need")
        #expect(schedule["areaSelection"] as? String == "england")
        #expect(schedule["scenario"] as? String == "(built-in defaults)")
        let areas = try #require(schedule["areas"] as? [[String: Any]])
        #expect(areas.map { $0["code"] as? String } == areaRows.map { $0["code"] })
        for (area, row) in zip(areas, areaRows) {
            let teams = try #require(number(area["teams"]))
            #expect(abs(teams - (Double(row["need_teams"] ?? "") ?? .nan)) <= 0.00005, "\(row["code"] ?? "")")
            #expect(area["lowIncomeShareBasis"] as? String == row["low_income_share_basis"])
            #expect(area["maltreatmentShareBasis"] as? String == row["maltreatment_share_basis"])
        }
        #expect(number(schedule["alreadyFullyOperating"]) == 0)
        #expect((schedule["alreadyFullyOperatingSource"] as? String)?.contains("no existing teams") == true)
    }

    @Test("a list of two codes sums the two areas' need teams as compare reports them")
    func twoCodesMatchCompare() throws {
        let compare = CLI.run(["compare", "E08000035", "E08000003", "--format", "json"])
        #expect(compare.code == 0, "\(compare.err)")
        let compared = try #require(try CLI.json(compare.out)["areas"] as? [[String: Any]])
        let need = Dictionary(
            uniqueKeysWithValues: compared.compactMap { a in (a["code"] as? String).flatMap { c in number(a["need_teams"]).map { (c, $0) } }
            })
        let leeds = try #require(need["E08000035"])
        let manchester = try #require(need["E08000003"])

        let path = try CLI.write(
            Self.config(
                #""areas": ["E08000035", "E08000003"], "method": "need", "fullyOperatingFrom": "2028/29", "maxTeamsStartingPerYear": 5"#,
                years: 3))
        let result = CLI.run(["rollout", path, "--format", "json"])
        let schedule = try Self.schedule(result)
        #expect(
            number(schedule["targetTeams"]).map { abs($0 - (leeds + manchester)) < 1e-9 } == true,
            "\(String(describing: schedule["targetTeams"])) vs \(leeds) + \(manchester)")
        let areas = try #require(schedule["areas"] as? [[String: Any]])
        #expect(areas.map { $0["code"] as? String } == ["E08000035", "E08000003"])
        #expect(number(areas[0]["teams"]).map { abs($0 - leeds) < 1e-12 } == true)
        #expect(number(areas[1]["teams"]).map { abs($0 - manchester) < 1e-12 } == true)
        let years = try #require(try CLI.json(result.out)["years"] as? [[String: Any]])
        #expect(number(years[2]["teamsFullyOperating"]).map { abs($0 - (leeds + manchester)) < 1e-9 } == true)
    }

    @Test("a scenario is read relative to the rollout config, as batch --scenario reads it")
    func scenarioRelativeToConfig() throws {
        let dir = try CLI.temporaryDirectory()
        let scenario = try CLI.write(
            #"{"version": 1, "title": "No risk adjustment", "preset": "story-of-hope-2023"}"#, name: "story.json", in: dir)
        let compare = CLI.run(["compare", "E08000035", "E08000003", "--scenario", scenario, "--format", "json"])
        #expect(compare.code == 0, "\(compare.err)")
        let compared = try #require(try CLI.json(compare.out)["areas"] as? [[String: Any]])
        let expected = compared.compactMap { number($0["need_teams"]) }.reduce(0, +)
        let withoutScenario = try #require(
            number(
                try Self.schedule(
                    CLI.run([
                        "rollout",
                        try CLI.write(
                            Self.config(
                                #""areas": ["E08000035", "E08000003"], "method": "need", "fullyOperatingFrom": "2029/30", "maxTeamsStartingPerYear": 5"#
                            )), "--format", "json",
                    ]))["targetTeams"]))
        #expect(abs(expected - withoutScenario) > 0.1, "the preset changes need (\(expected) vs \(withoutScenario))")

        let path = try CLI.write(
            Self.config(
                #""areas": ["E08000035", "E08000003"], "scenario": "story.json", "method": "need", "fullyOperatingFrom": "2029/30", "maxTeamsStartingPerYear": 5"#
            ), name: "rollout.json", in: dir)
        let result = CLI.run(["rollout", path, "--format", "json"])
        let schedule = try Self.schedule(result)
        #expect(number(schedule["targetTeams"]).map { abs($0 - expected) < 1e-9 } == true)
        #expect(schedule["scenario"] as? String == "story.json")
        // The scenario is an input: --output never overwrites it.
        let overwrite = CLI.run(["rollout", path, "--output", scenario])
        #expect(overwrite.code == 2, "\(overwrite.err)")
    }

    @Test("the audit trail and summary say which areas were summed, by which method, and how their shares were obtained")
    func auditTrail() throws {
        let path = try CLI.write(
            Self.config(
                #""areas": ["E08000035", "W06000015"], "method": "coverage", "fullyOperatingFrom": "2029/30", "maxTeamsStartingPerYear": 5"#
            ))
        let result = CLI.run(["rollout", path])
        #expect(result.code == 0, "\(result.err)")
        let md = result.out
        #expect(md.contains("the coverage-method teams of 2 areas summed, planned from the shipped area data (`E08000035,W06000015`"))
        #expect(md.contains("**Target teams from 2 areas planned from the shipped area data (E08000035,W06000015)**"))
        #expect(md.contains("`teams Leeds (E08000035)`"))
        #expect(md.contains("| Leeds (E08000035) | 2.94 | local | local-derived |"))
        #expect(md.contains("| Cardiff (W06000015) | 1.33 | local | national |"))
        #expect(md.contains("risk-shares-national"))
        #expect(md.contains("Low-income share (cilif-fye2025): local in 2 (local 2)"))
        #expect(md.contains("local-derived (England's under-1 share × the authority's children-in-need rate ÷ England's) in 1"))
        #expect(md.contains("Maltreatment share: a local-derived proxy in 1 area"))
    }

    struct BadCase: CustomTestStringConvertible, Sendable {
        var name: String
        var fromAreas: String
        var mentions: [String]
        var testDescription: String { name }
    }

    static let cases: [BadCase] = [
        BadCase(
            name: "config and areas together",
            fromAreas:
                #""config": "oldham.json", "areas": "england", "method": "need", "fullyOperatingFrom": "2029/30", "maxTeamsStartingPerYear": 100"#,
            mentions: [
                "schedule.fromAreas:", #"both "config" and "areas""#, "exactly one of schedule.fromAreas.config",
                "schedule.fromAreas.areas",
            ]),
        BadCase(
            name: "neither config nor areas",
            fromAreas: #""method": "need", "fullyOperatingFrom": "2029/30", "maxTeamsStartingPerYear": 100"#,
            mentions: ["schedule.fromAreas.config", "schedule.fromAreas.areas"]),
        BadCase(
            name: "an unknown code, with the nearest suggested",
            fromAreas:
                #""areas": ["E08000035", "E08000999"], "method": "need", "fullyOperatingFrom": "2029/30", "maxTeamsStartingPerYear": 100"#,
            mentions: ["schedule.fromAreas.areas[1]", "E08000999", "unknown area code", "did you mean E08000009 (Trafford)?"]),
        BadCase(
            name: "a district, not a planning unit",
            fromAreas: #""areas": ["E07000143"], "method": "need", "fullyOperatingFrom": "2029/30", "maxTeamsStartingPerYear": 100"#,
            mentions: ["schedule.fromAreas.areas[0]", "E07000143", "plan its county E10000020"]),
        BadCase(
            name: "a target the cap cannot reach",
            fromAreas: #""areas": "england", "method": "need", "fullyOperatingFrom": "2029/30", "maxTeamsStartingPerYear": 67"#,
            mentions: [
                "schedule.fromAreas", "229.64 teams", "2029/30", "at most 201", "schedule.fromAreas.maxTeamsStartingPerYear to at least",
            ]),
        BadCase(
            name: "a mistyped area set",
            fromAreas: #""areas": "englnd", "method": "need", "fullyOperatingFrom": "2029/30", "maxTeamsStartingPerYear": 100"#,
            mentions: ["schedule.fromAreas.areas", #"did you mean "england"?"#]),
        BadCase(
            name: "a code listed twice",
            fromAreas:
                #""areas": ["E08000035", "E08000003", "E08000035"], "method": "need", "fullyOperatingFrom": "2029/30", "maxTeamsStartingPerYear": 100"#,
            mentions: ["schedule.fromAreas.areas[2]", "listed twice"]),
        BadCase(
            name: "a council and the ICB it lies in",
            fromAreas:
                #""areas": ["E54000054", "E08000035"], "method": "need", "fullyOperatingFrom": "2029/30", "maxTeamsStartingPerYear": 100"#,
            mentions: ["schedule.fromAreas.areas[1]", "E08000035", "overlaps schedule.fromAreas.areas[0] E54000054"]),
        BadCase(
            name: "a missing scenario",
            fromAreas:
                #""areas": "wales", "scenario": "no-such-scenario.json", "method": "need", "fullyOperatingFrom": "2029/30", "maxTeamsStartingPerYear": 100"#,
            mentions: ["schedule.fromAreas.scenario", "no-such-scenario.json"]),
        BadCase(
            name: "a scenario with a plan config",
            fromAreas:
                #""config": "oldham.json", "scenario": "s.json", "method": "need", "fullyOperatingFrom": "2029/30", "maxTeamsStartingPerYear": 100"#,
            mentions: ["schedule.fromAreas.scenario", "only with schedule.fromAreas.areas"]),
    ]

    @Test("invalid fromAreas.areas input exits 1 naming the field", arguments: cases)
    func invalid(_ bad: BadCase) throws {
        let dir = try CLI.temporaryDirectory()
        _ = try CLI.write(
            try String(contentsOfFile: CLI.example("oldham-metropolitan-borough.json"), encoding: .utf8), name: "oldham.json", in: dir)
        let path = try CLI.write(Self.config(bad.fromAreas), name: "rollout.json", in: dir)
        let result = CLI.run(["rollout", path])
        #expect(result.code == 1, "\(bad.name): exit \(result.code); \(result.err)")
        #expect(result.out.isEmpty)
        for mention in bad.mentions {
            #expect(result.err.contains(mention), "\(bad.name): error output does not mention \(mention):\n\(result.err)")
        }
        #expect(result.err.contains(path + ":"), "\(result.err)")
    }

    @Test("a bad area row is an issue naming the list position, the code and the row; a set names the code")
    func badAreaRow() throws {
        // Leeds's population is not a number in this copy of the area data.
        let data = try AreaFiles.copy { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                guard line.hasPrefix("E08000035,") else { return String(line) }
                var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                fields[6] = "abc"
                return fields.joined(separator: ",")
            }.joined(separator: "\n")
        }
        let list = try CLI.write(
            Self.config(
                #""areas": ["E08000003", "E08000035"], "method": "need", "fullyOperatingFrom": "2029/30", "maxTeamsStartingPerYear": 100"#))
        let listed = CLI.run(["rollout", list, "--area-data", data.path])
        #expect(listed.code == 1)
        #expect(listed.err.contains("schedule.fromAreas.areas[1]: found \"E08000035\""), "\(listed.err)")
        #expect(listed.err.contains("local-authorities.csv:"), "\(listed.err)")
        #expect(listed.err.contains("population_mid2022_persons"), "\(listed.err)")
        #expect(!listed.err.contains("areas[0]"), "\(listed.err)")

        let set = try CLI.write(
            Self.config(#""areas": "england", "method": "need", "fullyOperatingFrom": "2029/30", "maxTeamsStartingPerYear": 100"#))
        let whole = CLI.run(["rollout", set, "--area-data", data.path])
        #expect(whole.code == 1)
        #expect(
            whole.err.contains("schedule.fromAreas.areas: found \"E08000035\", an area of \"england\" that cannot be planned"),
            "\(whole.err)")

        // Without --area-data the built-in copy is used and both plan.
        #expect(CLI.run(["rollout", list]).code == 0)
    }

    @Test("Examples/england-need-rollout.json: 153 areas by need, 39 already operating, at most 67 starting a year")
    func englandExample() throws {
        let result = CLI.run(["rollout", CLI.example("england-need-rollout.json"), "--format", "json"])
        let schedule = try Self.schedule(result)
        let target = try #require(number(schedule["targetTeams"]))
        #expect((schedule["areas"] as? [Any])?.count == 153)
        // 229.64 with CILIF FYE 2025 and the local-derived maltreatment proxy (225.09 with IDACI 2019 and 001's national share).
        #expect(abs(target - 229.64) < 0.005)
        let years = try #require(try CLI.json(result.out)["years"] as? [[String: Any]])
        let full = years.compactMap { number($0["teamsFullyOperating"]) }
        let coming = years.compactMap { number($0["teamsComingIntoOperation"]) }
        #expect(Array(full.prefix(3)) == [39, 106, 173])
        #expect(abs(full[3] - target) < 1e-9)
        #expect(coming[0] == 67 && coming[1] == 67 && coming[3] == 0)
        #expect(abs(coming[2] - (target - 173)) < 1e-9)
        // The Spending Review 2021 team at 2025/26 entry points, salaries uplifted one year (× 1.03) and costed with
        // employer NI and pension per post at 2026/27's rules (the example's "onCosts": employer, nhs-england).
        #expect(number(years[0]["labourPerTeamGBP"]) == 323_717.06)
        #expect((try CLI.json(result.out)["onCosts"] as? [String: Any])?["method"] as? String == "employer")
    }
}
