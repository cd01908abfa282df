import Foundation
import Testing

/// Config text in the Markdown reports is text, never HTML: `<`, `>` and an `&` that could start a character
/// reference are escaped in headings, table cells and prose, while ordinary names (the goldens) are unchanged.
@Suite struct MarkdownEscapingTests {
    static let script = "<script>alert(1)</script>"
    static let image = "\"><img src=x onerror=alert(1)>"

    func expectEscaped(_ markdown: String, _ context: String) {
        #expect(!markdown.contains("<script"), "\(context): raw <script> in the Markdown")
        #expect(!markdown.contains("<img"), "\(context): raw <img> in the Markdown")
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(context)")
        #expect(markdown.contains("&gt;&lt;img src=x onerror=alert(1)&gt;"), "\(context)")
    }

    @Test func planTitleAreaNamesAndFundersAreEscaped() {
        let config = """
            {"version": 1, "title": "Plan \(Self.script)", "staffingModel": "spending-review-2021", "planYears": {"start": "2026/27", "count": 3},
             "areas": [{"name": "\(Self.script)", "population": 300000, "births": 3300,
                        "funding": [{"funder": "pcc", "name": "\(Self.image.replacingOccurrences(of: "\"", with: "\\\""))",
                                     "outcomes": ["Fewer <b>crises</b> & more &amp; help"], "share": 0.5}]},
                       {"name": "\(Self.image.replacingOccurrences(of: "\"", with: "\\\""))", "population": 250000, "births": 2800}]}
            """
        let result = runCLI(["plan", writeConfig(config)])
        #expect(result.code == 0, "\(result.stderr)")
        expectEscaped(result.stdout, "plan")
        #expect(result.stdout.contains("# Plan &lt;script&gt;"))
        // A bare & stays; one that could start a reference is escaped.
        #expect(result.stdout.contains("Fewer &lt;b&gt;crises&lt;/b&gt; & more &amp;amp; help"), "\(result.stdout)")
    }

    @Test func rolloutTitleAndDescriptionAreEscaped() {
        let config = """
            {"version": 1, "kind": "rollout", "title": "\(Self.script)", "description": "\(Self.image.replacingOccurrences(of: "\"", with: "\\\""))",
             "years": ["2022/23", "2023/24"], "labourPerTeam": {"parameter": "spendingReview2021LabourPerTeamGBP"},
             "schedule": {"teamsFullyOperating": [10, 20], "teamsComingIntoOperation": [10, 5]}}
            """
        let result = runCLI(["rollout", writeConfig(config)])
        #expect(result.code == 0, "\(result.stderr)")
        expectEscaped(result.stdout, "rollout")
    }

    @Test func compareAreaNamesAreEscaped() {
        let config = """
            {"version": 1, "staffingModel": "spending-review-2021", "planYears": {"start": "2026/27", "count": 3},
             "areas": [{"name": "\(Self.script)", "population": 300000, "births": 3300},
                       {"name": "\(Self.image.replacingOccurrences(of: "\"", with: "\\\""))", "population": 250000, "births": 2800}]}
            """
        let result = runCLI(["compare", writeConfig(config, name: "areas.json")])
        #expect(result.code == 0, "\(result.stderr)")
        expectEscaped(result.stdout, "compare")
    }
}
