import Foundation
import PIPlannerModel
import Testing

@testable import PIPlannerIO

/// Each area's P10–P90 on the batch page (`BatchAreaIntervals`, `BatchMapSection` with draws), Methodology §7.
@Suite struct BatchAreaIntervalsTests {
    typealias I = BatchAreaIntervals

    /// One area of 4,000 births a year over three plan years, planned from a config.
    static func plan() throws -> AreaPlan {
        let reference = try ReferenceData.embedded()
        let text =
            #"{"version": 1, "staffingModel": "spending-review-2021", "planYears": {"start": "2026/27", "count": 3}, "areas": [{"name": "Test", "population": 400000, "births": 4000}]}"#
        let loaded = try PlanConfigLoader(reference: reference).load(text: text, file: "test.json")
        let area = try #require(loaded.areas.first)
        return AreaPlanner.plan(area.input, assumptions: area.assumptions)
    }

    /// Draws summarised by hand: teams 2, 3, 5 (P10, P50, P90; mean 3.2), total cost £1.2m, £1.8m, £2.4m (mean
    /// £1.9m), prevalence 10%, 20%, 30%, gap 1, 2, 4.
    static func draws(years: Int = 3) -> AreaUncertainty {
        var summaries = Array(
            repeating: Summary(p10: .nan, p50: .nan, p90: .nan, mean: .nan, count: 5), count: DrawOutput.count(years: years))
        summaries[DrawOutput.recommendedTeams.rawValue] = Summary(p10: 2, p50: 3, p90: 5, mean: 3.2, count: 5)
        summaries[DrawOutput.totalCostGBP.rawValue] = Summary(p10: 1_200_000, p50: 1_800_000, p90: 2_400_000, mean: 1_900_000, count: 5)
        summaries[DrawOutput.prevalence.rawValue] = Summary(p10: 0.1, p50: 0.2, p90: 0.3, mean: 0.2, count: 5)
        summaries[DrawOutput.gapWTE.rawValue] = Summary(p10: 1, p50: 2, p90: 4, mean: 2.2, count: 5)
        return AreaUncertainty(summaries: summaries, yearCount: years, heldIDs: [], draws: nil, drawCount: 5)
    }

