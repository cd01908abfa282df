import Foundation
import PIPlannerModel
import Testing

@testable import PIPlannerIO

/// A rollout's interval rows (`RolloutIntervalRow`), shared by the Markdown and the HTML, and the HTML section that
/// prints them (`RolloutHTMLUncertainty`), Methodology §7.6.
@Suite struct RolloutIntervalRowTests {
    /// Two years, every drawn figure held at its value (`false`), 50 draws; the span label is injected markup.
    static let config = #"""
        {"version": 1, "kind": "rollout", "years": ["2022/23", "2023/24"],
         "labourPerTeam": {"parameter": "spendingReview2021LabourPerTeamGBP"},
         "schedule": {"teamsFullyOperating": [10, 20], "teamsComingIntoOperation": [10, 5]},
         "totalSpan": {"from": "2022/23", "through": "2023/24", "label": "<script>alert(1)</script> total"},
         "uncertainty": {"draws": 50, "payGrowthRate": false, "firstYearLabourFraction": false, "trainingFirstYearGBP": false,
                         "trainingSecondYearGBP": false, "babiesSeenPerTeamPerYear": false, "firstYearCapacityFraction": false}}
        """#

    static func heldRun() throws -> (PlannedRollout, RolloutUncertaintyRun) {
        let rollout = try ReportPages.plannedRollout(text: config)
        return (rollout, try #require(try ReportPages.rolloutDraws(rollout, draws: nil)))
    }

    /// By hand, from the reference figures (labour £237,684.80 a team, +3% pay, half a year's labour and £11,077.50
    /// then £4,987.50 of training for a new team, 150 babies a team, a third of that in a team's first year):
    /// 2022/23: 10 × 237,684.80 + 10 × 237,684.80 × 0.5 + 10 × 11,077.50 = 2,376,848 + 1,188,424 + 110,775 = £3,676,047;
    ///   children 10 × 150 + 10 × 50 = 2,000.
    /// 2023/24: labour a team 237,684.80 × 1.03 = £244,815.34 (to the penny); 20 × 244,815.34 + 5 × 244,815.34 × 0.5
    ///   + 5 × 11,077.50 + 10 × 4,987.50 = 4,896,306.80 + 612,038.35 + 55,387.50 + 49,875 = £5,613,607.65; children
    ///   20 × 150 + 5 × 50 = 3,250. Span: £9,289,654.65 and 5,250 children.
    /// Every figure is held, so every draw is the point rollout and P10 = P50 = P90 = the point value.
    @Test func everyFigureHeldGivesThePointValueAtEveryPercentile() throws {
        let (rollout, run) = try Self.heldRun()
        let rows = RolloutIntervalRow.rows(rollout, run)
        #expect(rows.map(\.label) == ["2022/23", "2023/24", "<script>alert(1)</script> total"])
        #expect(rows.map(\.isSpan) == [false, false, true])
        let costs = [3_676_047.00, 5_613_607.65, 9_289_654.65]
        let children = [2_000.0, 3_250, 5_250]
        for (row, (cost, seen)) in zip(rows, zip(costs, children)) {
            #expect(abs(row.costGBP - cost) < 0.005 && abs(row.childrenSeen - seen) < 1e-6, "\(row.label)")
            for value in [row.cost.p10, row.cost.p50, row.cost.p90] { #expect(abs(value - cost) < 0.005, "\(row.label)") }
            for value in [row.children.p10, row.children.p50, row.children.p90] { #expect(abs(value - seen) < 1e-6, "\(row.label)") }
        }
        #expect(rows[1].figures == Array(repeating: "£5,613,608", count: 4) + Array(repeating: "3,250", count: 4))
        #expect(RolloutIntervalRow.headings == ["Year", "Total cost", "P10", "P50", "P90", "Children seen", "P10", "P50", "P90"])
    }

    /// Summaries set by hand in the run: each year takes its own year's, the span the span's, printed in the order of
    /// the headings (whole pounds, whole children).
    @Test func eachRowTakesItsOwnYearsSummaries() throws {
        let (rollout, held) = try Self.heldRun()
        var run = held
        func summary(_ base: Double) -> Summary { Summary(p10: base + 0.4, p50: base + 1_000, p90: base + 2_000.6, mean: base, count: 50) }
        run.summaries[RolloutDrawModel.yearCost(0)] = summary(1_000_000)
        run.summaries[RolloutDrawModel.yearChildren(0)] = summary(10)
        run.summaries[RolloutDrawModel.yearCost(1)] = summary(2_000_000)
        run.summaries[RolloutDrawModel.yearChildren(1)] = summary(20)
        run.summaries[run.model.spanCost] = summary(3_000_000)
        run.summaries[run.model.spanChildren] = summary(30)
        let rows = RolloutIntervalRow.rows(rollout, run)
        #expect(rows[0].figures == ["£3,676,047", "£1,000,000", "£1,001,000", "£1,002,001", "2,000", "10", "1,010", "2,011"])
        #expect(rows[1].figures == ["£5,613,608", "£2,000,000", "£2,001,000", "£2,002,001", "3,250", "20", "1,020", "2,021"])
        #expect(rows[2].figures == ["£9,289,655", "£3,000,000", "£3,001,000", "£3,002,001", "5,250", "30", "1,030", "2,031"])
        // The Markdown prints the same cells, the span's label in bold.
        let md = RolloutUncertaintyReport.markdown(rollout, run)
        #expect(md.contains("| 2023/24 | £5,613,608 | £2,000,000 | £2,001,000 | £2,002,001 | 3,250 | 20 | 1,020 | 2,021 |\n"))
        #expect(md.contains("| **<script>alert(1)</script> total** | £9,289,655 |"))
    }

    /// The HTML section: the rows turned to run a column per year, the draws and seed, two interval charts with data
    /// tables, every text escaped and no script.
    @Test func theHTMLSectionPrintsTheRowsAColumnPerYear() throws {
        let (rollout, run) = try Self.heldRun()
        let html = RolloutHTMLUncertainty.section(rollout, run: run).text
        #expect(html.contains("<h2>How sure is this rollout?</h2>"))
        #expect(html.contains("50 draws (seed 20261201) of 0 uncertain figures"))
        #expect(html.contains("<th scope=\"col\" class=\"num\">&lt;script&gt;alert(1)&lt;/script&gt; total</th>"))
        #expect(!html.contains("<script>"))
        let plan =
            #"<tr class="total"><th scope="row">Total cost</th><td class="num">£3,676,047</td><td class="num">£5,613,608</td><td class="num">£9,289,655</td></tr>"#
        #expect(html.contains(plan))
        let p90 =
            #"<tr><th scope="row">Children seen, P90</th><td class="num">2,000</td><td class="num">3,250</td><td class="num">5,250</td></tr>"#
        #expect(html.contains(p90))
        for id in ["rollout-cost-interval", "rollout-children-interval"] {
            #expect(html.contains("<svg id=\"\(id)\" class=\"chart\""), "\(id)")
        }
        // The charts' data tables give each year's P10–P90; the years only, not the span.
        #expect(html.contains("<td class=\"num\">£3,676,047–£3,676,047</td>"))
        #expect(html.contains("Rollout year") && html.contains("Total cost (£ a year, cash)"))
        #expect(!html.contains("5,250–5,250"))
    }

    /// Without draws the page has no interval section, and with them the section follows the table by year.
    @Test func thePageHasTheSectionOnlyWithDraws() throws {
        let (rollout, run) = try Self.heldRun()
        let plain = RolloutHTMLRenderer.render(rollout, version: "test")
        let drawn = RolloutHTMLRenderer.render(rollout, version: "test", uncertainty: run)
        #expect(!plain.contains("id=\"uncertainty\""))
        let byYear = try #require(drawn.range(of: "<section id=\"by-year\""))
        let section = try #require(drawn.range(of: "<section id=\"uncertainty\""))
        #expect(byYear.lowerBound < section.lowerBound)
    }
}
