import Foundation
import Testing

@testable import PIPlannerIO

/// One page through Chromium: the page itself (DOM, net log, screenshot) and a measuring copy at screen and A4
/// width (sizes of every chart). Records an issue for each check that fails.
struct BrowserCheck {
    var html: String
    var name: String
    var injected: [String] = []
    /// Texts the page must show as text (an interval such as "3.28 (2.07–6.07)"), checked like `injected`.
    var shown: [String] = []
    /// A plan has five charts an area; a page of one map has one.
    var minimumCharts = 5

    typealias T = PlanHTMLBrowserTests

    /// A fresh directory for one page's files.
    static func workDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("piplanner-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Removes a page's files (the browser profile alone is megabytes), unless `PIPLANNER_KEEP_BROWSER_FILES=1`,
    /// when it says where they are (the screenshot, the DOM and the net log) so that a failure can be looked at.
    static func finish(_ work: URL) {
        if Chromium.environment["PIPLANNER_KEEP_BROWSER_FILES"] == "1" {
            print("◇ Browser files kept in \(work.path)")
        } else {
            try? FileManager.default.removeItem(at: work)
        }
    }

    /// Reads the size of every chart after layout into a `<pre id="piplanner-measure">`, which `--dump-dom` prints.
    static let measuringScript = """
        <script>window.addEventListener('load', () => {
          const charts = [...document.querySelectorAll('svg.chart')].map(s => {
            const r = s.getBoundingClientRect(); return {id: s.id, width: r.width, height: r.height, right: r.right}; });
          const tables = [...document.querySelectorAll('.table-wrap')].filter(t => t.scrollWidth > t.clientWidth + 1)
            .map(t => t.querySelector('th') ? t.querySelector('th').textContent : '?');
          const out = {viewport: window.innerWidth, scrollWidth: document.documentElement.scrollWidth, charts: charts,
            overflowingTables: tables};
          const pre = document.createElement('pre'); pre.id = 'piplanner-measure';
          pre.textContent = JSON.stringify(out); document.body.appendChild(pre); });</script>
        """

    struct Measurement: Decodable {
        struct ChartSize: Decodable {
            var id: String
            var width: Double
            var height: Double
            var right: Double
        }
        var viewport: Double
        var scrollWidth: Double
        var charts: [ChartSize]
        /// The first heading of each table wider than its column (it would scroll on screen and be cut in print).
        var overflowingTables: [String]
    }

    /// `expectedTitle` nil: the page's own `<title>` as written.
    func run(expectedTitle: String?) throws {
        let work = try Self.workDirectory()
        defer { Self.finish(work) }
        let chromium = try #require(Chromium.find())
        let page = work.appendingPathComponent("\(name).html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let shot = work.appendingPathComponent("\(name).png")
        let netLog = work.appendingPathComponent("\(name)-net.json")
        let start = Date()
        let run = try chromium.render(page: page, width: 1_200, height: 1_600, screenshot: shot, netLog: netLog, workDirectory: work)
        #expect(run.status == 0, "chromium exited with \(run.status): \(run.stderr.suffix(2_000))")
        let report = try PageInspector.inspect(
            dom: run.dom, netLog: netLog, screenshot: shot, injected: injected + shown, workDirectory: work)
        let expectedIDs = T.chartIDs(in: html)
        #expect(expectedIDs.count >= minimumCharts, "\(name): expected at least \(minimumCharts) charts, found \(expectedIDs.count)")
        let dom = try #require(report.dom, "\(name): no DOM")
        checkDOM(dom, expectedIDs: expectedIDs, expectedTitle: expectedTitle ?? Self.title(of: html))
        let net = try #require(report.netLog, "\(name): no net log")
        #expect(net.events > 0, "\(name): the net log is empty, so it proves nothing")
        #expect(net.pageRequests.isEmpty, "\(name): the page made requests: \(net.pageRequests)")
        let screenshot = try #require(report.screenshot, "\(name): no screenshot")
        #expect(screenshot.width == 1_200 && screenshot.height == 1_600)
        #expect(screenshot.nonBackgroundShare >= T.minimumNonBackgroundShare, "\(name): screenshot nearly blank: \(screenshot)")
        #expect(screenshot.colouredShare >= T.minimumColouredShare, "\(name): no chart colours in the screenshot: \(screenshot)")
        try measure(page: page, chromium: chromium, work: work, expectedIDs: expectedIDs)
        print(
            "◇ \(name): \(html.utf8.count) bytes, \(expectedIDs.count) charts, checked in Chromium in \(Int(Date().timeIntervalSince(start) * 1_000)) ms"
        )
    }

    func checkDOM(_ dom: PageInspector.Report.DOM, expectedIDs: [String], expectedTitle: String) {
        #expect(dom.chartIDs == expectedIDs, "\(name): charts in the DOM \(dom.chartIDs), expected \(expectedIDs)")
        #expect(dom.svgCount == expectedIDs.count, "\(name): \(dom.svgCount) <svg> elements for \(expectedIDs.count) charts")
        #expect(dom.scripts == 0, "\(name): a <script> element exists")
        #expect(dom.images == 0, "\(name): an <img> element exists")
        #expect(dom.embeds == 0, "\(name): an element that loads or submits exists")
        #expect(dom.eventHandlers.isEmpty, "\(name): event handler attributes: \(dom.eventHandlers)")
        #expect(dom.externalReferences.isEmpty, "\(name): references out of the page: \(dom.externalReferences)")
        #expect(dom.title == expectedTitle, "\(name): document title is \(dom.title)")
        for (text, shown) in zip(injected + shown, dom.shownAsText) {
            #expect(shown, "\(name): \(text) is not shown as text")
        }
    }

    /// The title as the browser reads it: the `<title>` element's text with its character references decoded.
    static func title(of html: String) -> String {
        guard let start = html.range(of: "<title>"), let end = html.range(of: "</title>", range: start.upperBound..<html.endIndex) else {
            return ""
        }
        return String(html[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(
            of: "&gt;", with: ">"
        )
        .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(
            of: "&amp;", with: "&")
    }

    /// The page without its Content-Security-Policy (which would block the measuring script) and with the script.
    func measuringCopy() throws -> String {
        let policy = "<meta http-equiv=\"Content-Security-Policy\" content=\"\(Markup.escape(HTMLDocument.contentSecurityPolicy))\">\n"
        #expect(html.contains(policy), "\(name): the page has no Content-Security-Policy")
        return html.replacingOccurrences(of: policy, with: "").replacingOccurrences(of: "</body>", with: Self.measuringScript + "</body>")
    }

    func measure(page: URL, chromium: Chromium, work: URL, expectedIDs: [String]) throws {
        let copy = work.appendingPathComponent("\(name)-measure.html")
        try measuringCopy().write(to: copy, atomically: true, encoding: .utf8)
        for (width, height) in [(1_200, 1_600), (T.a4WidthPixels, T.a4HeightPixels)] {
            let run = try chromium.render(page: copy, width: width, height: height, workDirectory: work)
            let report = try PageInspector.inspect(dom: run.dom, netLog: nil, screenshot: nil, workDirectory: work)
            let text = try #require(report.dom?.measurement, "\(name): the measuring script did not run at width \(width)")
            let m = try JSONDecoder().decode(Measurement.self, from: Data(text.utf8))
            #expect(m.charts.map(\.id) == expectedIDs)
            #expect(m.scrollWidth <= m.viewport, "\(name): the page is wider (\(m.scrollWidth)) than the window (\(m.viewport))")
            #expect(m.overflowingTables.isEmpty, "\(name): tables wider than the page at width \(width): \(m.overflowingTables)")
            for chart in m.charts {
                #expect(chart.width > 0 && chart.height > 0, "\(name): chart \(chart.id) has no size at width \(width)")
                #expect(chart.right <= m.viewport + 0.5, "\(name): chart \(chart.id) overflows the page at width \(width)")
                if width == T.a4WidthPixels {
                    #expect(chart.height <= T.a4PrintableHeightPixels, "\(name): chart \(chart.id) is taller than an A4 page")
                }
            }
        }
    }
}
