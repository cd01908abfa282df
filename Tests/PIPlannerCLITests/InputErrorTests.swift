import Foundation
import Testing

/// Bad input never crashes and never yields a silent plan: exit 1 with file, field, value and expectation.
@Suite struct InputErrorTests {
    /// Plans `config` and expects exit 1 with every `fragments` in stderr, the file path, and nothing on stdout.
    func expectInvalid(_ config: String, _ fragments: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let path = writeConfig(config)
        let result = runCLI(["plan", path])
        #expect(result.code == 1, "exit code", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "no plan printed", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(path), "names the file: \(result.stderr)", sourceLocation: sourceLocation)
        for fragment in fragments {
            #expect(result.stderr.contains(fragment), "stderr lacks '\(fragment)': \(result.stderr)", sourceLocation: sourceLocation)
        }
        // validate reports the same problems.
        let validate = runCLI(["validate", path])
        #expect(validate.code == 1, sourceLocation: sourceLocation)
    }

    @Test func malformedJSONGivesLineAndColumn() {
        // Line 3 misses a comma after 280000; the parser stops at column 5 of line 4.
        expectInvalid(
            "{\n  \"version\": 1,\n  \"population\": 280000\n    \"births\": 3300\n}", [":4:5:", "malformed JSON", "expected ',' or '}'"])
    }

    @Test func unterminatedString() {
        expectInvalid("{\"version\": 1, \"title\": \"Oops}", [":1:25:", "unterminated string"])
    }

    @Test func emptyFile() {
        expectInvalid("", ["empty"])
    }

    @Test func wrongType() {
        expectInvalid(
            areaConfig("\"population\": \"280,000\", \"births\": 3300"),
            ["areas[0].population", "found \"280,000\"", "expected a finite number of persons"])
    }

    @Test func unknownKeyWithSuggestion() {
        expectInvalid(
            areaConfig("\"populaton\": 280000, \"births\": 3300"),
            ["areas[0].populaton", "unknown key \"populaton\"", "did you mean \"population\"?"])
    }

    @Test func unknownTopLevelKeyWithSuggestion() {
        expectInvalid(
            areaConfig("\"population\": 280000, \"births\": 3300", top: "\"planYear\": 2026"), ["planYear", "did you mean \"planYears\"?"])
    }

    @Test func unknownRiskGroupWithSuggestion() {
        expectInvalid(
            areaConfig("\"population\": 280000, \"births\": 3300, \"riskGroups\": {\"lowincome\": {\"share\": 0.2}}"),
            ["areas[0].riskGroups.lowincome", "did you mean \"lowIncome\"?"])
    }

    @Test func missingRequiredFields() {
        expectInvalid(areaConfig("\"births\": 3300"), ["areas[0].population: missing", "population"])
        expectInvalid(areaConfig("\"population\": 280000"), ["areas[0].births: missing", "birthRatePer1000"])
        expectInvalid("{\"areas\": []}", ["version: missing"])
        expectInvalid("{\"version\": 1, \"planYears\": {\"start\": \"2026/27\", \"count\": 1}}", ["areas: missing"])
    }

    @Test func wrongVersion() {
        expectInvalid("{\"version\": 2, \"areas\": []}", ["version: found 2", "expected 1"])
    }

    @Test func percentageInsteadOfProportion() {
        expectInvalid(
            areaConfig("\"population\": 280000, \"births\": 3300, \"riskGroups\": {\"lowIncome\": {\"share\": 15}}"),
            ["areas[0].riskGroups.lowIncome.share", "found 15", "proportion between 0 and 1", "did you mean 0.15?"])
        expectInvalid(
            areaConfig("\"population\": 280000, \"births\": 3300, \"baselinePrevalence\": 15"),
            ["areas[0].baselinePrevalence", "found 15", "did you mean 0.15?"])
        expectInvalid(
            areaConfig("\"population\": 280000, \"births\": 3300, \"riskGroups\": {\"lowIncome\": {\"share\": 0.2, \"prevalence\": 34}}"),
            ["areas[0].riskGroups.lowIncome.prevalence", "did you mean 0.34?"])
        expectInvalid(
            areaConfig("\"population\": 280000, \"births\": 3300", top: "\"assumptions\": {\"onCostRate\": 14}"),
            ["assumptions.onCostRate", "did you mean 0.14?"])
    }

