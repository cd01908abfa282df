import Foundation
import Testing

/// `piplanner batch`: every area of a set planned from the shipped data, with totals checked against the ONS source files.
@Suite struct BatchCommandTests {
    /// England's mid-2022 population, read from the ONS source file (row E92000001, persons_all_ages).
    func englandPopulation() throws -> Double {
        let rows = try AreaFiles.rows("sources/ons_mye_mid2022_population_uk_la_2023boundaries.csv")
        let england = try #require(rows.first { $0["area_code"] == "E92000001" })
        return try #require(Double(england["persons_all_ages"] ?? ""))
    }

    @Test func englandPlansAll153AndCoverageTeamsMatchTheSourceFile() throws {
        let result = runCLI(["batch", "--areas", "england", "--format", "jsonl"])
        #expect(result.code == 0, "\(result.stderr)")
        let lines = parseJSONLines(result.stdout)
        let areas = lines.filter { $0["type"] as? String == "area" }
        #expect(areas.count == 153)
        let summary = try #require(lines.last)
        #expect(summary["type"] as? String == "summary")
        let totals = try #require(summary["totals"] as? [String: Any])

        // 57,106,398 / 280,000 = 203.951… → 204 teams by the coverage method (002's one team per 280,000).
        let population = try englandPopulation()
        #expect(population == 57_106_398)
        let expected = population / 280_000
        #expect(isClose(try #require(totals["coverageTeams"] as? Double), expected, relativeTolerance: 1e-9))
        #expect(try #require(totals["coverageTeamsRounded"] as? Double) == expected.rounded())
        #expect(expected.rounded() == 204)
        #expect(isClose(try #require(totals["population"] as? Double), population))

        // Births: the 153 sum to ONS's England figure (births file, row E92000001).
        let births = try AreaFiles.rows("sources/ons_live_births_2022_by_area_uk.csv")
        let englandRow = try #require(births.first { $0["area_code"] == "E92000001" })
        let englandBirths = try #require(Double(englandRow["live_births_total"] ?? ""))
        #expect(isClose(try #require(totals["births"] as? Double), englandBirths))
        #expect(result.stderr.contains("coverage 203.95 (204 rounded)"), "\(result.stderr)")
        #expect(result.stderr.contains("153 areas requested, 153 planned, 0 excluded"))
    }

