import Foundation
import Testing

/// `piplanner compare`: areas side by side on one basis, ranked by a chosen column.
@Suite struct CompareCommandTests {
    static let leedsManchesterNorfolk = ["E08000035", "E08000003", "E10000020"]

    func compareJSON(_ arguments: [String]) throws -> [[String: Any]] {
        let result = runCLI(["compare"] + arguments + ["--format", "json"])
        #expect(result.code == 0, "\(result.stderr)")
        return try #require(parseJSON(result.stdout)["areas"] as? [[String: Any]])
    }

    @Test func higherDeprivationGivesHigherPrevalence() throws {
        let areas = try compareJSON(Self.leedsManchesterNorfolk)
        // IDACI 2019 from local-authorities.csv: Manchester 0.297 > Leeds 0.203 > Norfolk 0.155.
        let idaci = try Self.leedsManchesterNorfolk.map { Double(try AreaFiles.localAuthority($0)["idaci2019_rate"] ?? "") }
        #expect(idaci == [0.203, 0.297, 0.155])
        // CILIF FYE 2025 (the default measure): Manchester 41,483/116,876 = 0.355 > Leeds 39,240/157,114 = 0.250
        // > Norfolk 30,049/151,546 = 0.198, the same order.
        // Ranked by prevalence (the default), highest first: the order of deprivation.
        #expect(areas.map { $0["code"] as! String } == ["E08000003", "E08000035", "E10000020"])
        #expect(areas.map { $0["low_income_share"] as! Double }.map { ($0 * 1000).rounded() / 1000 } == [0.355, 0.250, 0.198])
        #expect(areas.map { $0["rank"] as! Double } == [1, 2, 3])
        let prevalences = areas.map { $0["prevalence"] as! Double }
        #expect(prevalences[0] > prevalences[1] && prevalences[1] > prevalences[2])
        for area in areas {
            #expect(area["low_income_share_basis"] as? String == "local")
            #expect(area["maltreatment_share_basis"] as? String == "local-derived")
            #expect(area["low_income_year"] as? String == "FYE 2025")
        }
    }

