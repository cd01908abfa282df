import Foundation
import PIPlannerModel
import Testing

@testable import PIPlannerIO

/// The compare, batch and rollout pages in a real headless Chromium, with the same checks as the plans: every
/// chart's SVG in the DOM with a size that fits the page, no request, injected text shown and never run, and a
/// screenshot that is not blank. Skipped like `PlanHTMLBrowserTests` where Chromium or python3 is missing.
@Suite(.serialized, .enabled(if: Chromium.shouldRun, "needs Chromium and python3 (or set PIPLANNER_REQUIRE_BROWSER=1 to fail without)"))
struct ReportHTMLBrowserTests {
    typealias T = PlanHTMLBrowserTests

    /// The strings the issue names, and one whose running would show in the page's title.
    static let injected = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", T.injectedScript]

    func requireTools() throws {
        if let reason = Chromium.missing { Issue.record("\(Chromium.requireVariable)=1 but \(reason)") }
        try #require(Chromium.missing == nil)
    }

    @Test func compareRendersInChromium() throws {
        try requireTools()
        let html = try ReportPages.compare(codes: ["E08000035", "E08000003", "E10000020"])
        try BrowserCheck(html: html, name: "compare", minimumCharts: 4).run(expectedTitle: "Areas compared")
    }

    @Test(arguments: ["all", "icbs"]) func batchRendersInChromium(_ selection: String) throws {
        try requireTools()
        let html = try ReportPages.batch(selection)
        try BrowserCheck(html: html, name: "batch-\(selection)", minimumCharts: 1).run(expectedTitle: nil)
    }

    /// `batch --areas all --draws 1000 --format html`: the map, the interval chart of the areas ranked highest and the
    /// table's intervals, shown as text. Leeds's teams and the set's total cost are checked, the intervals formatted
    /// here from the draws' summaries (the renderer formats them through `BatchAreaIntervals`).
    @Test func batchWithDrawsRendersInChromium() throws {
        try requireTools()
        let catalog = try AreaCatalog.embedded()
        let source = try ReportPages.source(catalog: catalog)
        let result = BatchPlanner.run(try #require(BatchSelection("all")), from: source)
        let run = try #require(try ReportPages.batchDraws(result, settings: source.scenario.uncertainty, draws: 1_000))
        let html = try BatchHTMLRenderer.render(
            result, catalog: catalog, reference: source.reference, mapMeasure: BatchHTMLRenderer.defaultMapMeasure, version: "browser-test",
            uncertainty: run)
        let leeds = try #require(result.planned.firstIndex { $0.area.area.code == "E08000035" })
        let teams = run.result.areas[leeds][.recommendedTeams]
        let point = result.planned[leeds].plan.recommendedTeams
        let shown = [
            "\(NumberFormat.number(point, 2)) (\(NumberFormat.number(teams.p10, 2))–\(NumberFormat.number(teams.p90, 2)))",
            "1,000 draws (seed \(run.request.seed))", "How sure are the totals?",
        ]
        try BrowserCheck(html: html, name: "batch-draws", shown: shown, minimumCharts: 2).run(expectedTitle: nil)
    }

    /// `rollout Examples/spending-review-2021-rollout.json --draws 1000 --format html`: the interval table and the two
    /// interval charts, the first year's P10–P90 of cost shown as text.
    @Test func rolloutWithDrawsRendersInChromium() throws {
        try requireTools()
        let rollout = try ReportPages.plannedRollout(example: "spending-review-2021-rollout.json")
        let run = try #require(try ReportPages.rolloutDraws(rollout, draws: 1_000))
        let html = RolloutHTMLRenderer.render(rollout, version: "browser-test", uncertainty: run)
        let cost = run.yearCost(0)
        let shown = [
            "How sure is this rollout?", "1,000 draws (seed \(run.request.seed))",
            "\(NumberFormat.gbp(Money(gbp: cost.p10)))–\(NumberFormat.gbp(Money(gbp: cost.p90)))",
        ]
        try BrowserCheck(html: html, name: "rollout-draws", shown: shown, minimumCharts: 4).run(expectedTitle: nil)
    }

    @Test func rolloutRendersInChromium() throws {
        try requireTools()
        let html = try ReportPages.rollout(example: "spending-review-2021-rollout.json")
        try BrowserCheck(html: html, name: "rollout", minimumCharts: 2).run(expectedTitle: nil)
    }

    @Test func injectedAreaNamesInACompareRunNothing() throws {
        try requireTools()
        let areas = Self.injected.map { #"{"name": \#(Self.json($0)), "population": 300000, "births": 3300}"# }
        let config =
            #"{"version": 1, "staffingModel": "spending-review-2021", "planYears": {"start": "2026/27", "count": 3}, "areas": [\#(areas.joined(separator: ", "))]}"#
        let html = try ReportPages.compare(codes: ["E08000035"], configs: [config])
        try BrowserCheck(html: html, name: "compare-injection", injected: Self.injected, minimumCharts: 4).run(
            expectedTitle: "Areas compared")
    }

    /// With draws too: the names then also label the interval chart of the areas ranked highest.
    @Test(arguments: [nil, 200] as [Int?]) func injectedAreaNamesInABatchRunNothing(_ draws: Int?) throws {
        try requireTools()
        // Leeds, Manchester and Norfolk renamed in the area data; a quoted CSV field holds the quote of the second.
        let names = ["Leeds": Self.injected[0], "Manchester": Self.injected[1], "Norfolk": Self.injected[2]]
        let catalog = try ReportPages.catalog { text in
            var text = text
            for (name, injected) in names {
                text = text.replacingOccurrences(of: ",\(name),", with: ",\"\(injected.replacingOccurrences(of: "\"", with: "\"\""))\",")
            }
            return text
        }
        let html = try ReportPages.batch("england", catalog: catalog, draws: draws)
        try BrowserCheck(
            html: html, name: "batch-injection\(draws.map { "-draws\($0)" } ?? "")", injected: Self.injected,
            minimumCharts: draws == nil ? 1 : 2
        ).run(expectedTitle: nil)
    }

    @Test func injectedRolloutTitleRunsNothing() throws {
        try requireTools()
        let title = Self.injected.joined(separator: " ")
        let config = #"""
            {"version": 1, "kind": "rollout", "title": \#(Self.json(title)), "description": \#(Self.json(Self.injected[1])),
             "years": ["2022/23", "2023/24"], "labourPerTeam": {"parameter": "spendingReview2021LabourPerTeamGBP"},
             "schedule": {"teamsFullyOperating": [10, 20], "teamsComingIntoOperation": [10, 5]}}
            """#
        let html = try ReportPages.rollout(text: config)
        try BrowserCheck(html: html, name: "rollout-injection", injected: Self.injected, minimumCharts: 2).run(expectedTitle: title)
    }

    /// `text` as a JSON string literal.
    static func json(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
