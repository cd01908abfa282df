import Foundation
import PIPlannerIO
import PIPlannerModel
import Testing

/// Scenarios: plan configs without areas, read with the same schema and errors.
@Suite struct ScenarioTests {
    let loader = PlanConfigLoader(reference: try! ReferenceData.embedded())

    @Test func defaultsComeFromReferenceData() throws {
        let s = try loader.defaultScenario()
        #expect(s.file == PlanConfigLoader.builtInScenarioName)
        #expect(s.staffing.id == "spending-review-2021")
        #expect(isNear(s.staffing.teamWTE, 5.13))
        // Latest shipped pay year 2025/26, so three plan years from 2026/27, one year of pay growth to the first.
        #expect(s.payYearLabel == "2025/26")
        #expect(s.planYears == ["2026/27", "2027/28", "2028/29"])
        #expect(s.payYearsBeforeFirstPlanYear == 1)
        #expect(s.combination == .highestRisk && s.sizingMethod == .need)
        #expect(s.overrides.isEmpty)
        // The national maltreatment share: 19,640 / 577,046.
        #expect(isNear(try #require(s.figures["riskGroups.maltreatment.nationalShare"]).value, 19_640.0 / 577_046.0))
    }

    @Test func scenarioSettingsAndOverrides() throws {
        let s = try loader.loadScenario(
            text: """
                // comments allowed, as in plan configs
                {"version": 1, "title": "Top of band", "preset": "story-of-hope-2023", "staffingModel": "spending-review-2021",
                 "pay": {"point": "top"}, "planYears": ["2027/28", "2028/29"], "assumptions": {"onCostRate": 0.2}, "sizingMethod": "coverage"}
                """, file: "s.json")
        #expect(s.title == "Top of band")
        #expect(s.planYears == ["2027/28", "2028/29"] && s.payYearsBeforeFirstPlanYear == 2)
        #expect(s.assumptions.onCostRate.value == 0.2 && s.assumptions.onCostRate.override?.fieldPath == "assumptions.onCostRate")
        #expect(s.sizingMethod == .coverage)
        #expect(s.ignoreRiskGroups)
        #expect(s.overrides.contains { $0.id == "onCostRate" })
    }

    @Test func sameErrorsAsPlanConfigs() {
        func issues(_ text: String) -> [Diagnostic] {
            do {
                _ = try loader.loadScenario(text: text, file: "s.json")
                return []
            } catch {
                return error.diagnostics
            }
        }
        let percent = issues("{\"version\": 1, \"assumptions\": {\"onCostRate\": 14}}")
        #expect(
            percent.count == 1 && percent[0].fieldPath == "assumptions.onCostRate"
                && percent[0].notes == ["a percentage? did you mean 0.14?"])
        #expect(issues("{\"version\": 2}").first?.fieldPath == "version")
        #expect(issues("{}").first?.fieldPath == "version")
        #expect(issues("{\"version\": 1, \"sizingMetod\": \"need\"}").first?.notes == ["did you mean \"sizingMethod\"?"])
        #expect(issues("{\"version\": 1, \"areas\": [{\"name\": \"X\"}]}").first?.fieldPath == "areas")
        #expect(issues("{\"version\": 1, \"staffingModel\": \"greater-manchester-2019\"}").first?.fieldPath == "staffingModel")
    }

    @Test func englandBirthsParameterIsTheSourceFigure() throws {
        // england.liveBirths2022 must be ONS's England row (E92000001) of the shipped births source.
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ReferenceData/areas/sources/ons_live_births_2022_by_area_uk.csv")
        let table = CSVTable.parse(try String(contentsOf: url, encoding: .utf8))
        let code = try #require(table.column("area_code"))
        let births = try #require(table.column("live_births_total"))
        let england = try #require(table.rows.first { $0.fields[code] == "E92000001" })
        let reference = try ReferenceData.embedded()
        #expect(reference.parameters["england.liveBirths2022"]?.number == Double(england.fields[births]))
        // The derived share is its stated derivation: babies under one in need ÷ those births.
        let inNeed = try #require(reference.parameters["england.babiesUnderOneInNeed"]?.number)
        #expect(
            isNear(
                try #require(reference.parameters["riskGroups.maltreatment.nationalShare"]?.number),
                inNeed / Double(england.fields[births])!))
    }

    func isNear(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(abs(a), abs(b), 1) }
}
