import Foundation
import Testing

/// `plan --format csv`: one long table, a row a figure, read back with Python's `csv` module (a real CSV reader,
/// not the planner's own parser) and checked against figures worked out by hand (Methodology §7).
@Suite(.enabled(if: PythonCSV.python != nil || ProcessInfo.processInfo.environment["PIPLANNER_REQUIRE_BROWSER"] == "1"))
struct PlanCSVTests {
    static let leeds = CLI.example("leeds-joint-funded.json")

    static let header = [
        "area", "area_code", "section", "figure", "label", "unit", "year", "value", "p10", "p50", "p90", "mean", "input_p10", "input_p90",
        "need_teams_at_input_p10", "need_teams_at_input_p90", "total_cost_gbp_at_input_p10", "total_cost_gbp_at_input_p90",
        "need_teams_swing", "total_cost_swing_gbp", "rank",
    ]

    /// The rows of `plan arguments --format csv`, read by Python's csv module, keyed by header.
    static func rows(_ arguments: [String]) throws -> [[String: String]] {
        let result = runCLI(["plan"] + arguments + ["--format", "csv"])
        #expect(result.code == 0, "\(result.stderr)")
        let table = try PythonCSV.read(result.stdout)
        #expect(table.header == header)
        for row in table.rows { #expect(row.count == header.count, "\(row)") }
        return table.rows.map { Dictionary(uniqueKeysWithValues: zip(table.header, $0)) }
    }

    static func value(_ rows: [[String: String]], _ figure: String, _ column: String = "value", year: String = "") throws -> Double {
        let row = try #require(rows.first { $0["figure"] == figure && $0["year"] == year && $0["section"] != "tornado" }, "\(figure)")
        return try #require(Double(row[column] ?? ""), "\(figure).\(column): '\(row[column] ?? "")'")
    }

    /// A cell as a number; NaN (which fails every comparison) when empty or not a number.
    static func cell(_ row: [String: String], _ column: String) -> Double { Double(row[column] ?? "") ?? .nan }

    @Test func withoutDrawsTheFiguresAreTheHandWorkedPlan() throws {
        let rows = try Self.rows([Self.leeds])
        #expect(Set(rows.map { $0["section"]! }) == ["plan"], "no draws: no run, probability or tornado rows")
        #expect(rows.allSatisfy { $0["area"] == "Leeds" && $0["area_code"] == "E08000035" && !$0["unit"]!.isEmpty })
        for row in rows { for column in ["p10", "p50", "p90", "mean", "rank"] { #expect(row[column] == "", "\(row)") } }
        // Leeds: P = 0.203 × 0.34 + 0.797 × 0.15 = 0.18857; need teams = 8,617 × 0.18857 × (150 / 495) / 150
        // = 3.2826418; coverage teams = 822,483 / 280,000 = 2.9374393.
        #expect(isClose(try Self.value(rows, "prevalence"), 0.18857))
        #expect(isClose(try Self.value(rows, "needTeams"), 8_617 * 0.18857 / 495))
        #expect(isClose(try Self.value(rows, "coverageTeams"), 822_483.0 / 280_000))
        // The total is the sum of the plan years' rows, to the penny, each in pounds with two decimals.
        let years = rows.filter { $0["figure"] == "annualCostGBP" }
        #expect(years.map { $0["year"]! } == ["2026/27", "2027/28", "2028/29"])
        let pence = try years.map { try #require(Int($0["value"]!.replacingOccurrences(of: ".", with: ""))) }
        let total = try #require(rows.first { $0["figure"] == "totalCostGBP" })
        #expect(total["unit"] == "GBP" && total["value"]!.split(separator: ".").last?.count == 2)
        #expect(pence.reduce(0, +) == Int(total["value"]!.replacingOccurrences(of: ".", with: "")))
        // Cost per baby seen = total ÷ babies seen over the plan, and babies seen = the years' babies.
        let babies = try rows.filter { $0["figure"] == "babiesSeenByYear" }.map { try #require(Double($0["value"]!)) }
        #expect(isClose(babies.reduce(0, +), try Self.value(rows, "babiesSeen"), relativeTolerance: 1e-8))
        let perBaby = try Self.value(rows, "totalCostGBP") / Self.value(rows, "babiesSeen")
        #expect(abs(try Self.value(rows, "costPerBabySeenGBP") - perBaby) <= 0.005)
    }

    @Test func withDrawsTheIntervalsProbabilitiesAndTornadoRows() throws {
        let rows = try Self.rows([Self.leeds, "--draws", "200", "--seed", "9"])
        #expect(rows.prefix(2).map { [$0["section"]!, $0["figure"]!, $0["value"]!] } == [["run", "draws", "200"], ["run", "seed", "9"]])
        for row in rows where row["section"] == "plan" && row["figure"] != "costPerBabySeenGBP" {
            let (p10, p50, p90) = (Self.cell(row, "p10"), Self.cell(row, "p50"), Self.cell(row, "p90"))
            #expect(p10 <= p50 && p50 <= p90, "\(row)")
        }
        let probabilities = rows.filter { $0["section"] == "probability" }
        #expect(
            probabilities.map { $0["figure"]! } == ["workforceCoversNeed", "fundingCoversCost", "fundingCoversCost", "fundingCoversCost"])
        // 60% + 40% shares of each year's cost: funding always covers it.
        #expect(probabilities.dropFirst().allSatisfy { $0["value"] == "1" })
        let tornado = rows.filter { $0["section"] == "tornado" }
        #expect(tornado.map { $0["rank"]! } == tornado.indices.map { String($0 + 1) })
        let swings = tornado.map { Self.cell($0, "total_cost_swing_gbp") }
        #expect(swings == swings.sorted(by: >))
        // specialistShare's 80% interval is 0.2 to 0.45 (uncertainty.json), and need teams are proportional to it:
        // 8,617 × 0.18857 × 0.2 / 150 = 2.1665436 and × 0.45 / 150 = 4.8747231.
        let share = try #require(tornado.first { $0["figure"] == "specialistShare" })
        #expect(share["input_p10"] == "0.2" && share["input_p90"] == "0.45" && share["unit"] == "proportion of infants at risk")
        #expect(isClose(Self.cell(share, "need_teams_at_input_p10"), 8_617 * 0.18857 * 0.2 / 150, relativeTolerance: 1e-8))
        #expect(isClose(Self.cell(share, "need_teams_at_input_p90"), 8_617 * 0.18857 * 0.45 / 150, relativeTolerance: 1e-8))
        let low = Self.cell(share, "total_cost_gbp_at_input_p10")
        let high = Self.cell(share, "total_cost_gbp_at_input_p90")
        #expect(abs(Self.cell(share, "total_cost_swing_gbp") - abs(high - low)) <= 0.011)
        // The same run's JSON tornado, a second rendering of the same rows.
        let json = parseJSON(runCLI(["plan", Self.leeds, "--draws", "200", "--seed", "9", "--format", "json"]).stdout)
        let area = try #require((json["areas"] as? [[String: Any]])?.first)
        let jsonTornado = try #require(area["tornado"] as? [[String: Any]])
        #expect(jsonTornado.compactMap { $0["id"] as? String } == tornado.map { $0["figure"]! })
        for (j, c) in zip(jsonTornado, tornado) {
            #expect(abs((number(j["totalCostGBPAtP90"]) ?? .nan) - Self.cell(c, "total_cost_gbp_at_input_p90")) <= 0.005)
        }
    }

    @Test func everyFigureFixedGivesIntervalsEqualToThePlan() throws {
        let ids = try UncertaintySettingsTests.shippedIDs()
        let held = ids.map { "\"\($0)\": false" }.joined(separator: ", ")
        let config = writeConfig(
            areaConfig(
                "\"population\": 280000, \"births\": 3300, \"funding\": [{\"funder\": \"icb-cyp-mental-health\", \"share\": 1}]",
                top: "\"uncertainty\": {\"draws\": 50, \(held)}"))
        let rows = try Self.rows([config])
        let plan = rows.filter { $0["section"] == "plan" }
        #expect(plan.count == 17)
        for row in plan {
            let value = Self.cell(row, "value")
            for column in ["p10", "p50", "p90", "mean"] {
                #expect(isClose(Self.cell(row, column), value, relativeTolerance: 1e-9), "\(row["figure"] ?? "") \(column)")
            }
        }
        // No variation: every tornado row has no swing; the probabilities are 0 or 1.
        for row in rows where row["section"] == "tornado" {
            #expect(row["total_cost_swing_gbp"] == "0.00" && row["need_teams_swing"] == "0", "\(row)")
        }
        for row in rows where row["section"] == "probability" { #expect(row["value"] == "0" || row["value"] == "1") }
    }

    @Test func aRowPerAreaOfAMultiAreaPlan() throws {
        let config = writeConfig(
            """
            {"version": 1, "staffingModel": "spending-review-2021", "planYears": {"start": "2026/27", "count": 2}, "areas": [
              {"name": "North, the \\"first\\"", "population": 280000, "births": 3300},
              {"name": "South", "code": "E06000001", "population": 140000, "births": 1650}
            ]}
            """)
        let rows = try Self.rows([config])
        // 15 figures an area with two plan years: 11 for the plan and two a year of cost and of babies seen.
        #expect(rows.filter { $0["area"] == "North, the \"first\"" && $0["area_code"] == "" }.count == 15)
        #expect(rows.filter { $0["area"] == "South" && $0["area_code"] == "E06000001" }.count == 15)
        // Half the births and the same prevalence: half the need teams.
        let north = rows.filter { $0["area"] != "South" }
        let south = rows.filter { $0["area"] == "South" }
        #expect(isClose(try Self.value(south, "needTeams") * 2, try Self.value(north, "needTeams")))
    }

    @Test func outputIsWrittenAtomicallyAndNeverOverTheConfig() throws {
        let out = try CLI.temporaryDirectory().appendingPathComponent("leeds.csv")
        let written = runCLI(["plan", Self.leeds, "--format", "csv", "--draws", "50", "--output", out.path])
        #expect(written.code == 0 && written.stdout.isEmpty, "\(written.stderr)")
        let expected = runCLI(["plan", Self.leeds, "--format", "csv", "--draws", "50"]).stdout
        #expect(try String(contentsOf: out, encoding: .utf8) == expected)
        let config = writeConfig(try String(contentsOfFile: Self.leeds, encoding: .utf8))
        try OutputProtectionTests.expectRefused(["plan", config, "--format", "csv", "--output", config], keeps: config)
    }

    @Test func helpListsTheFormat() {
        let help = runCLI(["plan", "--help"]).stdout
        #expect(help.contains("--format markdown|json|html|csv"), "\(help)")
        #expect(runCLI(["plan", Self.leeds, "--format", "cvs"]).stderr.contains("did you mean 'csv'?"))
    }
}

/// Reads CSV text with Python's standard `csv` module and hands back the header and rows.
enum PythonCSV {
    /// python3 on `PATH`, else where Debian puts it.
    static let python: URL? = ((ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin"])
        .map { URL(fileURLWithPath: $0).appendingPathComponent("python3") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    static let script = """
        import csv, json, sys
        with open(sys.argv[1], newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        json.dump(rows, sys.stdout)
        """

    /// Each cell as Python's `float` reads it (`repr`: `"inf"`, `"-inf"`, `"2000.0"`), or `"text:"` and the cell when
    /// `float` refuses it (an empty cell, a word, a cell the formula guard quoted).
    static let floatScript = """
        import csv, json, sys
        def read(cell):
            try:
                return repr(float(cell))
            except ValueError:
                return "text:" + cell
        with open(sys.argv[1], newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        json.dump([rows[0]] + [[read(c) for c in row] for row in rows[1:]], sys.stdout)
        """

    static func read(_ text: String, script: String = script) throws -> (header: [String], rows: [[String]]) {
        let python = try #require(python, "python3 is needed to read the CSV with a real CSV reader")
        let file = try CLI.temporaryDirectory().appendingPathComponent("out.csv")
        try Data(text.utf8).write(to: file)
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", script, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String]])
        return (rows.first ?? [], Array(rows.dropFirst()))
    }
}
