import Foundation
import PIPlannerModel
import Testing

@testable import PIPlannerIO

/// The HTML plans rendered in a real headless Chromium: every chart's SVG is in the DOM with a non-zero size
/// that fits the page (on screen and at A4 width), the page makes no network request, injected text shows as
/// text and runs nothing, and the screenshot is not blank. Skipped, with the reason printed, where Chromium or
/// python3 is missing, unless `PIPLANNER_REQUIRE_BROWSER=1` (CI), which makes that a failure.
@Suite(.serialized, .enabled(if: Chromium.shouldRun, "needs Chromium and python3 (or set PIPLANNER_REQUIRE_BROWSER=1 to fail without)"))
struct PlanHTMLBrowserTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let examples = ["leeds-joint-funded", "oldham-metropolitan-borough", "shropshire-rural-custom-team"]
    static let injectedScript = "<script>document.title='PWNED'</script>"
    static let injectedImage = "\"><img src=x onerror=alert(1)>"
    /// A4 at 96 CSS pixels an inch: 210 mm wide; 277 mm tall less 28 mm of page margins is the printable height.
    static let a4WidthPixels = 794
    static let a4HeightPixels = 1123
    static let a4PrintableHeightPixels = 941.0
    /// The screenshot must be at least this much not-white, and this much colour (the charts' fills).
    static let minimumNonBackgroundShare = 0.04
    static let minimumColouredShare = 0.01

    static let injectionConfig = #"""
        {
          "version": 1,
          "title": "<script>document.title='PWNED'</script> plan \"><img src=x onerror=alert(1)>",
          "staffingModel": "spending-review-2021",
          "planYears": {"start": "2026/27", "count": 3},
          "areas": [
            {"name": "<script>document.title='PWNED'</script>", "code": "<b>E1</b>", "population": 300000, "births": 3300,
             "existingWTE": 2, "funding": [{"funder": "icb-cyp-mental-health", "share": 0.5}]},
            {"name": "\"><img src=x onerror=alert(1)>", "population": 250000, "births": 2800}
          ]
        }
        """#

    static func render(config text: String, file: String) throws -> String {
        let reference = try ReferenceData.embedded()
        let plan = try PlanConfigLoader(reference: reference).load(text: text, file: file)
        let results = plan.areas.map { AreaPlanner.plan($0.input, assumptions: $0.assumptions) }
        return PlanHTMLRenderer.render(plan: plan, results: results, reference: reference, version: "browser-test")
    }

    static func example(_ name: String) throws -> String {
        let file = "Examples/\(name).json"
        return try render(config: String(contentsOf: packageRoot.appendingPathComponent(file), encoding: .utf8), file: file)
    }

    /// The ids of the charts in the page as written.
    static func chartIDs(in html: String) -> [String] {
        html.components(separatedBy: "<svg id=\"").dropFirst().compactMap { rest in
            let id = rest.prefix { $0 != "\"" }
            return rest.dropFirst(id.count).hasPrefix("\" class=\"chart\"") ? String(id) : nil
        }
    }

    func requireTools() throws {
        if let reason = Chromium.missing { Issue.record("\(Chromium.requireVariable)=1 but \(reason)") }
        try #require(Chromium.missing == nil)
    }

    @Test(arguments: examples) func examplePlanRendersInChromium(_ name: String) throws {
        try requireTools()
        let html = try Self.example(name)
        try BrowserCheck(html: html, name: name).run(expectedTitle: nil)
    }

    @Test func injectedTextShowsAsTextAndRunsNothing() throws {
        try requireTools()
        let html = try Self.render(config: Self.injectionConfig, file: "injection.json")
        let check = BrowserCheck(html: html, name: "injection", injected: [Self.injectedScript, Self.injectedImage])
        try check.run(expectedTitle: "\(Self.injectedScript) plan \(Self.injectedImage)")
    }

    /// The UK hex map on its own page: every district a hex, Northern Ireland without data (hatched).
    @Test func hexMapRendersInChromium() throws {
        try requireTools()
        let map = try HexMap.load(HexMap.ukLocalAuthorityDistricts2023File, from: ReferenceData.embedded())
        var values: [String: Double] = [:]
        for hex in map.hexes where !hex.code.hasPrefix("N") { values[hex.code] = Double(hex.r + hex.q) }
        let chart = HexMapChart.render(
            .init(
                id: "uk", title: "A test measure by district", map: map, values: values, measureLabel: "Row plus column (a test measure)",
                style: .number(decimals: 0)))
        var page = HTMLDocument(title: "Hex map")
        page.append(HTMLDocument.section(id: "map", major: true, HTMLDocument.heading(1, "Hex map") + HTMLDocument.figure(chart)))
        try BrowserCheck(html: page.render(), name: "hexmap", minimumCharts: 1).run(expectedTitle: nil)
    }

    /// The checks themselves can fail: a page that does load an image and run a script is caught.
    @Test func inspectorCatchesARequestAndAScript() throws {
        try requireTools()
        let work = try BrowserCheck.workDirectory()
        defer { BrowserCheck.finish(work) }
        let page = work.appendingPathComponent("control.html")
        try """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>control</title></head>
        <body><p>control</p><img src="http://example.invalid/x.png"><script>document.title='PWNED'</script></body></html>
        """.write(to: page, atomically: true, encoding: .utf8)
        let netLog = work.appendingPathComponent("control-net.json")
        let chromium = try #require(Chromium.find())
        let run = try chromium.render(page: page, width: 800, height: 600, netLog: netLog, workDirectory: work)
        let report = try PageInspector.inspect(dom: run.dom, netLog: netLog, screenshot: nil, workDirectory: work)
        #expect(report.dom?.title == "PWNED")
        #expect(report.dom?.scripts == 1)
        #expect(report.dom?.images == 1)
        #expect(report.netLog?.pageRequests.contains { $0.hasPrefix("http://example.invalid/") } == true)
    }
}
