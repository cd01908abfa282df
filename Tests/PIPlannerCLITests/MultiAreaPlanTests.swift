import Foundation
import Testing

/// One config, several areas: each is planned separately on the same assumptions.
@Suite struct MultiAreaPlanTests {
    let config = """
        {
          "version": 1,
          "staffingModel": "spending-review-2021",
          "planYears": {"start": "2026/27", "count": 2},
          "areas": [
            {"name": "North", "population": 280000, "births": 3300},
            {"name": "South", "population": 560000, "births": 6600, "riskGroups": {"lowIncome": {"share": 0.3}}},
          ],
        }
        """

    @Test func eachAreaIsPlanned() throws {
        let result = runCLI(["plan", writeConfig(config), "--format", "json"])
        #expect(result.code == 0, "\(result.stderr)")
        let areas = try #require(parseJSON(result.stdout)["areas"] as? [[String: Any]])
        #expect(areas.map { $0["name"] as? String } == ["North", "South"])
        // South: coverage 560,000 / 280,000 = 2; need 6,600 × (0.3×0.34 + 0.7×0.15) / 495 = 6,600 × 0.207 / 495 = 2.76.
        #expect(isClose(areas[1]["coverageTeams"] as! Double, 2))
        #expect(isClose(areas[1]["needTeams"] as! Double, 2.76))
    }

    @Test func markdownHasAnOverviewTable() {
        let result = runCLI(["plan", writeConfig(config)])
        #expect(result.code == 0)
        #expect(result.stdout.contains("## Areas at a glance"))
        #expect(result.stdout.contains("## North"))
        #expect(result.stdout.contains("## South"))
    }

    @Test func validateManyFiles() {
        let good = writeConfig(config)
        let bad = writeConfig("{\"version\": 1}")
        let result = runCLI(["validate", good, bad])
        #expect(result.code == 1)
        #expect(result.stdout.contains("\(good): ok (2 areas)"))
        #expect(result.stdout.contains("1 of 2 configs valid"))
        #expect(result.stderr.contains(bad))
    }
}

/// Findings that catch figures entered in the wrong unit, and config text that would break the report.
@Suite struct PlausibilityTests {
    @Test func populationInThousandsIsFlagged() throws {
        // 822.483 "people" and 8.617 births: a normal birth rate (10.5 per 1,000) but below Isles of Scilly's 2,281.
        let result = runCLI(["plan", writeConfig(areaConfig("\"population\": 822.483, \"births\": 8.617")), "--format", "json"])
        #expect(result.code == 0)
        let area = try #require((parseJSON(result.stdout)["areas"] as? [[String: Any]])?.first)
        let codes = (area["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes.contains("population-below-smallest-area"))
    }

    @Test func realSmallAreaIsNotFlagged() throws {
        // Isles of Scilly itself: 2,281 persons, 19 births (ONS).
        let result = runCLI(["plan", writeConfig(areaConfig("\"population\": 2281, \"births\": 19")), "--format", "json"])
        let area = try #require((parseJSON(result.stdout)["areas"] as? [[String: Any]])?.first)
        let codes = (area["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(!codes.contains("population-below-smallest-area"))
    }

    @Test func pipesInConfigTextDoNotBreakTables() {
        let result = runCLI([
            "plan",
            writeConfig(
                areaConfig(
                    "\"population\": 280000, \"births\": 3300, \"funding\": [{\"funder\": \"x\", \"name\": \"A | B trust\", \"outcomes\": [], \"share\": 0.5}]"
                )),
        ])
        #expect(result.code == 0)
        #expect(result.stdout.contains("| A \\| B trust |"))
    }
}
