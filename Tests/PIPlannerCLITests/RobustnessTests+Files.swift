import Foundation
import PIPlannerIO
import PIPlannerModel
import Testing

/// Robustness of files and reference data: outputs onto devices, directories and broken or implausible reference
/// files, each named with its path.
extension RobustnessTests {
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
}