    @Test func negativeZeroAndNonFinitePopulationAndBirths() {
        expectInvalid(areaConfig("\"population\": -280000, \"births\": 3300"), ["areas[0].population", "found -280000", "greater than 0"])
        expectInvalid(areaConfig("\"population\": 0, \"births\": 3300"), ["areas[0].population", "found 0", "greater than 0"])
        expectInvalid(areaConfig("\"population\": 280000, \"births\": 0"), ["areas[0].births", "found 0", "greater than 0"])
        expectInvalid(areaConfig("\"population\": 280000, \"births\": -5"), ["areas[0].births", "found -5"])
        expectInvalid(areaConfig("\"population\": NaN, \"births\": 3300"), ["areas[0].population", "found NaN", "finite"])
        expectInvalid(areaConfig("\"population\": 280000, \"births\": Infinity"), ["areas[0].births", "found Infinity", "finite"])
        expectInvalid(areaConfig("\"population\": 1e999, \"births\": 3300"), ["areas[0].population", "finite"])
    }

    @Test func sharesAboveOneUnderExclusive() {
        expectInvalid(
            areaConfig(
                "\"population\": 280000, \"births\": 3300, \"combination\": \"exclusive\", \"riskGroups\": {\"lowIncome\": {\"share\": 0.7}, \"parentalDepression\": {\"share\": 0.5}}"
            ), ["areas[0].riskGroups", "sum to 1.2", "'exclusive'", "highest-risk"])
    }

    @Test func overlappingSharesAboveOneAreFineUnderHighestRisk() {
        let result = runCLI([
            "plan",
            writeConfig(
                areaConfig(
                    "\"population\": 280000, \"births\": 3300, \"combination\": \"highest-risk\", \"riskGroups\": {\"lowIncome\": {\"share\": 0.7}, \"parentalDepression\": {\"share\": 0.5}}"
                )),
        ])
        #expect(result.code == 0, "\(result.stderr)")
    }

    @Test func unknownStaffingModel() {
        expectInvalid(
            areaConfig("\"population\": 280000, \"births\": 3300, \"staffingModel\": \"spending-review-2022\""),
            ["areas[0].staffingModel", "found \"spending-review-2022\"", "did you mean \"spending-review-2021\"?"])
    }

    @Test func staffingModelWithoutBandsNeedsThem() {
        expectInvalid(
            areaConfig("\"population\": 280000, \"births\": 3300, \"staffingModel\": \"greater-manchester-2019\""),
            ["areas[0].staffingModel", "gives no band", "bands"])
        expectInvalid(
            areaConfig(
                "\"population\": 280000, \"births\": 3300, \"staffingModel\": {\"base\": \"greater-manchester-toolkit-2019\", \"bands\": {\"socialWorker\": \"6\"}}"
            ), ["areas[0].staffingModel.bands.homeStartWorker: missing"])
    }

    @Test func unknownBand() {
        let model = "\"staffingModel\": {\"name\": \"Mine\", \"roles\": [{\"id\": \"lead\", \"band\": \"8e\", \"wte\": 1}]}"
        expectInvalid(
            areaConfig("\"population\": 280000, \"births\": 3300, \(model)"),
            ["areas[0].staffingModel.roles[0].band", "found band \"8e\"", "Agenda for Change band", "did you mean"])
    }

    @Test func unknownPayYear() {
        expectInvalid(
            areaConfig("\"population\": 280000, \"births\": 3300", top: "\"pay\": {\"year\": \"2026/27\"}"),
            ["pay.year", "found \"2026/27\"", "\"2025/26\""])
    }

