import Foundation
import PIPlannerCLI
import Testing

@Suite("piplanner rollout: derived schedules")
struct RolloutDerivedScheduleTests {
    static func years(_ doc: [String: Any]) throws -> [[String: Any]] { try #require(doc["years"] as? [[String: Any]]) }

    @Test("a target of 202 teams from 2025/26, at most 67 starting a year, 40 already operating: cap respected, target reached")
    func targetWithCap() throws {
        let path = try CLI.write(
            """
            {
              "version": 1, "kind": "rollout",
              "years": {"start": "2022/23", "count": 5},
              "labourPerTeam": {"parameter": "spendingReview2021LabourPerTeamGBP"},
              "schedule": {"target": {"teams": 202, "fullyOperatingFrom": "2025/26"}, "maxTeamsStartingPerYear": 67, "alreadyFullyOperating": 40},
            }
            """)
        let result = CLI.run(["rollout", path, "--format", "json"])
        #expect(result.code == 0, "\(result.err)")
        let years = try Self.years(CLI.json(result.out))
        let full = years.compactMap { number($0["teamsFullyOperating"]) }
        let coming = years.compactMap { number($0["teamsComingIntoOperation"]) }
        #expect(full.count == 5 && coming.count == 5)
        #expect(full.first == 40)
        #expect(coming.allSatisfy { $0 >= 0 && $0 <= 67 }, "coming into operation \(coming)")
        for k in 1..<full.count { #expect(full[k] == full[k - 1] + coming[k - 1], "teams fully operating in year \(k)") }
        #expect(full[3] == 202 && full[4] == 202)
        #expect(coming[3] == 0 && coming[4] == 0)
        // As many as the cap allows, earliest first.
        #expect(coming == [67, 67, 28, 0, 0])
        let schedule = try #require(try CLI.json(result.out)["schedule"] as? [String: Any])
        #expect(schedule["kind"] as? String == "target")
        #expect(number(schedule["targetTeams"]) == 202)
    }

    @Test("the derived-schedule example runs and reaches 202 teams in 2025/26")
    func derivedExample() throws {
        let result = CLI.run(["rollout", CLI.example("england-202-teams-derived-rollout.json"), "--format", "json"])
        #expect(result.code == 0, "\(result.err)")
        let years = try Self.years(CLI.json(result.out))
        #expect(years.compactMap { number($0["teamsFullyOperating"]) } == [40, 107, 174, 202])
        #expect(years.compactMap { number($0["teamsComingIntoOperation"]) } == [67, 67, 28, 0])
    }

    @Test("fromAreas sums the Oldham plan's teams by the chosen method, path relative to the rollout config")
    func fromAreasOldham() throws {
        let plan = CLI.run(["plan", CLI.example("oldham-metropolitan-borough.json"), "--format", "json"])
        #expect(plan.code == 0, "\(plan.err)")
        let area = try #require((try CLI.json(plan.out)["areas"] as? [[String: Any]])?.first)
        let needTeams = try #require(number(area["needTeams"]))
        let coverageTeams = try #require(number(area["coverageTeams"]))

        // A copy of the plan config beside a rollout config naming it by a relative path.
        let dir = try CLI.temporaryDirectory()
        let planText = try String(contentsOfFile: CLI.example("oldham-metropolitan-borough.json"), encoding: .utf8)
        _ = try CLI.write(planText, name: "oldham.json", in: dir)
        for (method, expected) in [("need", needTeams), ("coverage", coverageTeams)] {
            let path = try CLI.write(
                """
                {
                  "version": 1, "kind": "rollout",
                  "years": ["2026/27", "2027/28", "2028/29"],
                  "labourPerTeam": {"staffingModel": "spending-review-2021", "pay": {"year": "2025/26", "point": "entry"}},
                  "schedule": {"fromAreas": {"config": "oldham.json", "method": "\(method)", "fullyOperatingFrom": "2028/29", "maxTeamsStartingPerYear": 1}},
                }
                """, name: "rollout-\(method).json", in: dir)
            let result = CLI.run(["rollout", path, "--format", "json"])
            #expect(result.code == 0, "\(method): \(result.err)")
            let doc = try CLI.json(result.out)
            let schedule = try #require(doc["schedule"] as? [String: Any])
            #expect(schedule["kind"] as? String == "from-areas")
            #expect(schedule["method"] as? String == method)
            #expect(
                number(schedule["targetTeams"]).map { abs($0 - expected) < 1e-9 } == true,
                "\(method): \(String(describing: schedule["targetTeams"])) vs \(expected)")
            let years = try Self.years(doc)
            let coming = years.compactMap { number($0["teamsComingIntoOperation"]) }
            #expect(coming.allSatisfy { $0 <= 1 })
            #expect(number(years[2]["teamsFullyOperating"]).map { abs($0 - expected) < 1e-9 } == true)
        }
    }

    @Test("the fromAreas example (Examples/oldham-from-areas-rollout.json) runs")
    func fromAreasExample() {
        let result = CLI.run(["rollout", CLI.example("oldham-from-areas-rollout.json")])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("| Oldham (E08000004) |"))
        #expect(result.out.contains("fractional-teams"))
    }

