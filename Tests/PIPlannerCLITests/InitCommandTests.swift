import Foundation
import Testing

/// `piplanner init --area CODE`: a commented starter config that `plan` runs unchanged.
@Suite struct InitCommandTests {
    @Test func leedsStarterConfigRunsUnchanged() throws {
        let file = temporaryDirectory().appendingPathComponent("leeds.json").path
        let result = runCLI(["init", "--area", "E08000035", "--output", file])
        #expect(result.code == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        // Every figure carries its source in a comment.
        for fragment in [
            "\"population\": 822483", "\"births\": 8617", "\"share\": 0.24975495500082742", "\"shareScope\": \"local\"",
            "\"shareScope\": \"local-derived\"", "\"lowIncomeMeasure\": \"cilif-fye2025\"", "\"shareYear\": \"FYE 2025\"",
            "ONS mid-2022 population estimates", "ONS Birth characteristics 2022", "DWP/HMRC", "children aged 0–15", "assumption",
            "17,820 / 577,046", "332.4 ÷ England's 332.9", "age mix", "\"staffingModel\": \"spending-review-2021\"",
            "\"pay\": {\"year\": \"2025/26\", \"point\": \"entry\"}",
            "\"planYears\": {\"start\": \"2026/27\", \"count\": 3}", "the financial year after the latest shipped pay year",
            "\"funding\": [],", "icb-cyp-mental-health", "la-public-health", "// \"leadCommissioner\"", "// \"camhsAcceptsUnder2\"",
        ] {
            #expect(text.contains(fragment), "starter config lacks '\(fragment)'")
        }
        let plan = runCLI(["plan", file, "--format", "json"])
        #expect(plan.code == 0, "\(plan.stderr)")
        let area = try #require((parseJSON(plan.stdout)["areas"] as? [[String: Any]])?.first)
        // The same prevalence as the hand calculation for Leeds (see CompareCommandTests.leedsRowByHand).
        let m = maltreatmentProxy(rate: 332.4)
        let r = 39_240.0 / 157_114.0
        #expect(isClose(area["prevalence"] as! Double, m * 0.48 + r * (1 - m) * 0.34 + (1 - m) * (1 - r) * 0.15, relativeTolerance: 1e-12))
        let groups = try #require(area["riskGroups"] as? [[String: Any]])
        #expect(groups.map { $0["shareScope"] as? String } == ["local", "local-derived"])
        let codes = try #require(area["findings"] as? [[String: Any]]).map { $0["code"] as! String }
        #expect(codes.contains("no-funding") && codes.contains("no-lead-commissioner") && codes.contains("camhs-under-2-unknown"))
        // It plans exactly as the data does: the same prevalence and cost as compare gives for E08000035.
        let comparedAreas =
            parseJSON(runCLI(["compare", "E08000035", "E08000003", "--format", "json"]).stdout)["areas"] as? [[String: Any]] ?? []
        let compared = try #require(comparedAreas.first { $0["code"] as? String == "E08000035" })
        #expect(isClose(area["prevalence"] as! Double, compared["prevalence"] as! Double, relativeTolerance: 1e-12))
        #expect(isClose(area["totalCostGBP"] as! Double, compared["total_cost_gbp"] as! Double))
    }

    @Test func refusesToOverwriteUnlessForced() throws {
        let file = temporaryDirectory().appendingPathComponent("plan.json")
        try "keep me".write(to: file, atomically: true, encoding: .utf8)
        let refused = runCLI(["init", "--area", "E08000035", "--output", file.path])
        #expect(refused.code == 1)
        #expect(refused.stderr.contains("already exists") && refused.stderr.contains("--force"), "\(refused.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
        let forced = runCLI(["init", "--area", "E08000035", "--output", file.path, "--force"])
        #expect(forced.code == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("\"code\": \"E08000035\""))
    }

    @Test func unknownCodeSuggestsTheNearest() {
        let result = runCLI(["init", "--area", "E08000999"])
        #expect(result.code == 1)
        #expect(
            result.stderr.contains("--area") && result.stderr.contains("E08000999")
                && result.stderr.contains("did you mean E08000009 (Trafford)?"), "\(result.stderr)")
        let byName = runCLI(["init", "--area", "Leeds"])
        #expect(byName.code == 1)
        #expect(byName.stderr.contains("did you mean E08000035 (Leeds)?"), "\(byName.stderr)")
        let district = runCLI(["init", "--area", "E07000143"])
        #expect(district.code == 1)
        #expect(district.stderr.contains("E10000020"), "\(district.stderr)")
        #expect(runCLI(["init"]).code == 2)
    }

    @Test(arguments: ["E10000020", "E06000053", "E54000054", "W11000028", "S12000036", "N09000003"])
    func everyKindOfAreaGivesARunnableConfig(_ code: String) throws {
        let file = temporaryDirectory().appendingPathComponent("\(code).json").path
        let result = runCLI(["init", "--area", code, "--output", file])
        #expect(result.code == 0, "\(result.stderr)")
        let plan = runCLI(["plan", file, "--format", "json"])
        #expect(plan.code == 0, "\(code): \(plan.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        // Every UK area has a low-income share from children in low income families (FYE 2025).
        #expect(text.contains("\"lowIncome\": {\n") && text.contains("\"shareYear\": \"FYE 2025\""), "\(code)")
        guard !code.hasPrefix("E") else { return }
        // No IDACI outside England: under idaci-2019 the config says why and sets no low-income share.
        let idaci = temporaryDirectory().appendingPathComponent("\(code)-idaci.json").path
        #expect(runCLI(["init", "--area", code, "--output", idaci, "--low-income-measure", "idaci-2019"]).code == 0)
        let idaciText = try String(contentsOfFile: idaci, encoding: .utf8)
        #expect(idaciText.contains("no low-income adjustment") && !idaciText.contains("\"lowIncome\": {\n"), "\(code)")
        #expect(runCLI(["plan", idaci]).code == 0)
    }

    @Test func shareScopeIsLocalOrNational() {
        let bad = runCLI([
            "plan",
            writeConfig(
                areaConfig(
                    "\"population\": 280000, \"births\": 3300, \"riskGroups\": {\"lowIncome\": {\"share\": 0.2, \"shareScope\": \"locl\"}}")
            ),
        ])
        #expect(bad.code == 1)
        #expect(
            bad.stderr.contains("areas[0].riskGroups.lowIncome.shareScope") && bad.stderr.contains("did you mean \"local\"?"),
            "\(bad.stderr)")
    }
}
