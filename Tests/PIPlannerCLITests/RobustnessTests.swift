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

    @Test func outputIntoAFIFOWritesThroughItInsteadOfReplacingIt() throws {
        // --output /dev/null (or any device or pipe) renamed a temporary file over it: as root this replaced /dev/null
        // with a regular file. A FIFO stands in for the device here; a reader opened first collects what is written.
        let dir = try CLI.temporaryDirectory()
        let fifo = dir.appendingPathComponent("out.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        let result = CLI.run(["plan", CLI.example("leeds-joint-funded.json"), "--output", fifo])
        #expect(result.code == 0, "\(result.err)")
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = read(reader, &buffer, buffer.count)
            if n <= 0 { break }
            received.append(contentsOf: buffer[0..<n])
        }
        let expected = CLI.run(["plan", CLI.example("leeds-joint-funded.json")]).out
        #expect(String(decoding: received, as: UTF8.self) == expected)
        var info = stat()
        #expect(stat(fifo, &info) == 0 && info.st_mode & mode_t(S_IFMT) == mode_t(S_IFIFO), "still a FIFO")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.fifo"], "no temporary file left")
    }

    @Test func outputOntoADirectoryOrEmptyIsRefusedClearly() throws {
        let dir = try CLI.temporaryDirectory()
        let plan = CLI.run(["plan", CLI.example("leeds-joint-funded.json"), "--output", dir.path])
        #expect(plan.code == 1)
        #expect(plan.err.contains("\(dir.path): error: cannot write output: it is a directory; expected a file name"))
        // init said "the file already exists" of a directory, even with --force.
        for extra in [[], ["--force"]] {
            let initResult = CLI.run(["init", "--area", "E08000035", "--output", dir.path] + extra)
            #expect(initResult.code == 1)
            #expect(initResult.err.contains("it is a directory; expected a file name"), "\(initResult.err)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty, "nothing left behind")
        // An empty --output wrote nowhere with "Is a directory"; --reference-data "" was silently ignored;
        // --scenario "" said ": error: file not found". Each is a usage error.
        for arguments in [
            ["plan", CLI.example("leeds-joint-funded.json"), "--output="],
            ["plan", CLI.example("leeds-joint-funded.json"), "--output", ""],
            ["plan", CLI.example("leeds-joint-funded.json"), "--reference-data", ""], ["batch", "--areas", "E08000035", "--scenario", ""],
        ] {
            let empty = CLI.run(arguments)
            #expect(empty.code == 2, "\(arguments)")
            #expect(empty.out.isEmpty)
            #expect(empty.err.contains("needs a value; got an empty one"), "\(arguments): \(empty.err)")
        }
    }

    @Test func aDirectoryGivenAsAFileIsNamedAsSuch() throws {
        // Was "cannot read: permission denied or not a file" (configs) and "file not found" (a file as --reference-data).
        let dir = try CLI.temporaryDirectory().path
        for (arguments, expected) in [
            (["plan", dir], "\(dir): error: cannot read: it is a directory; expected a config file"),
            (["validate", dir], "\(dir): error: cannot read: it is a directory; expected a config file"),
            (["rollout", dir], "\(dir): error: cannot read: it is a directory; expected a rollout config file"),
            (
                ["batch", "--areas", "E08000035", "--scenario", dir],
                "\(dir): error: cannot read: it is a directory; expected a scenario file"
            ),
            (
                ["reference", "--reference-data", CLI.example("leeds-joint-funded.json")],
                "\(CLI.example("leeds-joint-funded.json")): error: cannot read: not a directory; expected a reference-data directory"
            ),
        ] {
            let result = CLI.run(arguments)
            #expect(result.code == 1, "\(arguments)")
            #expect(result.err.contains(expected), "\(arguments): \(result.err)")
        }
    }

    @Test func aBrokenReferenceFileIsNamedWithItsDirectory() throws {
        // Errors in a --reference-data directory named the file relative ("parameters.json:1:1"), not where it is.
        let dir = try CLI.temporaryDirectory()
        let shipped = CLI.packageRoot.appendingPathComponent("ReferenceData")
        for name in try FileManager.default.contentsOfDirectory(atPath: shipped.path) where name != "areas" {
            try FileManager.default.copyItem(at: shipped.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        try Data().write(to: dir.appendingPathComponent("parameters.json"))
        let result = CLI.run(["reference", "--reference-data", dir.path])
        #expect(result.code == 1)
        #expect(result.err.contains("\(dir.appendingPathComponent("parameters.json").path):1:1: error: malformed JSON"), "\(result.err)")
    }

    /// A copy of the shipped reference data (without the area files) with `edit` applied to one file.
    static func referenceData(_ file: String, _ edit: (String) -> String) throws -> URL {
        let dir = try CLI.temporaryDirectory()
        let shipped = CLI.packageRoot.appendingPathComponent("ReferenceData")
        for name in try FileManager.default.contentsOfDirectory(atPath: shipped.path) where name != "areas" {
            try FileManager.default.copyItem(at: shipped.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let url = dir.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(edit(text) != text, "the edit applies")
        try edit(text).write(to: url, atomically: true, encoding: .utf8)
        return dir
    }

    /// Regression: reference data was not range-checked. A reference population of 0 made coverage teams infinite,
    /// a training figure of 1e300 or a salary of inf trapped converting to pence, NaN was taken as a value, and a
    /// staffing model with no roles (or a role without WTE, taken as 0) divided by a team of 0 WTE.
    @Test(arguments: [
        (
            "parameters.json", "\"value\": 280000,", "\"value\": 0,",
            "parameters.json:157:16: error: parameters[12].value: found 0; expected a number of persons greater than 0"
        ),
        (
            "parameters.json", "\"value\": 11077.5,", "\"value\": 1e300,",
            "parameters[22].value: found 1e+300; expected GBP per team in its first year of at most £46,116,860,184,273,880"
        ),
        (
            "parameters.json", "\"value\": 150,", "\"value\": NaN,",
            "parameters[14].value: found NaN; expected a finite number of babies a year per fully operating team greater than 0"
        ),
        (
            "staffing-models.json", "{\"id\": \"admin\", \"title\": \"Administrator\", \"band\": \"4\", \"wte\": 0.8}",
            "{\"id\": \"admin\", \"title\": \"Administrator\", \"band\": \"4\"}", "models[0].roles[5].wte: missing; expected WTE per team"
        ),
        (
            "pay-scales/nhs_afc_pay_points_england.csv", "2021/22,England,2,Entry,<2 years,18546,", "2021/22,England,2,Entry,<2 years,inf,",
            "nhs_afc_pay_points_england.csv:2: error: annual_salary_gbp: \"inf\" is not a positive number of pounds"
        ),
    ])
    func referenceDataIsRangeChecked(file: String, old: String, new: String, message: String) throws {
        let dir = try Self.referenceData(file) { $0.replacingOccurrences(of: old, with: new) }
        for command in [["reference"], ["plan", CLI.example("leeds-joint-funded.json")]] {
            let result = CLI.run(command + ["--reference-data", dir.path])
            #expect(result.code == 1, "\(command): \(result.err)")
            #expect(result.out.isEmpty)
            #expect(result.err.contains(dir.path) && result.err.contains(message), "\(command): \(result.err)")
        }
    }

    @Test func everyReferenceProportionIsAProportion() throws {
        // The national maltreatment share as a percentage (3.4) gave data areas a prevalence above 100%.
        let dir = try Self.referenceData("parameters.json") {
            $0.replacingOccurrences(of: "\"value\": 0.034035414854275046,", with: "\"value\": 3.4,")
        }
        let result = CLI.run(["batch", "--areas", "E08000035", "--reference-data", dir.path])
        #expect(result.code == 1 && result.out.isEmpty)
        #expect(
            result.err.contains(
                ".value: found 3.4; expected a proportion between 0 and 1 (e.g. 0.15 for 15%)\n  note: a percentage? did you mean 0.034?\n"),
            "\(result.err)")
    }

    @Test func aReferenceStaffingModelNeedsRoles() throws {
        let dir = try Self.referenceData("staffing-models.json") { text in
            // Empty the first model's roles: everything between its "roles": [ and the closing ] of that list.
            guard let start = text.range(of: "\"roles\": ["), let end = text.range(of: "]\n    },", range: start.upperBound..<text.endIndex)
            else { return text }
            return text.replacingCharacters(in: start.upperBound..<end.lowerBound, with: "")
        }
        let result = CLI.run(["plan", CLI.example("leeds-joint-funded.json"), "--reference-data", dir.path])
        #expect(result.code == 1)
        #expect(result.err.contains("models[0].roles: found an array of 0; expected an array of at least one role"), "\(result.err)")
    }

    @Test func rolloutYearsNearTheEdgesOfTheCalendarAreReported() throws {
        // {"start": "0000/01"} made labels "0/01", "1/02" that read back as no year: exit 1 with nothing on stderr.
        try Self.expectError(
            "rollout", try Self.example("oldham-from-areas-rollout.json", [("\"start\": \"2026/27\"", "\"start\": \"0000/01\"")]),
            [
                "labourPerTeam.pay.year: found \"2025/26\"; expected a pay year no later than the first rollout year 0000/01",
                "schedule.fromAreas.fullyOperatingFrom: found \"2028/29\"; expected one of \"0000/01\", \"0001/02\", \"0002/03\"",
            ])
        // {"start": "9999/00"} trapped uplifting labour over 7,974 years (and ran past four-digit years unremarked).
        // 2025/26 entry labour with employer on-costs, £314,157.31 before rounding (see AcceptanceFigureTests) × 1.03^7974 ≈ £7.26e107.
        try Self.expectError(
            "rollout", try Self.example("oldham-from-areas-rollout.json", [("\"start\": \"2026/27\"", "\"start\": \"9999/00\"")]),
            [
                "years.start: found \"9999/00\"; expected a financial year from which 3 years have four-digit labels (the last is 9999/00)",
                "labourPerTeam.pay.year: found 2025/26: labour of £314,157.31 a team a year, uplifted 3% a year for 7974 years to 9999/00, is about £7.26e+107",
            ])
        // The same through a price year.
        try Self.expectError(
            "rollout",
            try Self.example(
                "spending-review-2021-rollout.json",
                [
                    (
                        "{\"parameter\": \"spendingReview2021LabourPerTeamGBP\"}",
                        "{\"parameter\": \"spendingReview2021LabourPerTeamGBP\", \"priceYear\": \"0000/01\"}"
                    ),
                    ("[\"2022/23\", \"2023/24\", \"2024/25\", \"2025/26\"]", "[\"9990/91\", \"9991/92\", \"9992/93\", \"9993/94\"]"),
                ]),
            ["labourPerTeam.priceYear: found 0000/01: labour of £237,684.8 a team a year, uplifted 3% a year for 9990 years to 9990/91"])
        try Self.expectError(
            "plan", try Self.example("leeds-joint-funded.json", [("\"start\": \"2026/27\"", "\"start\": \"9999/00\"")]),
            ["planYears.start: found \"9999/00\"; expected a financial year from which 3 years have four-digit labels"])
    }

    @Test func lsoaCountsTooLargeToAddAreABadRow() throws {
        // Buckinghamshire is split between two ICBs (315;4 LSOAs); counts of Int.max each overflowed adding them up.
        let dir = try AreaFiles.copy { text in
            text.replacingOccurrences(
                of: "E54000044;E54000024,315;4,", with: "E54000044;E54000024,9223372036854775807;9223372036854775807,")
        }.path
        // Under IDACI an ICB's share is weighed from its authorities' rows (under CILIF it is in icbs.csv itself).
        let result = CLI.run(["batch", "--areas", "icbs", "--area-data", dir, "--low-income-measure", "idaci-2019"])
        #expect(result.code == 1, "a partial batch: \(result.err.prefix(300))")
        #expect(
            result.err.contains("local-authorities.csv:")
                && result.err.contains(": note: icb22_lsoa11_counts: row E06000060 left out: counts too large to add up"), "\(result.err)")
        // The ICBs Buckinghamshire is in are excluded (their authority was rejected); the other 40 are planned.
        #expect(parseCSV(result.out).filter { $0["code"] != "TOTAL" }.count == 40)
    }

    /// Regression: `"assumptions": {"specialistShare": 0}` planned 0 teams at £0 with no warning, though an area's own
    /// specialistShare (and baselinePrevalence) of 0 is refused. Both are now greater than 0 wherever given.
    @Test(arguments: ["specialistShare", "baselinePrevalence"])
    func aZeroNeedProportionIsRefusedEverywhere(id: String) throws {
        let expected = "assumptions.\(id): found 0; expected a proportion greater than 0 and at most 1"
        try Self.expectError(
            "plan", try Self.example("leeds-joint-funded.json", [("\"version\": 1,", "\"version\": 1, \"assumptions\": {\"\(id)\": 0},")]),
            [expected])
        let scenario = try CLI.write("{\"version\": 1, \"assumptions\": {\"\(id)\": 0}}", name: "scenario.json")
        let batch = CLI.run(["batch", "--areas", "E08000035", "--scenario", scenario])
        #expect(batch.code == 1 && batch.out.isEmpty)
        #expect(batch.err.contains(expected), "\(batch.err)")
    }

    @Test func referencePresetsAreRangeChecked() throws {
        // A preset's 10 (meaning 10%) slipped through as a prevalence of 10 (1,000%).
        let dir = try Self.referenceData("presets.json") {
            $0.replacingOccurrences(of: "\"baselinePrevalence\": 0.10", with: "\"baselinePrevalence\": 10")
        }
        let result = CLI.run(["reference", "--reference-data", dir.path])
        #expect(result.code == 1)
        #expect(
            result.err.contains(
                "presets.json:9:45: error: presets[0].assumptions.baselinePrevalence: found 10; expected a proportion between 0 and 1 (e.g. 0.15 for 15%)\n  note: a percentage? did you mean 0.1?\n"
            ), "\(result.err)")
        let zero = try Self.referenceData("parameters.json") {
            $0.replacingOccurrences(of: "\"value\": 0.30303030303030304,", with: "\"value\": 0,")
        }
        let plan = CLI.run(["plan", CLI.example("leeds-joint-funded.json"), "--reference-data", zero.path])
        #expect(plan.code == 1)
        #expect(plan.err.contains(".value: found 0; expected a proportion greater than 0 and at most 1"), "\(plan.err)")
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

/// A small deterministic generator (SplitMix64): every fuzz run sees the same inputs, so a failure can be replayed.
struct FuzzGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Mutates config text by JSON token (delete, duplicate, swap, or replace a number or string with an awkward one)
/// or by byte (delete, duplicate, replace).
enum ConfigMutator {
    static let numbers = [
        "0", "-1", "-0", "0.5", "1.5", "3", "15", "100", "10000", "1e15", "1e20", "1e308", "-1e308", "1e-308", "2.5e-7",
        "9007199254740993", "NaN", "Infinity", "-Infinity",
    ]
    static let strings = [
        "\"\"", "\"x\"", "\"2026/27\"", "\"2022/23\"", "\"9999/00\"", "\"0000/01\"", "\"-001/00\"", "\"coverage\"", "\"need\"",
        "\"exclusive\"", "\"top\"", "\"Year 2\"", "\"8c\"", "\"9\"", "\"la-public-health\"", "\"spending-review-2021\"",
        "\"greater-manchester-toolkit-2019\"", "\"story-of-hope-2023\"", "\"rollout\"", "\"oldham-metropolitan-borough.json\"",
        "\"/\"", "\"..\"", "\"\\u0000\"", "\"\\r\\n=1+1\"",
    ]

    /// Whitespace, comments, strings, numbers, words and single punctuation characters, in order; joined they give `text` back.
    static func tokens(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var tokens: [String] = []
        var i = 0
        func take(_ n: Int) {
            tokens.append(String(String.UnicodeScalarView(s[i..<min(i + n, s.count)])))
            i = min(i + n, s.count)
        }
        while i < s.count {
            let c = s[i]
            var j = i + 1
            if c == " " || c == "\n" || c == "\t" || c == "\r" {
                while j < s.count, s[j] == " " || s[j] == "\n" || s[j] == "\t" || s[j] == "\r" { j += 1 }
            } else if c == "/", i + 1 < s.count, s[i + 1] == "/" {
                while j < s.count, s[j] != "\n" { j += 1 }
            } else if c == "\"" {
                while j < s.count, s[j] != "\"" { j += s[j] == "\\" ? 2 : 1 }
                j = min(j + 1, s.count)
            } else if "-+.0123456789".unicodeScalars.contains(c) {
                while j < s.count, "-+.0123456789eE".unicodeScalars.contains(s[j]) { j += 1 }
            } else if c.properties.isAlphabetic || c == "_" {
                while j < s.count, s[j].properties.isAlphabetic || s[j] == "_" || ("0"..."9").contains(s[j]) { j += 1 }
            }
            take(j - i)
        }
        return tokens
    }

    static func mutate(_ text: String, _ rng: inout FuzzGenerator) -> String {
        var t = tokens(text)
        let meaningful = { (t: [String]) in t.indices.filter { !t[$0].allSatisfy { $0.isWhitespace } && !t[$0].hasPrefix("//") } }
        for _ in 0..<Int.random(in: 1...2, using: &rng) {
            let candidates = meaningful(t)
            guard let i = candidates.randomElement(using: &rng) else { break }
            // Mostly values, so that many mutants still parse and reach the checks and the engine.
            switch Int.random(in: 0..<20, using: &rng) {
            case 0..<3: t.remove(at: i)
            case 3..<5: t.insert(t[i], at: i)
            case 5..<7: if let j = candidates.randomElement(using: &rng) { t.swapAt(i, j) }
            case 7..<13:
                if let n = candidates.filter({ t[$0].first.map { "-0123456789".contains($0) } ?? false }).randomElement(using: &rng) {
                    t[n] = numbers.randomElement(using: &rng)!
                }
            case 13..<17:
                if let n = candidates.filter({ t[$0].hasPrefix("\"") }).randomElement(using: &rng) {
                    t[n] = strings.randomElement(using: &rng)!
                }
            default:
                var bytes = Array(t.joined().utf8)
                guard !bytes.isEmpty else { break }
                let b = Int.random(in: 0..<bytes.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: bytes.remove(at: b)
                case 1: bytes.insert(bytes[b], at: b)
                default: bytes[b] = UInt8.random(in: 0...255, using: &rng)
                }
                t = tokens(String(decoding: bytes, as: UTF8.self))
            }
        }
        return t.joined()
    }
}

/// Mutated example configs never crash a command: it exits 0 with output, or 1 with an `error:` naming the file and
/// no output. Deterministic (fixed seeds); each case is replayable from its seed and index.
@Suite struct ConfigFuzzTests {
    static let planExamples = ["leeds-joint-funded.json", "oldham-metropolitan-borough.json", "shropshire-rural-custom-team.json"]
    static let rolloutExamples = [
        "spending-review-2021-rollout.json", "england-202-teams-derived-rollout.json", "oldham-from-areas-rollout.json",
    ]

    @Test func tokenizerGivesTheTextBack() throws {
        for name in Self.planExamples + Self.rolloutExamples {
            let text = try String(contentsOfFile: CLI.example(name), encoding: .utf8)
            #expect(ConfigMutator.tokens(text).joined() == text)
        }
    }

    /// Runs `command` on `cases` mutations of the examples through `PIPlannerCommand.run`, in-process.
    func fuzzCommand(_ command: String, examples: [String], seed: UInt64, cases: Int) throws {
        let dir = try CLI.temporaryDirectory()
        // The from-areas rollout reads this plan config beside it.
        try FileManager.default.copyItem(
            atPath: CLI.example("oldham-metropolitan-borough.json"),
            toPath: dir.appendingPathComponent("oldham-metropolitan-borough.json").path)
        let texts = try examples.map { try String(contentsOfFile: CLI.example($0), encoding: .utf8) }
        let path = dir.appendingPathComponent("fuzz.json").path
        var rng = FuzzGenerator(seed: seed)
        var outcomes = [Int32: Int]()
        for index in 0..<cases {
            let mutated = ConfigMutator.mutate(texts.randomElement(using: &rng)!, &rng)
            try Data(mutated.utf8).write(to: URL(fileURLWithPath: path))
            let result = CLI.run([command, path])
            outcomes[result.code, default: 0] += 1
            let context = Comment(
                rawValue:
                    "\(command) case \(index) (seed \(seed)): exit \(result.code)\n\(result.err.prefix(400))\n--- config ---\n\(mutated)")
            #expect(result.code == 0 || result.code == 1, context)
            if result.code == 0 {
                #expect(!result.out.isEmpty, context)
            } else {
                #expect(result.out.isEmpty, Comment(rawValue: "no output with an error: " + context.rawValue))
                #expect(result.err.hasPrefix("error: ") || result.err.contains(": error: "), context)
                #expect(result.err.contains(dir.path), Comment(rawValue: "names the file: " + context.rawValue))
            }
        }
        // The mutations reach both outcomes: not all rejected at the parser, not all harmless.
        #expect(outcomes[0, default: 0] > cases / 10 && outcomes[1, default: 0] > cases / 10, "\(outcomes)")
    }

    @Test func planSurvivesMutatedConfigs() throws {
        try fuzzCommand("plan", examples: Self.planExamples, seed: 0xF022_0001, cases: 150)
    }

    @Test func rolloutSurvivesMutatedConfigs() throws {
        try fuzzCommand("rollout", examples: Self.rolloutExamples, seed: 0xF022_0002, cases: 150)
    }

    /// Many more cases through the loaders and renderers the commands use, with the reference data decoded once.
    @Test func loadersAndRenderersSurviveMutatedConfigs() throws {
        let reference = try ReferenceData.embedded()
        let dir = try CLI.temporaryDirectory()
        try FileManager.default.copyItem(
            atPath: CLI.example("oldham-metropolitan-borough.json"),
            toPath: dir.appendingPathComponent("oldham-metropolitan-borough.json").path)
        let plans = try Self.planExamples.map { try String(contentsOfFile: CLI.example($0), encoding: .utf8) }
        let rollouts = try Self.rolloutExamples.map { try String(contentsOfFile: CLI.example($0), encoding: .utf8) }
        var rng = FuzzGenerator(seed: 0xF022_0003)
        var loaded = 0
        for index in 0..<1_200 {
            let isPlan = index % 2 == 0
            let mutated = ConfigMutator.mutate((isPlan ? plans : rollouts).randomElement(using: &rng)!, &rng)
            let context = Comment(rawValue: "case \(index)\n\(mutated)")
            do {
                if isPlan {
                    let plan = try PlanConfigLoader(reference: reference).load(text: mutated, file: "fuzz.json")
                    let results = plan.areas.map { AreaPlanner.plan($0.input, assumptions: $0.assumptions) }
                    #expect(!PlanMarkdownRenderer.render(plan: plan, results: results, reference: reference, version: "0").isEmpty, context)
                    #expect(!PlanJSONRenderer.render(plan: plan, results: results, version: "0").isEmpty, context)
                    #expect(
                        !CompareRenderer.csv(
                            results.map { CompareEntry(plan: $0, origin: "fuzz.json") }, rankBy: CompareRenderer.defaultRankBy
                        ).isEmpty, context)
                } else {
                    let config = try RolloutConfigLoader(reference: reference).load(text: mutated, file: "fuzz.json", baseDirectory: dir)
                    let rollout = try RolloutPlanner(reference: reference).plan(config)
                    #expect(!RolloutMarkdownRenderer.render(rollout, version: "0").isEmpty, context)
                    #expect(!RolloutJSONRenderer.render(rollout, version: "0").isEmpty, context)
                    #expect(!RolloutCSVRenderer.render(rollout).isEmpty, context)
                }
                loaded += 1
            } catch {
                #expect(error.description.contains("error"), context)
                #expect(!error.diagnostics.isEmpty, Comment(rawValue: "an error names at least one problem: " + context.rawValue))
                #expect(error.diagnostics.allSatisfy { !$0.message.isEmpty && $0.location.file?.isEmpty == false }, context)
            }
        }
        #expect(loaded > 120, "mutations that still load are planned and rendered: \(loaded)")
    }
}
