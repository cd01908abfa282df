import Foundation
import PIPlannerIO
import PIPlannerModel
import Testing

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
    static func expectError(
        _ command: String, _ config: String, _ fragments: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
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
        (
            "{\"funder\": \"icb-cyp-mental-health\", \"share\": 0.6}", "{\"funder\": \"icb-cyp-mental-health\", \"amountGBP\": 1e300}",
            "areas[0].funding[0].amountGBP: found 1e+300"
        ),
        (
            "{\"funder\": \"icb-cyp-mental-health\", \"share\": 0.6}",
            "{\"funder\": \"icb-cyp-mental-health\", \"amountsGBP\": [1, 1e300, 1]}", "areas[0].funding[0].amountsGBP[1]: found 1e+300"
        ),
        (
            "\"staffingModel\": \"spending-review-2021\",",
            "\"staffingModel\": {\"name\": \"x\", \"roles\": [{\"id\": \"a\", \"wte\": 1, \"annualSalaryGBP\": 1e300}]},",
            "staffingModel.roles[0].annualSalaryGBP: found 1e+300"
        ),
        (
            "\"version\": 1,", "\"version\": 1, \"assumptions\": {\"trainingFirstYearGBP\": 1e300},",
            "assumptions.trainingFirstYearGBP: found 1e+300"
        ),
    ])
    func planRefusesAnAmountMoneyCannotHold(old: String, new: String, message: String) throws {
        try Self.expectError("plan", try Self.example("leeds-joint-funded.json", [(old, new)]), [message, Self.moneyLimit])
    }

    @Test(arguments: [
        (
            "{\"parameter\": \"spendingReview2021LabourPerTeamGBP\"}", "{\"gbp\": 1e300, \"source\": \"x\", \"priceYear\": \"2021/22\"}",
            "labourPerTeam.gbp: found 1e+300"
        ),
        ("[500000, 1000000, 1000000, null]", "[1e300, 1000000, 1000000, null]", "developmentProgrammeGBP[0]: found 1e+300"),
        (
            "\"kind\": \"rollout\",", "\"kind\": \"rollout\", \"assumptions\": {\"trainingFirstYearGBP\": 1e300},",
            "assumptions.trainingFirstYearGBP: found 1e+300"
        ),
        (
            "\"kind\": \"rollout\",", "\"kind\": \"rollout\", \"assumptions\": {\"spendingReview2021LabourPerTeamGBP\": 1e300},",
            "assumptions.spendingReview2021LabourPerTeamGBP: found 1e+300"
        ),
    ])
    func rolloutRefusesAnAmountMoneyCannotHold(old: String, new: String, message: String) throws {
        try Self.expectError(
            "rollout", try Self.example("spending-review-2021-rollout.json", [(old, new)]), [message, "at most £46,116,860,184,273,880"])
    }

    static let planScaleLimit = "expected costs of at most £46,116,860,184,273,880 in all, the most piplanner holds to the penny"

    /// Regression: each of these trapped converting a plan's costs to pence. Now the area is refused, saying what
    /// it would cost and why (need teams ≈ births × prevalence × 0.303 / 150; coverage teams = population / 280,000).
    /// (Births and a population of 1e300 are now refused by the plausibility table before the money is checked.)
    @Test(arguments: [
        (
            [("\"births\": 8617", "\"births\": 1e300")],
            "areas[0].births: found 1e+300; expected live births a year of at most 50 per 1,000 population a year; with the population 822483 it is 1.22e+297 per 1,000"
        ),
        (
            [
                ("\"births\": 8617", "\"births\": 1e300, \"sizingMethod\": \"coverage\""),
                ("\"population\": 822483", "\"population\": 1e300"),
            ], "areas[0].population: found 1e+300; expected an area's population of at most 67,596,281 persons"
        ),
        // Leeds's labour at 2025/26 top of band with employer on-costs, £363,542.69, × 1.03^(9992 − 2025) ≈ £6.92e107
        // (a little more: NI's threshold does not grow with pay): pay growth is named.
        (
            [("\"start\": \"2026/27\"", "\"start\": \"9990/91\"")],
            "planYears: found pay growth of 0.03 a year over 7967 years from the pay year 2025/26 to 9992/93, bringing a team's labour to about £6.92e+107"
        ),
        ([("\"version\": 1,", "\"version\": 1, \"assumptions\": {\"babiesSeenPerTeamPerYear\": 1e-300},")], "a plan costing about £∞"),
        (
            [("\"version\": 1,", "\"version\": 1, \"sizingMethod\": \"coverage\", \"assumptions\": {\"referencePopulation\": 1e-300},")],
            "8.22e+305 teams by the coverage method"
        ),
    ])
    func planRefusesAnAreaWhoseCostsMoneyCannotHold(edits: [(String, String)], message: String) throws {
        try Self.expectError(
            "plan", try Self.example("leeds-joint-funded.json", edits),
            message.hasPrefix("areas[0].")
                ? [message]
                : (message.hasPrefix("planYears") ? [] : ["areas[0]: found a plan costing about £"]) + [message, Self.planScaleLimit])
    }

    /// The area data with these births (`code` → births) in local-authorities.csv.
    static func areaData(births: [String: String]) throws -> String {
        try AreaFiles.copy { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                if let code = fields.first, let value = births[code] { fields[8] = value }
                return fields.joined(separator: ",")
            }.joined(separator: "\n")
        }.path
    }

    @Test func batchExcludesAnAreaWhoseCostsMoneyCannotHoldAndPlansTheRest() throws {
        // Leeds with 9e18 births (an Int the CSV reader accepts) trapped batch, compare and plan alike.
        let dir = try Self.areaData(births: ["E08000035": "9000000000000000000"])
        let batch = CLI.run(["batch", "--areas", "E08000035,E08000003", "--area-data", dir])
        #expect(batch.code == 1, "a partial batch")
        #expect(
            batch.err.contains(
                "warning: E08000035 Leeds excluded: population 822483 and births 9000000000000000000 give a plan costing about £"))
        let rows = parseCSV(batch.out)
        #expect(rows.map { $0["code"] } == ["E08000003", "TOTAL"])
        let compare = CLI.run(["compare", "E08000035", "E08000003", "--area-data", dir])
        #expect(compare.code == 1)
        #expect(
            compare.err.contains("AREA 1: found \"E08000035\"") && compare.err.contains(Self.planScaleLimit.dropFirst("expected ".count)))
    }

    @Test func batchExcludesAnAreaThatWouldTipTheSetTotalsBeyondMoney() throws {
        // 8e13 births each: Leeds needs 8e13 × 0.1985 × 0.303 / 150 ≈ 3.2e10 teams at about £0.3m a year for three years,
        // about £3e16 (within the £4.6e16 limit); two such areas are not,
        // and the totals row adds them. The second is excluded; the first is planned.
        let dir = try Self.areaData(births: ["E08000035": "80000000000000", "E08000003": "80000000000000"])
        let batch = CLI.run(["batch", "--areas", "E08000035,E08000003", "--area-data", dir])
        #expect(batch.code == 1, "a partial batch: \(batch.err)")
        #expect(batch.err.contains("warning: E08000003 Manchester excluded: with it the set's costs would come to about £"))
        #expect(parseCSV(batch.out).map { $0["code"] } == ["E08000035", "TOTAL"])
    }

    static let rolloutScaleLimit = "expected costs of at most £46,116,860,184,273,880 in all, the most piplanner holds to the penny"

    /// Regression: each trapped converting the rollout's costs to pence. The first year past the limit is reported
    /// against its largest line (1e300 teams × £237,684.80 = £2.38e305; 1e20 teams × (£237,684.80 + £11,077.50
    /// first-year training) = £2.49e25).
    @Test(arguments: [
        (
            "spending-review-2021-rollout.json", "[40, 80, 135, 202]", "[1e300, 80, 135, 202]",
            "schedule.teamsFullyOperating[0]: found 1e+300 (teams fully operating from 1 April) in 2022/23, bringing the costs to about £2.38e+305"
        ),
        (
            "spending-review-2021-rollout.json", "[40, 55,  67,   0]", "[40, 55, 1e14, 0]",
            "schedule.teamsComingIntoOperation[2]: found 100,000,000,000,000 (teams coming into operation over the year) in 2024/25"
        ),
        (
            "spending-review-2021-rollout.json", "[500000, 1000000, 1000000, null]", "[4e16, 4e16, 1000000, null]",
            "developmentProgrammeGBP[1]: found 4e+16 (development programme in GBP) in 2023/24, bringing the costs to about £8e+16"
        ),
        (
            "england-202-teams-derived-rollout.json", "\"maxTeamsStartingPerYear\": 67",
            "\"maxTeamsStartingPerYear\": 1e300, \"target\": {\"teams\": 1e20, \"fullyOperatingFrom\": \"2025/26\"}",
            "schedule.target.teams: found a target of 1e+20 teams, bringing the costs to about £2.49e+25 by 2022/23"
        ),
    ])
    func rolloutRefusesCostsMoneyCannotHold(example: String, old: String, new: String, message: String) throws {
        var text = try Self.example(example, [(old, new)])
        if example.hasPrefix("england") {
            text = text.replacingOccurrences(of: "\"target\": {\"teams\": 202, \"fullyOperatingFrom\": \"2025/26\"},", with: "")
        }
        try Self.expectError("rollout", text, [message, Self.rolloutScaleLimit])
    }

    @Test func rolloutTargetBeyondAnyCapIsReportedNotATrap() throws {
        // 1e300 teams with a cap of 1e-300 a year: the years needed (1e600) trapped converting to Int for a hint.
        try Self.expectError(
            "rollout",
            try Self.example(
                "england-202-teams-derived-rollout.json",
                [
                    ("\"teams\": 202", "\"teams\": 1e300"), ("\"maxTeamsStartingPerYear\": 67", "\"maxTeamsStartingPerYear\": 1e-300"),
                ]),
            [
                "schedule.target.teams: found a target of 1e+300 teams fully operating from 1 April 2025/26",
                "expected at most 40 teams by 2025/26",
            ])
    }

    @Test func planYearsAsAnArrayAreCappedLikeACount() throws {
        // {"start", "count"} allowed 1 to 15 years; an array of 3,000 consecutive years was taken, and trapped on the
        // pay growth of its later years. 16 is refused as {"count": 16} is.
        func years(_ n: Int) -> String {
            "[" + (0..<n).map { String(format: "\"%d/%02d\"", 2026 + $0, (2027 + $0) % 100) }.joined(separator: ", ") + "]"
        }
        for n in [16, 3_000] {
            try Self.expectError(
                "plan", try Self.example("leeds-joint-funded.json", [("{\"start\": \"2026/27\", \"count\": 3}", years(n))]),
                ["planYears: found an array of \(n); expected at most 15 plan years"])
        }
        let fifteen = CLI.run([
            "plan",
            try CLI.write(
                try Self.example("leeds-joint-funded.json", [("{\"start\": \"2026/27\", \"count\": 3}", years(15))]), name: "p.json"),
            "--format", "json",
        ])
        #expect(fifteen.code == 0)
        #expect(
            (try CLI.json(fifteen.out)["areas"] as? [[String: Any]])?.first?["planYears"] as? [String]
                == (0..<15).map { String(format: "%d/%02d", 2026 + $0, (2027 + $0) % 100) })
    }

    @Test(arguments: ["-001/00", "+123/24"])
    func aSignedYearIsNotAFinancialYear(start: String) throws {
        // "-001/00" was read as year -1: plan years "-1/00", "0/01", "1/02", and labour deflated 2,026 years to £0.
        try Self.expectError(
            "plan", try Self.example("leeds-joint-funded.json", [("\"start\": \"2026/27\"", "\"start\": \"\(start)\"")]),
            ["planYears.start: found \"\(start)\"; expected a financial year like \"2026/27\""])
    }

    @Test func aFileNotInUTF8SaysWhere() throws {
        // A Latin-1 £ (byte 0xA3) in the title: "not UTF-8 text" said neither where nor what to do.
        var data = Data(try Self.example("leeds-joint-funded.json", []).utf8)
        let title = data.range(of: Data("\"title\": \"Leeds".utf8))!
        data.insert(0xA3, at: title.upperBound - 5)
        let path = try CLI.temporaryDirectory().appendingPathComponent("latin1.json").path
        try data.write(to: URL(fileURLWithPath: path))
        for command in ["plan", "validate"] {
            let result = CLI.run([command, path])
            #expect(result.code == 1)
            #expect(
                result.err.contains("\(path):12:13: error: cannot read: not UTF-8 text (byte 0xA3)\n  note: save the file as UTF-8\n"),
                "\(result.err)")
        }
    }

    @Test func aConfigGivenToTheWrongCommandSaysWhichCommand() throws {
        // Only "unknown key" for each key, with no hint that the file was a rollout config (or a plan config).
        let rollout = try CLI.write(
            try Self.example("spending-review-2021-rollout.json", [("\"kind\": \"rollout\",", "")]), name: "rollout.json")
        for command in ["plan", "validate"] {
            let result = CLI.run([command, rollout])
            #expect(result.code == 1)
            #expect(result.err.contains("schedule: found unknown key \"schedule\"; expected one of \"version\""), "\(result.err)")
            #expect(
                result.err.contains(
                    "\n  note: a rollout config's key: run `piplanner rollout`; `validate` knows a rollout by \"kind\": \"rollout\"\n"))
        }
        let plan = CLI.run(["rollout", CLI.example("leeds-joint-funded.json")])
        #expect(plan.code == 1)
        #expect(
            plan.err.contains("areas: found unknown key \"areas\"")
                && plan.err.contains("\n  note: a plan config's key: run `piplanner plan`\n"),
            "\(plan.err)")
    }

    @Test func anAreaNeedsANameThatIsNotBlank() throws {
        // "name": "" was planned under an empty heading ("## " in Markdown, a blank column in compare).
        try Self.expectError(
            "plan", try Self.example("leeds-joint-funded.json", [("\"name\": \"Leeds\"", "\"name\": \" \"")]),
            ["areas[0].name: found \" \"; expected the area's name, e.g. \"Leeds\""])
    }

    @Test func initWritesAValidConfigWhenTheDataHoldsLineBreaks() throws {
        // A quoted name or note with a line break in --area-data ended init's // comment mid-text: the starter
        // config it wrote did not parse ("unexpected word 'City'").
        let dir = try AreaFiles.copy { text in
            text.replacingOccurrences(of: "E08000035,Leeds,", with: "E08000035,\"Leeds\r\nCity\",")
                .replacingOccurrences(
                    of: "0.203,published,\"MHCLG IoD2019 File 11 (upper-tier), same code\",",
                    with: "0.203,published,\"MHCLG File 11\n\"\"x\"\": 1, }\",")
        }
        let output = try CLI.temporaryDirectory().appendingPathComponent("leeds.json").path
        let written = CLI.run([
            "init", "--area", "E08000035", "--area-data", dir.path, "--output", output, "--low-income-measure", "idaci-2019",
        ])
        #expect(written.code == 0, "\(written.err)")
        // The line breaks became spaces inside the comments (rewrapped: joined back here).
        let comments = try String(contentsOfFile: output, encoding: .utf8).replacingOccurrences(
            of: "\n *// ", with: " ", options: .regularExpression)
        #expect(comments.contains("// Starter plan for Leeds City (E08000035)"))
        #expect(comments.contains("(MHCLG File 11 \"x\": 1, }), local-authorities.csv line"))
        let planned = CLI.run(["plan", output, "--format", "json"])
        #expect(planned.code == 0, "\(planned.err)")
        #expect((try CLI.json(planned.out)["areas"] as? [[String: Any]])?.first?["name"] as? String == "Leeds\r\nCity")
    }

    @Test func compareSurvivesACostPer1000BirthsBeyondMoney() throws {
        // Coverage sizing costs by population; with 1e-300 births the cost per 1,000 births (≈ £1e309) trapped.
        let config = try Self.example(
            "leeds-joint-funded.json", [("\"births\": 8617", "\"births\": 1e-300, \"sizingMethod\": \"coverage\"")])
        let path = try CLI.write(config, name: "tiny.json")
        let result = CLI.run(["compare", path, "E08000003", "--format", "json"])
        #expect(result.code == 0, "\(result.err)")
        let areas = try CLI.json(result.out)["areas"] as? [[String: Any]] ?? []
        let tiny = areas.first { $0["name"] as? String == "Leeds" }
        #expect(tiny?["cost_per_1000_births_gbp"] is NSNull)
        #expect(number(tiny?["total_cost_gbp"]) ?? 0 > 0)
    }

    @Test func csvKeepsAWindowsLineBreakInANameInsideItsCell() throws {
        // An area name with "\r\n" (one Character in Swift) was written unquoted, breaking the row in two. The CR is now
        // written as its visible symbol (issue 12: no control character raw in CSV); the line feed stays inside the cell.
        let path = try CLI.write(
            try Self.example("leeds-joint-funded.json", [("\"name\": \"Leeds\"", "\"name\": \"Leeds\\r\\n=1+1\"")]), name: "leeds.json")
        let result = CLI.run(["compare", path, "E08000003", "--format", "csv"])
        #expect(result.code == 0, "\(result.err)")
        let table = CSVTable.parse(result.out)
        #expect(table.rows.count == 2)
        #expect(table.rows.allSatisfy { $0.fields.count == table.header.count })
        #expect(table.rows.contains { $0.fields.contains("Leeds␍\n=1+1") })
    }
}
