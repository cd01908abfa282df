import Foundation
import Testing

/// Issue 12, class 8, through the command line: control characters in names and notes never reach Markdown, CSV or the
/// terminal raw, and blank names, ids and funder ids are refused with their field path.
@Suite struct TextSafetyTests {
    /// NUL, ESC, BEL and CR as a config writes them in JSON.
    static let hostile = #"Le\u0000e\u001b[31mds\u0007 \r x \ud83d\udc76"#

    /// Whether `text` holds a control character other than line feed and tab.
    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
    }

    @Test func noFormatOrStreamWritesAControlCharacterRaw() throws {
        let config = try CLI.write(
            try RobustnessTests.example(
                "leeds-joint-funded.json", [("\"name\": \"Leeds\",", "\"name\": \"\(Self.hostile)\", \"notes\": \"\(Self.hostile)\",")]),
            name: "leeds.json")
        let output = try CLI.temporaryDirectory().appendingPathComponent("compare.csv").path
        let runs = [
            ["plan", config], ["plan", config, "--format", "json"], ["compare", config, "E08000003"],
            ["compare", config, "E08000003", "--format", "csv"], ["compare", config, "E08000003", "--format", "csv", "--output", output],
            [
                "rollout",
                try CLI.write(
                    #"{"version": 1, "kind": "rollout", "title": "\#(Self.hostile)", "years": ["2022/23"], "labourPerTeam": {"parameter": "spendingReview2021LabourPerTeamGBP"}, "schedule": {"teamsFullyOperating": [1], "teamsComingIntoOperation": [0]}}"#
                ),
            ],
        ]
        for run in runs {
            let result = CLI.run(run)
            #expect(result.code == 0, "\(run): \(result.err)")
            #expect(!Self.hasRawControl(result.out + result.err), "\(run)")
        }
        let csv = try String(contentsOfFile: output, encoding: .utf8)
        #expect(!Self.hasRawControl(csv) && csv.contains("Le␀e␛[31mds␇ ␍ x 👶"), "\(csv)")
        #expect(CLI.run(["plan", config]).out.contains("## Le␀e␛[31mds␇"))
    }

    @Test func anErrorQuotingAControlCharacterShowsItVisibly() throws {
        let config = try RobustnessTests.example(
            "leeds-joint-funded.json", [("\"version\": 1,", #""version": 1, "combination": "\u001b[2J","#)])
        let result = CLI.run(["plan", try CLI.write(config, name: "c.json")])
        #expect(result.code == 1 && !Self.hasRawControl(result.err) && result.err.contains("␛[2J"), "\(result.err)")
    }

    @Test func areaDataNamesAreMadeVisibleToo() throws {
        let areas = try OutputProtectionTests.copy("areas")
        let file = areas.appendingPathComponent("local-authorities.csv")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "E08000035,Leeds,", with: "E08000035,Le\u{1B}[31meds\u{7},").utf8).write(to: file)
        for format in ["csv", "jsonl"] {
            let result = CLI.run(["batch", "--areas", "E08000035", "--area-data", areas.path, "--format", format])
            #expect(result.code == 0 && !Self.hasRawControl(result.out + result.err), "\(result.err)")
        }
    }

    @Test(arguments: [
        ("\"name\": \"Leeds\"", "\"name\": \" \"", "areas[0].name: found \" \"; expected the area's name, e.g. \"Leeds\", not blank"),
        ("\"code\": \"E08000035\"", "\"code\": \"\"", "areas[0].code: found \"\"; expected the area's GSS code"),
        (
            "{\"funder\": \"la-public-health\", \"share\": 0.4}",
            "{\"funder\": \"\\t\", \"name\": \"X\", \"outcomes\": [], \"share\": 0.4}",
            "areas[0].funding[1].funder: found \"\t\"; expected a funder id, not blank"
        ),
        (
            "{\"funder\": \"la-public-health\", \"share\": 0.4}",
            "{\"funder\": \"own\", \"name\": \" \", \"outcomes\": [], \"share\": 0.4}",
            "areas[0].funding[1].name: found \" \"; expected the funder's name, not blank"
        ),
        (
            "\"lowIncome\": {", "\" \": {\"prevalence\": 0.3, \"source\": \"x\", \"share\": 0.1}, \"lowIncome\": {",
            "areas[0].riskGroups. : found an object; expected a risk group id, e.g. \"lowIncome\" or a custom group's own as its key, not the blank \" \""
        ),
        (
            "\"staffingModel\": \"spending-review-2021\",",
            "\"staffingModel\": {\"name\": \" \", \"roles\": [{\"id\": \" \", \"title\": \"\", \"band\": \"6\", \"wte\": 1}]},",
            "staffingModel.name: found \" \"; expected a name for the custom staffing model, not blank"
        ),
    ])
    func aBlankNameOrIDIsRefusedWithItsPath(old: String, new: String, message: String) throws {
        try RobustnessTests.expectError("plan", try RobustnessTests.example("leeds-joint-funded.json", [(old, new)]), [message])
    }

    @Test func aCustomRolesBlankIDAndTitleAreRefused() throws {
        let config = try RobustnessTests.example(
            "leeds-joint-funded.json",
            [
                (
                    "\"staffingModel\": \"spending-review-2021\",",
                    "\"staffingModel\": {\"name\": \"T\", \"roles\": [{\"id\": \" \", \"band\": \"6\", \"wte\": 1}, {\"id\": \"b\", \"title\": \"\", \"band\": \"6\", \"wte\": 1}]},"
                )
            ])
        try RobustnessTests.expectError(
            "plan", config,
            [
                "staffingModel.roles[0].id: found \" \"; expected a role id",
                "staffingModel.roles[1].title: found \"\"; expected the role's title, not blank",
            ])
    }
}
