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
        // The national maltreatment share: 17,820 / 577,046 (both 2022); the low-income measure: CILIF FYE 2025.
        #expect(isNear(try #require(s.figures["riskGroups.maltreatment.nationalShare"]).value, 17_820.0 / 577_046.0))
        #expect(s.lowIncomeMeasure == .cilifFYE2025 && s.lowIncomeMeasureSource.hasPrefix("the reference default"))
    }

    @Test func lowIncomeMeasureIsAScenarioSetting() throws {
        let top = try loader.loadScenario(text: "{\"version\": 1, \"lowIncomeMeasure\": \"idaci-2019\"}", file: "s.json")
        #expect(top.lowIncomeMeasure == .idaci2019 && top.lowIncomeMeasureSource == "config lowIncomeMeasure")
        let assumption = try loader.loadScenario(
            text: "{\"version\": 1, \"assumptions\": {\"lowIncomeMeasure\": \"idaci-2019\"}}", file: "s.json")
        #expect(assumption.lowIncomeMeasure == .idaci2019)
        do {
            _ = try loader.loadScenario(text: "{\"version\": 1, \"lowIncomeMeasure\": \"cilif-fye2052\"}", file: "s.json")
            Issue.record("a mistyped measure was accepted")
        } catch {
            #expect(error.description.contains("lowIncomeMeasure") && error.description.contains("cilif-fye2025"), "\(error)")
        }
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
        // The derived shares are their stated derivations: babies under one in need ÷ those births.
        let inNeed2022 = try #require(reference.parameters["england.babiesUnderOneInNeed2022"]?.number)
        let inNeed001 = try #require(reference.parameters["england.babiesUnderOneInNeed"]?.number)
        #expect(
            isNear(
                try #require(reference.parameters["riskGroups.maltreatment.nationalShare"]?.number),
                inNeed2022 / Double(england.fields[births])!))
        #expect(
            isNear(
                try #require(reference.parameters["riskGroups.maltreatment.nationalShareRareJewels"]?.number),
                inNeed001 / Double(england.fields[births])!))
    }

    @Test func childrenInNeedParametersAreTheSourceFigures() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("ReferenceData/areas/sources")
        let reference = try ReferenceData.embedded()
        // 17,820 children in need aged under 1 at 31 March 2022 (DfE a7, England; the file starts with a byte-order mark).
        let a7 = CSVTable.parse(
            try String(contentsOf: sources.appendingPathComponent("dfe_cin_a7_national_by_age_2015_2022.csv"), encoding: .utf8))
        let (period, type, number) = (a7.column("time_period")!, a7.column("characteristic_type")!, a7.column("number")!)
        let under1 = try #require(a7.rows.first { $0.fields[period] == "2022" && $0.fields[type] == "Under 1 year" })
        #expect(reference.parameters["england.babiesUnderOneInNeed2022"]?.number == Double(under1.fields[number]))
        #expect(under1.fields[number] == "17820")
        // 332.9 children in need per 10,000 at 31 March 2024 (DfE b1, national row).
        let b1 = CSVTable.parse(
            try String(contentsOf: sources.appendingPathComponent("dfe_children_in_need_b1_2020_2024.csv"), encoding: .utf8))
        let (year, level, rate) = (b1.column("time_period")!, b1.column("geographic_level")!, b1.column("At31_episodes_rate")!)
        let national = try #require(b1.rows.first { $0.fields[year] == "2024" && $0.fields[level] == "National" })
        #expect(reference.parameters["england.childrenInNeedRatePer10000At31March2024"]?.number == Double(national.fields[rate]))
    }

    func isNear(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(abs(a), abs(b), 1) }
}