    @Test func csvHasOneRowPerAreaUnitsInHeadersAndATotalsRow() throws {
        let result = runCLI(["batch", "--areas", "england"])
        #expect(result.code == 0, "\(result.stderr)")
        let header = try #require(result.stdout.split(separator: "\n").first)
        #expect(
            header.hasPrefix(
                "code,name,nation,tier,population_persons,births_per_year,birth_rate_per_1000,idaci2019_rate,low_income_share,low_income_share_basis,low_income_measure,low_income_year,low_income_geography,maltreatment_share,maltreatment_share_basis,maltreatment_measure,maltreatment_year,maltreatment_geography,prevalence,"
            ))
        #expect(header.contains("cost_2026_27_gbp,cost_2027_28_gbp,cost_2028_29_gbp,total_cost_gbp"))
        let rows = parseCSV(result.stdout)
        #expect(rows.count == 154)
        let total = try #require(rows.last)
        #expect(total["code"] == "TOTAL")
        // The totals row adds up the area rows (population is whole persons; costs to the penny).
        let areas = rows.dropLast()
        #expect(areas.reduce(0) { $0 + Double($1["population_persons"]!)! } == Double(total["population_persons"]!)!)
        let costSum = areas.reduce(0) { $0 + Double($1["total_cost_gbp"]!)! }
        #expect(abs(costSum - Double(total["total_cost_gbp"]!)!) < 0.01 * Double(areas.count))
        // Leeds is marked local (CILIF FYE 2025) and local-derived (maltreatment), each with measure, year and geography.
        let leeds = try #require(rows.first { $0["code"] == "E08000035" })
        #expect(leeds["low_income_share_basis"] == "local")
        #expect(leeds["low_income_year"] == "FYE 2025" && leeds["low_income_geography"] == "Leeds (E08000035)")
        #expect(leeds["low_income_measure"]?.contains("relative low income before housing costs, children aged 0–15") == true)
        #expect(leeds["maltreatment_share_basis"] == "local-derived")
        #expect(leeds["maltreatment_year"] == "under-1s 2022; rates 31 March 2024")
        #expect(leeds["idaci2019_rate"] == "0.203")
    }

    @Test func allCovers218PlanningUnitsAndPrintsCoverage() throws {
        // The planning units in the shipped file: is_planning_unit = true.
        let units = try AreaFiles.rows("local-authorities.csv").filter { $0["is_planning_unit"] == "true" }
        #expect(units.count == 218)
        let districts = try AreaFiles.rows("local-authorities.csv").filter { $0["tier"] == "non-metropolitan-district" }.count
        let result = runCLI(["batch", "--areas", "all"])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(parseCSV(result.stdout).count == units.count + 1)
        for fragment in [
            "218 areas requested, 218 planned, 0 excluded", "153 English upper-tier", "22 Welsh", "32 Scottish", "11 Northern Ireland",
            "The \(districts) English non-metropolitan districts are not planned separately", "local in 218 of 218 areas",
            "a local-derived proxy in 152 areas", "England's national share (babies under one in need ÷ live births, 2022) in 66 areas",
            "including Hampshire E10000014",
            "Shares by basis: low income (cilif-fye2025, FYE 2025) local 218; maltreatment local-derived 152, national 66.",
            "Cornwall and Isles of Scilly are apportioned", "Cumberland, Westmorland and Furness, North Yorkshire, Somerset",
        ] {
            #expect(result.stderr.contains(fragment), "stderr lacks '\(fragment)': \(result.stderr)")
        }
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let dir = temporaryDirectory()
        for format in ["csv", "jsonl"] {
            let a = dir.appendingPathComponent("a.\(format)").path
            let b = dir.appendingPathComponent("b.\(format)").path
            #expect(runCLI(["batch", "--areas", "all", "--format", format, "--output", a]).code == 0)
            #expect(runCLI(["batch", "--areas", "all", "--format", format, "--output", b]).code == 0)
            let first = try Data(contentsOf: URL(fileURLWithPath: a))
            let second = try Data(contentsOf: URL(fileURLWithPath: b))
            #expect(first == second && !first.isEmpty, "\(format) output differs between runs")
        }
    }

    @Test func outputReplacesAnExistingFileAtomically() throws {
        let dir = temporaryDirectory()
        let output = dir.appendingPathComponent("wales.csv")
        try "old contents\n".write(to: output, atomically: true, encoding: .utf8)
        let result = runCLI(["batch", "--areas", "wales", "--output", output.path])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(parseCSV(try String(contentsOf: output, encoding: .utf8)).count == 23)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["wales.csv"])
        // Never over an input: the scenario cannot be the output.
        let scenario = writeConfig("{\"version\": 1}", name: "scenario.json")
        let clash = runCLI(["batch", "--areas", "wales", "--scenario", scenario, "--output", scenario])
        #expect(clash.code == 2)
        #expect(try String(contentsOfFile: scenario, encoding: .utf8) == "{\"version\": 1}")
    }

    @Test func invalidScenarioFailsBeforePlanningAndWritesNothing() throws {
        let scenario = writeConfig("{\"version\": 1, \"assumptions\": {\"onCostRate\": 14}}", name: "scenario.json")
        let output = URL(fileURLWithPath: scenario).deletingLastPathComponent().appendingPathComponent("out.csv").path
        let result = runCLI(["batch", "--areas", "england", "--scenario", scenario, "--output", output])
        #expect(result.code == 1)
        #expect(
            result.stderr.contains(scenario) && result.stderr.contains("assumptions.onCostRate") && result.stderr.contains("found 14"),
            "\(result.stderr)")
        #expect(result.stderr.contains("did you mean 0.14?"))
        #expect(!result.stderr.contains("areas requested"), "no area was planned")
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(result.stdout.isEmpty)
    }

    @Test func scenarioWithAreasIsRejected() throws {
        let scenario = writeConfig("{\"version\": 1, \"areas\": []}", name: "scenario.json")
        let result = runCLI(["batch", "--areas", "wales", "--scenario", scenario])
        #expect(result.code == 1)
        #expect(result.stderr.contains("areas") && result.stderr.contains("no areas in a scenario"), "\(result.stderr)")
    }

    @Test func scenarioAppliesToEveryArea() throws {
        // Coverage sizing, top pay point: the recommended teams are the coverage teams (population / 280,000).
        let scenario = writeConfig(
            "{\"version\": 1, \"sizingMethod\": \"coverage\", \"pay\": {\"point\": \"top\"}, \"planYears\": {\"start\": \"2027/28\", \"count\": 2}}",
            name: "scenario.json")
        let result = runCLI(["batch", "--areas", "E08000035,E08000003", "--scenario", scenario])
        #expect(result.code == 0, "\(result.stderr)")
        let rows = parseCSV(result.stdout)
        let leeds = try #require(rows.first { $0["code"] == "E08000035" })
        // Leeds: 822,483 / 280,000 = 2.9374.
        #expect(leeds["recommended_method"] == "coverage")
        #expect(isClose(Double(leeds["recommended_teams"]!)!, 822_483.0 / 280_000, relativeTolerance: 1e-4))
        #expect(leeds["cost_2027_28_gbp"] != nil && leeds["cost_2028_29_gbp"] != nil && leeds["cost_2026_27_gbp"] == nil)
    }

    @Test func corruptAreaRowIsReportedAndTheRestArePlanned() throws {
        // Break Leeds's population (line 262): the row is rejected; the other 152 are planned.
        let data = try AreaFiles.copy { text in
            text.replacingOccurrences(
                of: "E08000035,Leeds,england,metropolitan-district,,true,822483,",
                with: "E08000035,Leeds,england,metropolitan-district,,true,abc,")
        }
        let outDir = temporaryDirectory()
        let output = outDir.appendingPathComponent("england.csv")
        let result = runCLI(["batch", "--areas", "england", "--area-data", data.path, "--output", output.path])
        #expect(result.code == 1, "a partial batch exits 1")
        for fragment in [
            "E08000035", "local-authorities.csv:262", "population_mid2022_persons", "\"abc\"",
            "153 areas requested, 152 planned, 1 excluded", "partial batch",
        ] {
            #expect(result.stderr.contains(fragment), "stderr lacks '\(fragment)': \(result.stderr)")
        }
        // The output file is complete: header, 152 rows and the totals row; no temporary file is left beside it.
        let text = try String(contentsOf: output, encoding: .utf8)
        let rows = parseCSV(text)
        #expect(rows.count == 153)
        #expect(rows.last?["code"] == "TOTAL")
        #expect(!rows.contains { $0["code"] == "E08000035" })
        #expect(text.hasSuffix("\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outDir.path) == ["england.csv"])
        // Totals without Leeds: 57,106,398 − 822,483 = 56,283,915 persons.
        #expect(rows.last?["population_persons"] == "56283915")
    }

    @Test func corruptRowOutsideTheSelectionDoesNotMakeItPartial() throws {
        let data = try AreaFiles.copy {
            $0.replacingOccurrences(
                of: "E08000035,Leeds,england,metropolitan-district,,true,822483,",
                with: "E08000035,Leeds,england,metropolitan-district,,true,abc,")
        }
        let result = runCLI(["batch", "--areas", "wales", "--area-data", data.path])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr.contains("1 rejected row of the area data outside this selection"))
        // Under IDACI the West Yorkshire ICB cannot weight its authorities' rates without Leeds: excluded, the rest planned.
        let icbs = runCLI(["batch", "--areas", "icbs", "--area-data", data.path, "--low-income-measure", "idaci-2019"])
        #expect(icbs.code == 1)
        #expect(icbs.stderr.contains("warning: E54000054 ") && icbs.stderr.contains("41 planned"), "\(icbs.stderr)")
    }

    @Test func missingAreaFileIsFatal() throws {
        let data = try AreaFiles.copy()
        try FileManager.default.removeItem(at: data.appendingPathComponent("icbs.csv"))
        let result = runCLI(["batch", "--areas", "england", "--area-data", data.path])
        #expect(result.code == 1)
        #expect(result.stderr.contains("icbs.csv") && result.stderr.contains("file not found"), "\(result.stderr)")
    }

    @Test func icbIDACIShareIsTheBirthsWeightedMeanOfItsAuthorities() throws {
        // NHS Cheshire and Merseyside (E54000008) is an exact sum of 9 whole authorities, each with its own IDACI rate:
        // share = Σ rate × births ÷ Σ births, worked out here from local-authorities.csv.
        let icb = try #require(try AreaFiles.rows("icbs.csv").first { $0["icb22_code"] == "E54000008" })
        let codes = icb["lower_tier_la_codes"]!.split(separator: ";").map(String.init)
        #expect(codes.count == 9)
        var weighted = 0.0
        var births = 0.0
        for code in codes {
            let la = try AreaFiles.localAuthority(code)
            weighted += Double(la["idaci2019_rate"]!)! * Double(la["live_births_2022"]!)!
            births += Double(la["live_births_2022"]!)!
        }
        let expected = weighted / births
        let result = runCLI(["batch", "--areas", "E54000008", "--low-income-measure", "idaci-2019"])
        #expect(result.code == 0, "\(result.stderr)")
        let row = try #require(parseCSV(result.stdout).first)
        #expect(row["low_income_share_basis"] == "local-derived")
        #expect(row["low_income_year"] == "2019 (2015/16 data)")
        #expect(abs(Double(row["low_income_share"]!)! - expected) < 5e-7)
        #expect(Double(row["births_per_year"]!)! == births)
    }

    @Test func welshAreaHasNoLowIncomeAdjustmentUnderIDACIAndSaysSo() throws {
        // Cardiff (W06000015) under idaci-2019: no IDACI, so only England's maltreatment share applies:
        // P = m × 0.48 + (1 − m) × 0.15 with m = 17,820 / 577,046 = 0.0308814:
        // 0.0148231 + 0.1453678 = 0.1601909.
        let m = nationalMaltreatmentShare
        let expected = m * 0.48 + (1 - m) * 0.15
        #expect(isClose(expected, 0.1601909, relativeTolerance: 1e-6))
        let result = runCLI(["batch", "--areas", "W06000015", "--format", "jsonl", "--low-income-measure", "idaci-2019"])
        #expect(result.code == 0, "\(result.stderr)")
        let area = try #require(parseJSONLines(result.stdout).first)
        #expect(isClose(area["prevalence"] as! Double, expected, relativeTolerance: 1e-12))
        #expect(area["lowIncomeShareBasis"] as? String == "none" && area["lowIncomeMeasure"] as? String == "idaci-2019")
        let findings = try #require(area["findings"] as? [[String: Any]])
        let missing = try #require(findings.first { $0["code"] as? String == "risk-shares-missing" })
        #expect((missing["message"] as! String).contains("no low-income adjustment"))
        #expect((missing["message"] as! String).contains("IDACI covers England only"))
        #expect((missing["message"] as! String).contains("cilif-fye2025"))
        let national = try #require(findings.first { $0["code"] as? String == "risk-shares-national" })
        #expect((national["message"] as! String).contains("England's national figure, applied to Wales"))
        let groups = try #require(area["riskGroups"] as? [[String: Any]])
        #expect(groups.map { $0["id"] as! String } == ["maltreatment"])
        #expect(groups[0]["shareScope"] as? String == "national")
    }

    @Test func auditTrailMarksSharesLocalAndNational() throws {
        let result = runCLI(["batch", "--areas", "E08000035", "--format", "jsonl"])
        let area = try #require(parseJSONLines(result.stdout).first)
        let audit = try #require(area["audit"] as? [[String: Any]])
        let prevalence = try #require(audit.first { $0["id"] as? String == "prevalence" })
        let inputs = try #require(prevalence["inputs"] as? [[String: Any]])
        let low = try #require(inputs.first { $0["id"] as? String == "riskGroups.lowIncome.share" })
        #expect((low["unit"] as! String).contains("local") && (low["source"] as! String).hasPrefix("local:"))
        #expect((low["derivation"] as! String).contains("assumption"))
        let malt = try #require(inputs.first { $0["id"] as? String == "riskGroups.maltreatment.share" })
        #expect((malt["unit"] as! String).contains("local-derived") && (malt["source"] as! String).hasPrefix("local-derived"))
        #expect((malt["derivation"] as! String).contains("17,820 / 577,046") && (malt["derivation"] as! String).contains("age mix"))
    }

    @Test func codeListWithABadCodePlansTheRest() throws {
        let result = runCLI(["batch", "--areas", "E08000035,E08000999,E07000143"])
        #expect(result.code == 1)
        #expect(result.stderr.contains("E08000999") && result.stderr.contains("unknown area code"), "\(result.stderr)")
        #expect(result.stderr.contains("E07000143 Breckland") && result.stderr.contains("plan its county E10000020 (Norfolk)"))
        let rows = parseCSV(result.stdout)
        #expect(rows.map { $0["code"]! } == ["E08000035", "TOTAL"])
    }

    @Test func mistypedSetIsAUsageError() {
        let result = runCLI(["batch", "--areas", "englnd"])
        #expect(result.code == 2)
        #expect(result.stderr.contains("did you mean 'england'?"), "\(result.stderr)")
        #expect(runCLI(["batch"]).code == 2)
        #expect(runCLI(["batch", "--areas", "all", "--format", "xml"]).code == 2)
    }
}
