import Foundation
import Testing

/// Local need for all four nations (issue 10): the low-income share from DWP/HMRC's children in low income families
/// (FYE 2025) for every UK council, IDACI 2019 as an alternative, a local-derived maltreatment proxy for English
/// authorities, and the basis, measure, year and geography of every share, checked by hand from the raw sources.
@Suite struct LocalNeedTests {
    /// The raw FYE 2025 row of an authority in the DWP/HMRC source: (count, proportion).
    static func cilif(_ code: String) throws -> (count: Int, proportion: Double) {
        let row = try #require(
            try AreaFiles.rows("sources/dwp_cilif_la_children_0_15_relative_low_income_bhc_fye2022_2025.csv").first {
                $0["la_code"] == code
            })
        return (
            try #require(Int(row["children_relative_low_income_bhc_fye2025"] ?? "")), try #require(Double(row["proportion_fye2025"] ?? ""))
        )
    }

    /// The raw children-in-need rate at 31 March 2024 of an authority in the DfE source.
    static func childrenInNeedRate(_ code: String) throws -> String? {
        try AreaFiles.rows("sources/dfe_children_in_need_b1_2020_2024.csv").first {
            $0["time_period"] == "2024" && $0["new_la_code"] == code
        }?[
            "At31_episodes_rate"]
    }

    func compare(_ arguments: [String]) throws -> [[String: Any]] {
        let result = runCLI(["compare"] + arguments + ["--format", "json"])
        #expect(result.code == 0, "\(result.stderr)")
        return try #require(parseJSON(result.stdout)["areas"] as? [[String: Any]])
    }

    @Test func compareShowsALocalLowIncomeShareForAllFourNations() throws {
        let codes = ["W06000015", "S12000036", "N09000003", "E08000035"]
        let areas = try compare(codes)
        #expect(Set(areas.map { $0["code"] as! String }) == Set(codes))
        for area in areas {
            let code = area["code"] as! String
            #expect(area["low_income_share_basis"] as? String == "local", "\(code)")
            #expect(area["low_income_year"] as? String == "FYE 2025", "\(code)")
            #expect((area["low_income_measure"] as? String)?.contains("DWP/HMRC children in low income families") == true, "\(code)")
            #expect((area["low_income_geography"] as? String)?.hasSuffix("(\(code))") == true, "\(code)")
            #expect(isClose(area["low_income_share"] as! Double, try Self.cilif(code).proportion, relativeTolerance: 1e-15), "\(code)")
        }
        let markdown = runCLI(["compare"] + codes).stdout
        #expect(markdown.contains("| Low-income share is | local | local | local | local |"), "\(markdown)")
        #expect(markdown.contains("| Low-income year | FYE 2025 | FYE 2025 | FYE 2025 | FYE 2025 |"))
        #expect(markdown.contains("| Low-income measure | relative low income before housing costs, children aged 0–15"))
    }

    @Test func welshScottishAndNorthernIrishCouncilsArePlannedWithTheirOwnShare() throws {
        // England's national maltreatment share m = 17,820 / 577,046 = 0.0308814 outside England; highest-risk rule:
        // P = m × 0.48 + s × (1 − m) × 0.34 + (1 − m) × (1 − s) × 0.15, s the council's FYE 2025 share as published:
        //   Cardiff W06000015   s = 13,115 / 67,001 = 0.1957433: 0.0148231 + 0.0644975 + 0.1169130 = 0.1962336
        //   Edinburgh S12000036 s =  6,652 / 76,280 = 0.0872050: 0.0148231 + 0.0287341 + 0.1326910 = 0.1762482
        //   Belfast N09000003   s = 13,592 / 65,792 = 0.2065905: 0.0148231 + 0.0680716 + 0.1153362 = 0.1982309
        let m = nationalMaltreatmentShare
        for (code, count, children, expected) in [
            ("W06000015", 13_115, 67_001, 0.1962336), ("S12000036", 6_652, 76_280, 0.1762482), ("N09000003", 13_592, 65_792, 0.1982309),
        ] {
            let raw = try Self.cilif(code)
            #expect(raw.count == count && abs(Double(count) / raw.proportion - Double(children)) < 1e-6, "\(code)")
            let s = raw.proportion
            let p = m * 0.48 + s * (1 - m) * 0.34 + (1 - m) * (1 - s) * 0.15
            #expect(abs(p - expected) < 5e-7, "\(code)")
            let result = runCLI(["batch", "--areas", code, "--format", "jsonl"])
            #expect(result.code == 0, "\(result.stderr)")
            let area = try #require(parseJSONLines(result.stdout).first)
            #expect(isClose(area["prevalence"] as! Double, p, relativeTolerance: 1e-12), "\(code)")
            #expect(area["lowIncomeShareBasis"] as? String == "local" && area["maltreatmentShareBasis"] as? String == "national")
            let findings = try #require(area["findings"] as? [[String: Any]])
            #expect(!findings.contains { $0["code"] as? String == "risk-shares-missing" }, "\(code)")
            let note = try #require(findings.first { $0["code"] as? String == "risk-shares-national" }?["message"] as? String)
            #expect(note.contains("England's national figure, applied to"), "\(code): \(note)")
        }
    }

    @Test func maltreatmentProxyForTwoAuthoritiesByHand() throws {
        // m_area = 17,820 / 577,046 × rate ÷ 332.9 (children in need at 31 March 2024 per 10,000, DfE b1):
        //   Leeds E08000035      rate 332.4: 0.0308814 × 332.4 / 332.9 = 0.0308814 × 0.9984980 = 0.0308350
        //   Manchester E08000003 rate 431.5: 0.0308814 × 431.5 / 332.9 = 0.0308814 × 1.2961850 = 0.0400280
        #expect(try Self.childrenInNeedRate("E08000035") == "332.4")
        #expect(try Self.childrenInNeedRate("E08000003") == "431.5")
        let national = try #require(
            try AreaFiles.rows("sources/dfe_children_in_need_b1_2020_2024.csv").first {
                $0["time_period"] == "2024" && $0["geographic_level"] == "National"
            })
        #expect(national["At31_episodes_rate"] == "332.9")
        let areas = try compare(["E08000035", "E08000003"])
        for (code, rate, expected) in [("E08000035", 332.4, 0.0308350), ("E08000003", 431.5, 0.0400280)] {
            let area = try #require(areas.first { $0["code"] as? String == code })
            let m = nationalMaltreatmentShare * rate / 332.9
            #expect(abs(m - expected) < 5e-8, "\(code)")
            #expect(isClose(area["maltreatment_share"] as! Double, m, relativeTolerance: 1e-12), "\(code)")
            #expect(area["maltreatment_share_basis"] as? String == "local-derived")
            #expect(area["maltreatment_year"] as? String == "under-1s 2022; rates 31 March 2024")
        }
    }

    @Test func anAuthorityWithoutAPublishedRateFallsBackToTheNationalShareWithAFinding() throws {
        // Hampshire's 2024 row reads 'u' (low reliability) in every column.
        #expect(try Self.childrenInNeedRate("E10000014") == "u")
        let result = runCLI(["batch", "--areas", "E10000014", "--format", "jsonl"])
        #expect(result.code == 0, "\(result.stderr)")
        let area = try #require(parseJSONLines(result.stdout).first)
        #expect(area["maltreatmentShareBasis"] as? String == "national")
        let missing = try #require(
            (area["findings"] as? [[String: Any]])?.first { $0["code"] as? String == "risk-shares-missing" }?["message"] as? String)
        #expect(missing.contains("Hampshire (E10000014)") && missing.contains("31 March 2024") && missing.contains("'u'"), "\(missing)")
        let groups = try #require(area["riskGroups"] as? [[String: Any]])
        #expect(isClose(try #require(groups.last?["share"] as? Double), nationalMaltreatmentShare))
    }

    @Test func batchAllCountsAreasByBasis() throws {
        let result = runCLI(["batch", "--areas", "all", "--format", "jsonl"])
        #expect(result.code == 0, "\(result.stderr)")
        let summary = try #require(parseJSONLines(result.stdout).last)
        let bases = try #require(summary["shareBasis"] as? [String: [String: Double]])
        // Every UK planning area has a local low-income share; the 152 English authorities with a published rate a proxy.
        #expect(bases["lowIncome"] == ["local": 218])
        #expect(bases["maltreatment"] == ["local-derived": 152, "national": 66])
        #expect(summary["lowIncomeMeasure"] as? String == "cilif-fye2025")
        #expect(
            result.stderr.contains(
                "Shares by basis: low income (cilif-fye2025, FYE 2025) local 218; maltreatment local-derived 152, national 66."))
        #expect(result.stderr.contains("local in 218 of 218 areas") && result.stderr.contains("a local-derived proxy in 152 areas"))
    }

    @Test func initForAWelshCouncilWritesItsLocalShareWithItsSource() throws {
        let file = temporaryDirectory().appendingPathComponent("cardiff.json").path
        let written = runCLI(["init", "--area", "W06000015", "--output", file])
        #expect(written.code == 0, "\(written.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        for fragment in [
            "\"lowIncomeMeasure\": \"cilif-fye2025\"", "\"share\": 0.19574334711422217", "\"shareScope\": \"local\"",
            "\"shareYear\": \"FYE 2025\"", "\"shareGeography\": \"Cardiff (W06000015)\"",
            "\"shareMeasure\": \"relative low income before housing costs, children aged 0–15 (DWP/HMRC children in low income families)\"",
            "\"shareSource\": \"DWP/HMRC Children in low income families FYE 2025", "assumption", "England's figure, applied to Wales",
        ] {
            #expect(text.contains(fragment), "starter config lacks '\(fragment)'")
        }
        let plan = runCLI(["plan", file, "--format", "json"])
        #expect(plan.code == 0, "\(plan.stderr)")
        let area = try #require((parseJSON(plan.stdout)["areas"] as? [[String: Any]])?.first)
        let low = try #require((area["riskGroups"] as? [[String: Any]])?.first)
        #expect(low["shareBasis"] as? String == "local" && low["shareYear"] as? String == "FYE 2025")
        #expect(low["shareGeography"] as? String == "Cardiff (W06000015)")
        #expect(isClose(area["prevalence"] as! Double, 0.1962336, relativeTolerance: 1e-6))
        let markdown = runCLI(["plan", file]).stdout
        #expect(markdown.contains("| lowIncome | 19.6% | local | relative low income before housing costs"), "\(markdown)")
    }

    @Test func idaciStaysAvailableInCompareInitAndScenarios() throws {
        let areas = try compare(["E08000035", "W06000015", "--low-income-measure", "idaci-2019"])
        let leeds = try #require(areas.first { $0["code"] as? String == "E08000035" })
        #expect(leeds["low_income_share"] as? Double == 0.203 && leeds["low_income_year"] as? String == "2019 (2015/16 data)")
        let cardiff = try #require(areas.first { $0["code"] as? String == "W06000015" })
        #expect(cardiff["low_income_share_basis"] as? String == "none")
        let scenario = writeConfig("{\"version\": 1, \"lowIncomeMeasure\": \"idaci-2019\"}", name: "scenario.json")
        let viaScenario = try compare(["E08000035", "E08000003", "--scenario", scenario])
        #expect(viaScenario.first { $0["code"] as? String == "E08000035" }?["low_income_share"] as? Double == 0.203)
        let file = temporaryDirectory().appendingPathComponent("leeds.json").path
        #expect(runCLI(["init", "--area", "E08000035", "--output", file, "--low-income-measure", "idaci-2019"]).code == 0)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("\"lowIncomeMeasure\": \"idaci-2019\"") && text.contains("\"share\": 0.203,"))
        #expect(text.contains("(command line --low-income-measure)"))
        let bad = runCLI(["compare", "E08000035", "E08000003", "--low-income-measure", "idaci-2091"])
        #expect(bad.code == 2 && bad.stderr.contains("did you mean 'idaci-2019'?"), "\(bad.stderr)")
    }

    @Test func aPlanConfigNamesTheMeasureOfItsShares() throws {
        let config = writeConfig(
            """
            {"version": 1, "lowIncomeMeasure": "idaci-2019", "staffingModel": "spending-review-2021", "planYears": ["2026/27"],
             "areas": [{"name": "Leeds", "code": "E08000035",
             "population": 822483, "births": 8617, "riskGroups": {"lowIncome": {"share": 0.203, "shareScope": "local"},
             "maltreatment": {"share": 0.03, "shareScope": "local-derived", "shareYear": "2024", "shareGeography": "Leeds"}}}]}
            """)
        let plan = runCLI(["plan", config, "--format", "json"])
        #expect(plan.code == 0, "\(plan.stderr)")
        let groups = try #require((parseJSON(plan.stdout)["areas"] as? [[String: Any]])?.first?["riskGroups"] as? [[String: Any]])
        #expect(groups[0]["shareYear"] as? String == "2019 (2015/16 data)" && groups[0]["shareGeography"] as? String == "Leeds (E08000035)")
        #expect((groups[0]["shareMeasure"] as? String)?.contains("IDACI") == true)
        #expect(groups[1]["shareBasis"] as? String == "local-derived" && groups[1]["shareMeasure"] as? String == "not stated")
        // Without the setting a share says nothing it was not told.
        let plain = runCLI([
            "plan", writeConfig(areaConfig("\"population\": 280000, \"births\": 3300, \"riskGroups\": {\"lowIncome\": {\"share\": 0.2}}")),
            "--format", "json",
        ])
        let group = try #require((parseJSON(plain.stdout)["areas"] as? [[String: Any]])?.first?["riskGroups"] as? [[String: Any]])
        #expect(group[0]["shareBasis"] as? String == "config" && group[0]["shareMeasure"] is NSNull)
    }
}
