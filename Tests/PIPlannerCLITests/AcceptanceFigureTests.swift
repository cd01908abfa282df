import Foundation
import Testing

/// The figures issue #2 names, through a real config and `piplanner plan --format json`.
@Suite struct AcceptanceFigureTests {
    func firstArea(_ config: String) throws -> [String: Any] {
        let result = runCLI(["plan", writeConfig(config), "--format", "json"])
        #expect(result.code == 0, "\(result.stderr)")
        let areas = try #require(parseJSON(result.stdout)["areas"] as? [[String: Any]])
        return try #require(areas.first)
    }

    @Test func referenceAreaIsOneTeamOf513WTEByCoverage() throws {
        // 280,000 / 280,000 = 1.00 team; 1 × 5.13 = 5.13 WTE (002).
        let area = try firstArea(areaConfig("\"population\": 280000, \"births\": 3300", top: "\"sizingMethod\": \"coverage\""))
        #expect(isClose(area["coverageTeams"] as! Double, 1.0))
        #expect(isClose(area["requiredWTE"] as! Double, 5.13))
        #expect(isClose(area["teamWTE"] as! Double, 5.13))
        // With the calibrated specialist share the need method agrees at baseline risk: 3,300 × 0.15 × 150/495 / 150 = 1.
        #expect(isClose(area["needTeams"] as! Double, 1.0))
    }

    @Test func englandIs202TeamsByCoverage() throws {
        // 56,550,000 / 280,000 = 201.96 → 202 (002). Births 600,000 keep the birth rate plausible (10.6 per 1,000).
        let area = try firstArea(areaConfig("\"population\": 56550000, \"births\": 600000"))
        #expect((area["coverageTeams"] as! Double).rounded() == 202)
    }

    @Test func englandIs400TeamsByNeedUnderStoryOfHopeFigures() throws {
        // 600,000 births × 0.10 × 1.0 = 60,000 babies; 60,000 / 150 = 400 teams (003).
        let area = try firstArea(
            areaConfig("\"population\": 56550000, \"births\": 600000, \"baselinePrevalence\": 0.10, \"specialistShare\": 1.0"))
        #expect(isClose(area["infantsAtRisk"] as! Double, 60_000))
        #expect(isClose(area["specialistCaseload"] as! Double, 60_000))
        #expect(isClose(area["needTeams"] as! Double, 400))
    }

    @Test func storyOfHopePresetGivesTheSame() throws {
        let area = try firstArea(areaConfig("\"population\": 56550000, \"births\": 600000", top: "\"preset\": \"story-of-hope-2023\""))
        #expect(isClose(area["needTeams"] as! Double, 400))
    }

    @Test func birthsFromRate() throws {
        // 280,000 × 11.785714 / 1,000 = 3,300 births.
        let area = try firstArea(areaConfig("\"population\": 280000, \"birthRatePer1000\": 11.785714285714286"))
        #expect(isClose(area["births"] as! Double, 3_300))
    }

    @Test func jsonCarriesTheDocumentedKeys() throws {
        let area = try firstArea(areaConfig("\"population\": 280000, \"births\": 3300"))
        for key in [
            "births", "prevalence", "infantsAtRisk", "specialistCaseload", "coverageTeams", "needTeams", "requiredWTE", "gapWTE",
            "annualCostGBP",
        ] {
            #expect(area[key] != nil, "missing \(key)")
        }
        #expect((area["annualCostGBP"] as? [Double])?.count == 3)
    }

    @Test func spendingReviewTeamAt2025EntryPay() throws {
        // The flat method, 002's: 2025/26 Year 1 points (pay-scales CSV): 0.33×76,965 + 64,455 + 2×47,810 + 38,682 +
        // 0.8×27,485 = 246,143.45; × 1.14 = 280,603.53. Plan year 2026/27 is one year on: × 1.03 = 289,021.6359 →
        // 289,021.64; half a year = 144,510.82; + training 11,077.50 = 155,588.32 for one new team.
        // A hiring increment of 0.01 WTE keeps 002's team (0.33 and 0.8 WTE roles) as it is: no rounding up.
        let pay = "\"pay\": {\"year\": \"2025/26\", \"point\": \"entry\"}, \"hiringIncrementWTE\": 0.01"
        let area = try firstArea(areaConfig("\"population\": 280000, \"births\": 3300", top: pay + ", \"onCosts\": {\"method\": \"flat\"}"))
        #expect(area["labourPerTeamGBP"] as? Double == 280_603.53)
        #expect((area["annualCostGBP"] as? [Double])?.first == 155_588.32)
        // The employer method, the default, post by post (NI 15% above £5,000; pension 14.38% + 0.08% levy, each to
        // the penny): 8c 0.33 WTE 25,398.45 + 3,059.77 + 3,652.30 + 20.32 = 32,130.84; 8b 64,455 + 8,918.25 + 9,268.63
        // + 51.56 = 82,693.44; band 7 47,810 + 6,421.50 + 6,875.08 + 38.25 = 61,144.83, twice; band 6 38,682 + 5,052.30
        // + 5,562.47 + 30.95 = 49,327.72; band 4 0.8 WTE 21,988 + 2,548.20 + 3,161.87 + 17.59 = 27,715.66;
        // 314,157.32 in all.
        let employer = try firstArea(areaConfig("\"population\": 280000, \"births\": 3300", top: pay))
        #expect(employer["labourPerTeamGBP"] as? Double == 314_157.32)
        #expect((employer["onCosts"] as? [String: Any])?["method"] as? String == "employer")
    }
}