    @Test("labour from a price year is uplifted by pay growth to the first rollout year")
    func priceYearUplift() throws {
        let path = try CLI.write(
            """
            {"version": 1, "years": ["2024/25"],
             "labourPerTeam": {"parameter": "spendingReview2021LabourPerTeamGBP", "priceYear": "2022/23"},
             "schedule": {"teamsFullyOperating": [1], "teamsComingIntoOperation": [0]}}
            """)
        let result = CLI.run(["rollout", path, "--format", "json"])
        #expect(result.code == 0, "\(result.err)")
        let years = try Self.years(CLI.json(result.out))
        // 237,684.80 × 1.03² = 252,159.80432 → £252,159.80
        #expect(number(years[0]["labourPerTeamGBP"]) == 252_159.80)
    }

    @Test("a parameter at another year's prices used without priceYear raises a finding")
    func priceYearFinding() throws {
        let path = try CLI.write(
            """
            {"version": 1, "years": ["2026/27"],
             "labourPerTeam": {"parameter": "spendingReview2021LabourPerTeamGBP"},
             "schedule": {"teamsFullyOperating": [1], "teamsComingIntoOperation": [0]}}
            """)
        let result = CLI.run(["rollout", path])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("labour-price-year"))
    }

    @Test("assumption overrides are applied and reported as overridden")
    func overrides() throws {
        let path = try CLI.write(
            """
            {"version": 1, "years": ["2022/23", "2023/24"],
             "assumptions": {"payGrowthRate": 0.05},
             "labourPerTeam": {"gbp": 200000, "source": "test figure"},
             "schedule": {"teamsFullyOperating": [1, 1], "teamsComingIntoOperation": [0, 0]}}
            """)
        let result = CLI.run(["rollout", path, "--format", "json"])
        #expect(result.code == 0, "\(result.err)")
        let doc = try CLI.json(result.out)
        let years = try Self.years(doc)
        #expect(number(years[1]["labourPerTeamGBP"]) == 210_000)
        let overrides = try #require(doc["overrides"] as? [[String: Any]])
        #expect(overrides.map { $0["id"] as? String } == ["payGrowthRate"])
    }
}

@Suite("piplanner rollout: invalid configs and usage")
struct RolloutErrorTests {
    struct BadCase: CustomTestStringConvertible, Sendable {
        var name: String
        var config: String
        /// Each must appear in the error output (field path, year, …).
        var mentions: [String]
        var testDescription: String { name }
    }

    static let labour = #""labourPerTeam": {"parameter": "spendingReview2021LabourPerTeamGBP"}"#

