import Foundation
import PIPlannerModel
import Testing

@testable import PIPlannerIO

/// The HTML plan without a browser: one self-contained page with the Markdown report's sections and numbers.
@Suite struct PlanHTMLRendererTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func render(_ name: String) throws -> (html: String, markdown: String) {
        let reference = try ReferenceData.embedded()
        let file = "Examples/\(name).json"
        let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
        let plan = try PlanConfigLoader(reference: reference).load(text: text, file: file)
        let results = plan.areas.map { AreaPlanner.plan($0.input, assumptions: $0.assumptions) }
        return (
            PlanHTMLRenderer.render(plan: plan, results: results, reference: reference, version: "test"),
            PlanMarkdownRenderer.render(plan: plan, results: results, reference: reference, version: "test")
        )
    }

    @Test func thePageIsSelfContained() throws {
        let html = try Self.render("leeds-joint-funded").html
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;"))
        #expect(html.contains("<title>Leeds Infant Mental Health Service: expansion plan 2026/27 to 2028/29</title>"))
        for forbidden in ["<script", "<img", "<link", "<iframe", "src=", "href=", "@import", "@font-face"] {
            #expect(!html.contains(forbidden), "\(forbidden) in the page")
        }
        #expect(html.contains("@media print"))
        #expect(html.contains("details.audit::details-content"))
    }

    @Test func sectionsFollowTheMarkdownReport() throws {
        let (html, markdown) = try Self.render("leeds-joint-funded")
        let headings = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("#") }
            .map { $0.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces) }
        #expect(headings.count > 8)
        for heading in headings {
            #expect(html.contains(">\(Markup.escape(heading))</h"), "heading \(heading) missing")
        }
    }

    @Test func numbersAreTheMarkdownReportsNumbers() throws {
        let (html, markdown) = try Self.render("leeds-joint-funded")
        for figure in [
            // Costed with each role rounded up to 0.1 WTE (17.00 WTE, 12.55 to recruit; Methodology §3.8).
            "£810,221", "£1,291,200", "£1,317,815", "£3,419,236", "£2,764", "£363,543", "16.84", "12.39", "17.00", "12.55", "3.28", "2.94",
            "1.74–4.35", "18.86%",
        ] {
            #expect(markdown.contains(figure), "\(figure) is not in the Markdown report")
            #expect(html.contains(figure), "\(figure) is not in the HTML report")
        }
    }

    @Test func everyChartHasItsDataTableAndTheAuditIsCollapsed() throws {
        let html = try Self.render("oldham-metropolitan-borough").html
        let figures = html.components(separatedBy: "<figure class=\"chart\"").dropFirst()
        #expect(figures.count == 5)
        for figure in figures {
            let body = figure.components(separatedBy: "</figure>")[0]
            #expect(body.contains("<svg id=") && body.contains("<table>") && body.contains("<figcaption"))
        }
        #expect(html.contains("<details class=\"audit\">\n<summary>"))
        #expect(!html.contains("<details class=\"audit\" open"))
    }

    @Test func aMultiAreaPlanHasItsGlanceTableAndUniqueChartIDs() throws {
        let reference = try ReferenceData.embedded()
        let text = """
            {"version": 1, "staffingModel": "spending-review-2021", "planYears": {"start": "2026/27", "count": 2},
             "areas": [{"name": "A & B", "population": 300000, "births": 3300}, {"name": "C", "population": 150000, "births": 1500}]}
            """
        let plan = try PlanConfigLoader(reference: reference).load(text: text, file: "two.json")
        let results = plan.areas.map { AreaPlanner.plan($0.input, assumptions: $0.assumptions) }
        let html = PlanHTMLRenderer.render(plan: plan, results: results, reference: reference, version: "test")
        #expect(html.contains(">Areas at a glance</h2>"))
        #expect(html.contains("<h2>A &amp; B</h2>"))
        let ids = html.components(separatedBy: "<svg id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(ids.count == 10)
        #expect(Set(ids).count == ids.count)
        #expect(html.contains("No funding given."))
    }
}