    @Test func leedsRowByHand() throws {
        let areas = try compareJSON(Self.leedsManchesterNorfolk)
        let leeds = try #require(areas.first { $0["code"] as? String == "E08000035" })
        // Highest-risk rule, maltreatment (48%) above low income (34%), baseline 15%:
        // r = 39,240 / 157,114 = 0.2497550 (Leeds, CILIF FYE 2025, as published)
        // m = 17,820 / 577,046 × 332.4 / 332.9 = 0.0308814 × 0.9984980 = 0.0308350 (Leeds's children-in-need rate ÷ England's)
        // P = m × 0.48 + r × (1 − m) × 0.34 + (1 − m) × (1 − r) × 0.15
        //   = 0.0148008 + 0.2497550 × 0.9691650 × 0.34 + 0.9691650 × 0.7502450 × 0.15
        //   = 0.0148008 + 0.0822983 + 0.1090667 = 0.2061658
        let m = maltreatmentProxy(rate: 332.4)
        let r = 39_240.0 / 157_114.0
        #expect(abs(m - 0.0308350) < 5e-8)
        let p = m * 0.48 + r * (1 - m) * 0.34 + (1 - m) * (1 - r) * 0.15
        #expect(abs(p - 0.2061658) < 5e-7)
        #expect(isClose(leeds["prevalence"] as! Double, p, relativeTolerance: 1e-6))
        #expect(isClose(leeds["maltreatment_share"] as! Double, m, relativeTolerance: 1e-9))
        // Infants at risk = 8,617 births × 0.2061658 = 1,776.53; caseload = × 150 / (3,300 × 0.15) = 538.34;
        // need teams = 538.34 / 150 = 3.5890; coverage teams = 822,483 / 280,000 = 2.9374.
        let infants = 8_617 * p
        let caseload = infants * 150 / (3_300 * 0.15)
        #expect(isClose(leeds["infants_at_risk_per_year"] as! Double, infants, relativeTolerance: 1e-5))
        #expect(isClose(leeds["specialist_caseload_per_year"] as! Double, caseload, relativeTolerance: 1e-5))
        #expect(isClose(leeds["need_teams"] as! Double, caseload / 150, relativeTolerance: 1e-4))
        #expect(isClose(leeds["coverage_teams"] as! Double, 822_483.0 / 280_000, relativeTolerance: 1e-4))
        // Required WTE = 3.5890 × 5.13 = 18.41; no existing team, so the gap is all of it and so is the funding gap.
        #expect(isClose(leeds["required_wte"] as! Double, caseload / 150 * 5.13, relativeTolerance: 1e-4))
        #expect(leeds["existing_wte"] as? Double == 0)
        #expect(isClose(leeds["gap_wte"] as! Double, leeds["required_wte"] as! Double))
        #expect(isClose(leeds["funding_gap_gbp"] as! Double, leeds["total_cost_gbp"] as! Double))
        // Cost per 1,000 births = total ÷ (8,617 × 3 years) × 1,000.
        #expect(
            isClose(
                leeds["cost_per_1000_births_gbp"] as! Double, (leeds["total_cost_gbp"] as! Double) / (8_617 * 3) * 1_000,
                relativeTolerance: 1e-6))
        #expect(leeds["births_per_year"] as? Double == 8_617)
    }

    @Test func markdownSetsAreasSideBySideWithTheRank() throws {
        let result = runCLI(["compare"] + Self.leedsManchesterNorfolk)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("| | Manchester | Leeds | Norfolk |"))
        #expect(result.stdout.contains("| **Rank by prevalence** | **1** | **2** | **3** |"))
        #expect(result.stdout.contains("| Low-income share is | local | local | local |"))
        #expect(result.stdout.contains("| Maltreatment share is | local-derived | local-derived | local-derived |"))
        #expect(result.stdout.contains("| Low-income year | FYE 2025 | FYE 2025 | FYE 2025 |"))
        for label in [
            "Births a year", "Infants at risk a year", "Specialist caseload a year", "Teams, coverage method", "Teams, need method",
            "Required WTE", "Existing WTE", "WTE gap", "Cost, first year", "Cost per baby seen", "Cost per 1,000 births", "Funding gap",
        ] {
            #expect(result.stdout.contains("| \(label)"), "missing row \(label)")
        }
    }

    @Test func rankByAnotherColumn() throws {
        // By coverage teams (population / 280,000): Norfolk 925,299 > Leeds 822,483 > Manchester 568,996.
        let areas = try compareJSON(Self.leedsManchesterNorfolk + ["--rank-by", "coverage_teams"])
        #expect(areas.map { $0["code"] as! String } == ["E10000020", "E08000035", "E08000003"])
        let csv = runCLI(["compare"] + Self.leedsManchesterNorfolk + ["--rank-by", "births_per_year", "--format", "csv"])
        let rows = parseCSV(csv.stdout)
        // Births: Leeds 8,617 > Norfolk 7,679 > Manchester 6,956.
        #expect(rows.map { $0["code"]! } == ["E08000035", "E10000020", "E08000003"])
        #expect(rows.map { $0["rank_by_births_per_year"]! } == ["1", "2", "3"])
    }

    @Test func configFileAreasComparedWithDataAreas() throws {
        let config = packageRoot.appendingPathComponent("Examples/leeds-joint-funded.json").path
        let areas = try compareJSON([config, "E08000003"])
        let leeds = try #require(areas.first { $0["inputs_from"] as? String == config })
        // The config's Leeds has an existing 4.45 WTE and 60% + 40% funding: no funding gap; its share is the config's.
        #expect(leeds["existing_wte"] as? Double == 4.45)
        #expect(abs(leeds["funding_gap_gbp"] as! Double) < 0.05)
        #expect(leeds["low_income_share_basis"] as? String == "config")
        #expect(leeds["maltreatment_share_basis"] as? String == "none")
        let manchester = try #require(areas.first { $0["code"] as? String == "E08000003" })
        #expect(manchester["inputs_from"] as? String == "shipped data")
    }

    @Test func errors() {
        let unknown = runCLI(["compare", "E08000035", "E08000999"])
        #expect(unknown.code == 1)
        #expect(unknown.stderr.contains("E08000999") && unknown.stderr.contains("did you mean"), "\(unknown.stderr)")
        let rank = runCLI(["compare", "E08000035", "E08000003", "--rank-by", "prevalance"])
        #expect(rank.code == 2)
        #expect(rank.stderr.contains("did you mean 'prevalence'?"), "\(rank.stderr)")
        #expect(runCLI(["compare", "E08000035"]).code == 2)
        #expect(runCLI(["compare"]).code == 2)
    }
}