    static let cases: [BadCase] = [
        BadCase(
            name: "teams fully operating that never came into operation",
            config: """
                {"version": 1, "years": ["2022/23", "2023/24", "2024/25"], \(labour),
                 "schedule": {"teamsFullyOperating": [40, 80, 140], "teamsComingIntoOperation": [40, 55, 0]}}
                """, mentions: ["schedule.teamsFullyOperating[2]", "2024/25", "never came into operation", "at most 135"]),
        BadCase(
            name: "a negative count",
            config: """
                {"version": 1, "years": ["2022/23", "2023/24"], \(labour),
                 "schedule": {"teamsFullyOperating": [40, 30], "teamsComingIntoOperation": [40, -5]}}
                """, mentions: ["schedule.teamsComingIntoOperation[1]", "2023/24", "-5", "0 or more"]),
        BadCase(
            name: "a negative development amount",
            config: """
                {"version": 1, "years": ["2022/23", "2023/24"], \(labour),
                 "schedule": {"teamsFullyOperating": [40, 80], "teamsComingIntoOperation": [40, 0]},
                 "developmentProgrammeGBP": [null, -1000], "developmentProgrammeSource": "test"}
                """, mentions: ["developmentProgrammeGBP[1]", "2023/24"]),
        BadCase(
            name: "a year listed twice",
            config: """
                {"version": 1, "years": ["2022/23", "2023/24", "2023/24"], \(labour),
                 "schedule": {"teamsFullyOperating": [40, 80, 80], "teamsComingIntoOperation": [40, 0, 0]}}
                """, mentions: ["years[2]", "2023/24", "listed twice"]),
        BadCase(
            name: "a target the cap cannot reach",
            config: """
                {"version": 1, "years": {"start": "2022/23", "count": 4}, \(labour),
                 "schedule": {"target": {"teams": 202, "fullyOperatingFrom": "2024/25"}, "maxTeamsStartingPerYear": 67, "alreadyFullyOperating": 40}}
                """, mentions: ["schedule.target.teams", "2024/25", "at most 174", "maxTeamsStartingPerYear to at least 81"]),
        BadCase(
            name: "a fromAreas target the cap cannot reach",
            config: """
                {"version": 1, "years": ["2026/27", "2027/28"], \(labour),
                 "schedule": {"fromAreas": {"config": "\(CLI.example("oldham-metropolitan-borough.json"))", "method": "need", "fullyOperatingFrom": "2027/28", "maxTeamsStartingPerYear": 0.5}}}
                """, mentions: ["schedule.fromAreas", "2027/28", "schedule.fromAreas.maxTeamsStartingPerYear"]),
        BadCase(
            name: "an array shorter than the years",
            config: """
                {"version": 1, "years": ["2022/23", "2023/24", "2024/25"], \(labour),
                 "schedule": {"teamsFullyOperating": [40, 80], "teamsComingIntoOperation": [40, 55, 67]}}
                """, mentions: ["schedule.teamsFullyOperating", "3 numbers", "2024/25"]),
        BadCase(
            name: "years not consecutive",
            config: """
                {"version": 1, "years": ["2022/23", "2024/25"], \(labour),
                 "schedule": {"teamsFullyOperating": [40, 80], "teamsComingIntoOperation": [40, 55]}}
                """, mentions: ["years[1]", "2023/24", "consecutive"]),
        BadCase(
            name: "a target year not among the years",
            config: """
                {"version": 1, "years": ["2022/23", "2023/24"], \(labour),
                 "schedule": {"target": {"teams": 10, "fullyOperatingFrom": "2030/31"}, "maxTeamsStartingPerYear": 67}}
                """, mentions: ["schedule.target.fullyOperatingFrom", "2030/31"]),
        BadCase(
            name: "an unknown key, with a suggestion",
            config: """
                {"version": 1, "years": ["2022/23"], \(labour), "shedule": {}}
                """, mentions: ["shedule", #"did you mean "schedule"?"#]),
        BadCase(
            name: "a percentage for a proportion",
            config: """
                {"version": 1, "years": ["2022/23"], \(labour), "assumptions": {"payGrowthRate": 3},
                 "schedule": {"teamsFullyOperating": [1], "teamsComingIntoOperation": [0]}}
                """, mentions: ["assumptions.payGrowthRate", "did you mean 0.03?"]),
        BadCase(
            name: "a missing plan config for fromAreas",
            config: """
                {"version": 1, "years": ["2026/27"], \(labour),
                 "schedule": {"fromAreas": {"config": "no-such-plan.json", "method": "need", "fullyOperatingFrom": "2026/27", "maxTeamsStartingPerYear": 1}}}
                """, mentions: ["schedule.fromAreas.config", "no-such-plan.json"]),
        BadCase(
            name: "a pay year after the first rollout year",
            config: """
                {"version": 1, "years": ["2022/23"],
                 "labourPerTeam": {"staffingModel": "spending-review-2021", "pay": {"year": "2025/26"}},
                 "schedule": {"teamsFullyOperating": [1], "teamsComingIntoOperation": [0]}}
                """, mentions: ["labourPerTeam.pay.year", "2022/23"]),
        BadCase(
            name: "a labour figure without a source",
            config: """
                {"version": 1, "years": ["2022/23"], "labourPerTeam": {"gbp": 200000},
                 "schedule": {"teamsFullyOperating": [1], "teamsComingIntoOperation": [0]}}
                """, mentions: ["labourPerTeam.source", "missing"]),
    ]

    @Test("invalid input exits 1 naming the field and the year", arguments: cases)
    func invalid(_ bad: BadCase) throws {
        let path = try CLI.write(bad.config)
        let result = CLI.run(["rollout", path])
        #expect(result.code == 1, "\(bad.name): exit \(result.code); \(result.err)")
        #expect(result.out.isEmpty)
        for mention in bad.mentions {
            #expect(result.err.contains(mention), "\(bad.name): error output does not mention \(mention):\n\(result.err)")
        }
        // Errors carry file:line:column.
        #expect(result.err.contains(path + ":"), "\(result.err)")
    }

    @Test("every schedule problem is reported in one run")
    func allProblemsAtOnce() throws {
        let path = try CLI.write(
            """
            {"version": 1, "years": ["2022/23", "2023/24", "2024/25"],
             "labourPerTeam": {"parameter": "spendingReview2021LabourPerTeamGBP"},
             "schedule": {"teamsFullyOperating": [40, 90, 135], "teamsComingIntoOperation": [40, -1, 67]}}
            """)
        let result = CLI.run(["rollout", path])
        #expect(result.code == 1)
        #expect(result.err.contains("schedule.teamsFullyOperating[1]"))
        #expect(result.err.contains("schedule.teamsComingIntoOperation[1]"))
    }

    @Test("fewer teams than the year before is allowed, with a finding naming the config field")
    func decreaseFinding() throws {
        let path = try CLI.write(
            """
            {"version": 1, "years": ["2022/23", "2023/24"], \(Self.labour),
             "schedule": {"teamsFullyOperating": [40, 30], "teamsComingIntoOperation": [0, 0]}}
            """)
        let result = CLI.run(["rollout", path, "--format", "json"])
        #expect(result.code == 0, "\(result.err)")
        let findings = try #require(try CLI.json(result.out)["findings"] as? [[String: Any]])
        #expect(findings.map { $0["code"] as? String } == ["teams-decrease"])
        #expect(findings.first?["field"] as? String == "schedule.teamsFullyOperating[1]")
    }

    @Test(
        "usage errors exit 2",
        arguments: [
            ["rollout"],
            ["rollout", "a.json", "b.json"],
            ["rollout", "x.json", "--format", "xml"],
            ["rollout", "x.json", "--formt", "csv"],
            ["rollout", "x.json", "--output"],
            ["rollout", "x.json", "-q"],
        ])
    func usage(_ arguments: [String]) {
        let result = CLI.run(arguments)
        #expect(result.code == 2, "\(arguments): \(result.err)")
        #expect(result.err.hasPrefix("error: ") && result.err.contains("note: run 'piplanner rollout --help' for usage"), "\(result.err)")
    }

    @Test("a missing config file exits 1")
    func missingFile() {
        let result = CLI.run(["rollout", "/no/such/rollout.json"])
        #expect(result.code == 1)
        #expect(result.err.contains("file not found"))
    }

    @Test("rollout is listed in the overview and has its own help")
    func help() {
        let overview = CLI.run(["--help"])
        #expect(overview.code == 0)
        #expect(overview.out.contains("rollout CONFIG"))
        let help = CLI.run(["rollout", "--help"])
        #expect(help.code == 0)
        #expect(help.out.contains("--format markdown|json|csv"))
        #expect(CLI.run(["help", "rollout"]).out == help.out)
    }
}