    /// Births are not drawn, so a rate of births is the rule applied to each percentile:
    /// teams per 100,000 births = teams / 4,000 × 100,000: 2 → 50, 3 → 75, 5 → 125, mean 3.2 → 80;
    /// cost per 1,000 births = cost / (4,000 × 3) × 1,000: £1.2m → £100,000, £1.8m → £150,000, £2.4m → £200,000.
    @Test func ratesOfBirthsAreTheRuleAppliedToThePercentiles() throws {
        let plan = try Self.plan()
        #expect(plan.births == 4_000 && plan.years.count == 3)
        let u = Self.draws()
        let teams = try #require(I.summary(AreaColumns.teamsPer100kBirths, u, plan: plan))
        #expect(
            [teams.p10, teams.p50, teams.p90, teams.mean].enumerated().allSatisfy { abs($1 - [50, 75, 125, 80][$0]) < 1e-9 },
            "\(teams)")
        let cost = try #require(I.summary(AreaColumns.costPer1000Births, u, plan: plan))
        #expect([cost.p10, cost.p50, cost.p90] == [100_000, 150_000, 200_000], "\(cost)")
        #expect(I.summary(AreaColumns.prevalence, u, plan: plan)?.p90 == 0.3)
        #expect(I.summary(AreaColumns.gapWTE, u, plan: plan)?.p10 == 1)
        #expect(I.summary(AreaColumns.recommendedTeams, u, plan: plan)?.p50 == 3)
        #expect(I.summary(AreaColumns.totalCost, u, plan: plan)?.p90 == 2_400_000)
        // Births are not drawn: no interval.
        #expect(I.summary(AreaColumns.births, u, plan: plan) == nil)
    }

    /// A cell is the plan value, a line break, and the P10–P90 in brackets: "3.28 (2.07–6.07)" as text.
    @Test func cellsPrintThePlanValueOverItsInterval() {
        let teams = Summary(p10: 2.07, p50: 3.3, p90: 6.07, mean: 3.6, count: 10)
        #expect(I.cell("3.28", AreaColumns.recommendedTeams, teams).text == "3.28 <br>(2.07–6.07)")
        #expect(I.cell("3.28", AreaColumns.recommendedTeams, nil).text == "3.28")
        let cost = Summary(p10: 3_813_154, p50: 5_000_000, p90: 10_494_581.86, mean: 6e6, count: 10)
        #expect(I.cell("£5,901,328", AreaColumns.totalCost, cost).text == "£5,901,328 <br>(£3.81m–£10.5m)")
        let prevalence = Summary(p10: 0.1234, p50: 0.2, p90: .nan, mean: 0.2, count: 10)
        #expect(I.interval(AreaColumns.prevalence, prevalence) == "12.34%–—")
    }

    /// Three significant figures, worked by hand, including the carries at the edges of a unit.
    @Test(arguments: [
        (10_494_581.86, "£10.5m"), (3_813_154, "£3.81m"), (874_352, "£874k"), (999_600, "£1.00m"), (9_996, "£10.0k"),
        (99_960, "£100k"), (950.4, "£950"), (123_456_789, "£123m"), (0, "£0"),
    ])
    func moneyToThreeSignificantFigures(_ value: Double, _ expected: String) {
        #expect(I.gbp3(value) == expected)
    }

    /// The interval chart shows at most 20 areas, in rank order, and leaves out an area without draws.
    @Test func theChartShowsTheAreasRankedHighest() throws {
        let plan = try Self.plan()
        let row = AreaRow(plan: plan, origin: "test.json")
        var entries = (1...25).map {
            BatchMapSection.Entry(code: "C\($0)", name: "Area \($0)", row: row, value: Double(100 - $0), uncertainty: Self.draws())
        }
        entries[1].uncertainty = nil
        let ranked = BatchMapSection.rank(entries)
        let chart = try #require(I.chart(ranked, measure: AreaColumns.recommendedTeams))
        #expect(chart.title == "Recommended teams: plan and P10–P90, the 20 highest areas")
        let labels = chart.table.text.components(separatedBy: "<th scope=\"row\">").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(labels == (["Area 1"] + (3...21).map { "Area \($0)" }).map { Substring($0) })
        // The data table gives each area's P10, plan value and P90.
        #expect(
            chart.table.text.contains(
                "<th scope=\"row\">Area 1</th><td class=\"num\">2.00</td><td class=\"num\">99.00</td><td class=\"num\">5.00</td>"))
    }

    /// Every figure held at its point value (`false` for each in the scenario's `uncertainty` block): every draw is the
    /// point plan, so P10 = P50 = P90 = the plan's value for every column, and the table prints "v (v–v)".
    @Test func everyFigureHeldGivesThePlanValueAtEveryPercentile() throws {
        let reference = try ReferenceData.embedded()
        let held = UncertaintySettings.drawableIDs(reference).map { "\"\($0)\": false" }.joined(separator: ", ")
        let scenario = try PlanConfigLoader(reference: reference).loadScenario(
            text: "{\"version\": 1, \"uncertainty\": {\"draws\": 20, \(held)}}", file: "scenario.json")
        let catalog = try AreaCatalog.embedded()
        let source = AreaSource(catalog: catalog, areaDataOrigin: "embedded", scenario: scenario, reference: reference)
        let result = BatchPlanner.run(try #require(BatchSelection("E08000035,E08000003")), from: source)
        let run = try #require(try ReportPages.batchDraws(result, settings: scenario.uncertainty, draws: nil))
        #expect(run.request.drawCount == 20)
        let section = try BatchMapSection(
            result: result, catalog: catalog, reference: reference, measure: AreaColumns.teamsPer100kBirths, uncertainty: run)
        for (_, entry) in section.ranked {
            let row = try #require(entry.row)
            for column in AreaColumns.keyMeasures + [AreaColumns.recommendedTeams, AreaColumns.totalCost] {
                let point = try #require(column.value(row).number)
                let s = try #require(entry.interval(column))
                for v in [s.p10, s.p50, s.p90] { #expect(abs(v - point) <= 1e-9 * max(1, abs(point)), "\(entry.name) \(column.id)") }
            }
        }
        let leeds = try #require(section.ranked.first { $0.entry.code == "E08000035" }?.entry.row)
        let teams = NumberFormat.number(leeds.plan.recommendedTeams, 2)
        let table = section.table().text
        #expect(table.contains("<td class=\"num\">\(teams) <br>(\(teams)–\(teams))</td>"), "\(table)")
        // With draws the table leaves the gap out (its interval is in the CSV), keeping seven columns at most.
        #expect(!table.contains("WTE gap") && table.contains("Recommended teams"))
        let page = section.render().text
        #expect(page.contains("20 draws (seed 20261201)") && page.contains("id=\"map-intervals\""))
    }
}