    @Test func bandMissingForPayYearFailsUnlessAYearIsNamed() {
        // 2024/25 in the staged pay scales has bands 2-6 only: band 7, 8b and 8c are missing (SOURCES.md).
        expectInvalid(
            areaConfig("\"population\": 280000, \"births\": 3300", top: "\"pay\": {\"year\": \"2024/25\"}"),
            ["band 8c", "2024/25", "bandYears"])
        let named = areaConfig(
            "\"population\": 280000, \"births\": 3300",
            top: "\"pay\": {\"year\": \"2024/25\", \"bandYears\": {\"7\": \"2023/24\", \"8b\": \"2023/24\", \"8c\": \"2023/24\"}}")
        let result = runCLI(["plan", writeConfig(named)])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("pay-year-fallback"))
    }

    @Test func missingPayPointIsAnErrorNotAGuess() {
        // 2023/24 has no band 8c top point in the staged scales.
        expectInvalid(
            areaConfig("\"population\": 280000, \"births\": 3300", top: "\"pay\": {\"year\": \"2023/24\", \"point\": \"top\"}"),
            ["band 8c", "point \"top\"", "Entry"])
    }

    @Test func unknownAssumptionWithSuggestion() {
        expectInvalid(
            areaConfig("\"population\": 280000, \"births\": 3300", top: "\"assumptions\": {\"onCostsRate\": 0.2}"),
            ["assumptions.onCostsRate", "did you mean \"onCostRate\"?"])
    }

    @Test func fundingErrors() {
        expectInvalid(
            areaConfig("\"population\": 280000, \"births\": 3300, \"funding\": [{\"funder\": \"icb-cyp-mental-helth\", \"share\": 0.5}]"),
            ["areas[0].funding[0].funder", "did you mean \"icb-cyp-mental-health\"?"])
        expectInvalid(
            areaConfig(
                "\"population\": 280000, \"births\": 3300, \"funding\": [{\"funder\": \"la-public-health\", \"share\": 0.7}, {\"funder\": \"icb-cyp-mental-health\", \"share\": 0.6}]"
            ), ["areas[0].funding", "sum to 1.3"])
        expectInvalid(
            areaConfig(
                "\"population\": 280000, \"births\": 3300, \"funding\": [{\"funder\": \"la-public-health\", \"amountsGBP\": [1, 2]}]"),
            ["areas[0].funding[0].amountsGBP", "3 amounts"])
    }

    @Test func everyProblemIsReportedAtOnce() {
        let path = writeConfig(areaConfig("\"population\": -1, \"births\": 0, \"riskGroups\": {\"lowIncome\": {\"share\": 15}}"))
        let result = runCLI(["validate", path])
        #expect(result.code == 1)
        // One diagnostic a field, each with the file, line:column and field path.
        let lines = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(lines.count == 3, "\(result.stderr)")
        for field in ["areas[0].population", "areas[0].births", "areas[0].riskGroups.lowIncome.share"] {
            #expect(lines.contains { $0.hasPrefix("\(path):") && $0.contains(": error: \(field): found ") }, "\(field): \(result.stderr)")
        }
        #expect(result.stderr.contains("\n  note: a percentage? did you mean 0.15?\n"), "\(result.stderr)")
    }

    @Test func endlessInputIsRefusedNotReadForever() throws {
        // A config path that is a link to /dev/zero: read up to the input limit, then refused.
        let link = temporaryDirectory().appendingPathComponent("zero.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/zero")
        let result = runCLI(["plan", link.path])
        #expect(result.code == 1)
        #expect(result.stderr.contains("larger than"))
    }

    @Test func missingFile() {
        let result = runCLI(["plan", "/nonexistent/plan.json"])
        #expect(result.code == 1)
        #expect(result.stderr.contains("/nonexistent/plan.json: error: file not found"))
    }
}

@Suite struct UsageErrorTests {
    @Test func usageErrorsExit2() {
        #expect(runCLI([]).code == 2)
        #expect(runCLI(["plna"]).code == 2)
        #expect(runCLI(["plna"]).stderr.contains("note: did you mean 'plan'?"))
        #expect(runCLI(["plan"]).code == 2)
        #expect(runCLI(["plan", "a.json", "b.json"]).code == 2)
        #expect(runCLI(["plan", "a.json", "--format", "pdf"]).code == 2)
        #expect(runCLI(["plan", "a.json", "--fromat", "json"]).stderr.contains("did you mean '--format'"))
        #expect(runCLI(["plan", "a.json", "--output"]).code == 2)
        #expect(runCLI(["validate"]).code == 2)
        #expect(runCLI(["reference", "extra"]).code == 2)
    }

    @Test func helpForEachCommand() {
        for command in ["plan", "validate", "reference"] {
            let result = runCLI([command, "--help"])
            #expect(result.code == 0)
            #expect(result.stdout.contains("USAGE: piplanner \(command)"))
        }
        #expect(runCLI(["--help"]).stdout.contains("COMMANDS"))
        #expect(runCLI(["help", "plan"]).stdout.contains("USAGE: piplanner plan"))
    }

    @Test func outputNeverOverwritesTheInput() throws {
        let path = writeConfig(areaConfig("\"population\": 280000, \"births\": 3300"))
        let before = try String(contentsOfFile: path, encoding: .utf8)
        let result = runCLI(["plan", path, "--output", path])
        #expect(result.code == 2)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
    }

    @Test func outputIsWrittenToAFile() throws {
        let path = writeConfig(areaConfig("\"population\": 280000, \"births\": 3300"))
        let out = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("plan.md").path
        let result = runCLI(["plan", path, "--output", out])
        #expect(result.code == 0)
        #expect(result.stdout.isEmpty)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("# "))
        // No temporary file left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: out).deletingLastPathComponent().path)
            .filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
