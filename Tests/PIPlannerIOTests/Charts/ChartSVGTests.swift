import Testing

@testable import PIPlannerIO

/// Every chart type: an accessible SVG (title, `role="img"`, `aria-label`, fixed `viewBox`, `width="100%"`),
/// its axis titles with units, its values printed, and a data table with the same numbers.
@Suite struct ChartSVGTests {
    static let years = ["2026/27", "2027/28", "2028/29"]
    static let hostile = "<script>alert(1)</script>"

    /// The checks every chart passes.
    func checkAccessible(_ chart: Chart, labels: [String], values: [String]) {
        let svg = chart.svg.text
        #expect(svg.hasPrefix("<svg id=\"\(chart.id)\" class=\"chart\" viewBox=\"0 0 "))
        #expect(svg.contains("width=\"100%\""))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("aria-label=\"\(Markup.escape(chart.title))\""))
        #expect(svg.contains("<title>\(Markup.escape(chart.title))</title>"))
        #expect(svg.contains("<desc id=\"\(chart.id)-desc\">"))
        #expect(!svg.contains("<script"), "text must never become an element")
        for label in labels {
            #expect(svg.contains(">\(Markup.escape(label))</text>"), "axis title \(label) missing")
        }
        let table = chart.table.text
        #expect(table.contains("<table>") && table.contains("<th scope=\"col\""))
        for value in values {
            #expect(svg.contains(value), "\(value) not printed in the chart")
            #expect(table.contains(value), "\(value) not in the data table")
        }
    }

    @Test func stackedBars() {
        let chart = StackedBarChart.render(
            .init(
                id: "cost", title: "Cost by year", categories: Self.years,
                series: [
                    ChartSeries(name: "Labour, existing", values: [289_566, 298_253, 307_200]),
                    ChartSeries(name: "Labour, new", values: [403_113, 830_413, 855_325]),
                    ChartSeries(name: Self.hostile, values: [26_754, 12_046, 0]),
                ], categoryAxisLabel: "Plan year", valueAxisLabel: "Cost (£ a year)", style: .gbp))
        checkAccessible(chart, labels: ["Plan year", "Cost (£ a year)"], values: ["£719,433", "£830,413", "£1,162,525"])
        #expect(chart.svg.text.contains(">£1.5m</text>"), "nice money ticks")
        #expect(chart.svg.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "series names are escaped")
        #expect(chart.table.text.contains("<th scope=\"col\" class=\"num\">Total</th>"))
        // Three years × three series, with the zero training segment of the last year left out.
        #expect(chart.svg.text.components(separatedBy: "<rect class=\"mark\"").count - 1 == 8)
    }

    @Test func negativeValuesStackDownwards() {
        let chart = StackedBarChart.render(
            .init(
                id: "n", title: "Net", categories: ["A"],
                series: [ChartSeries(name: "In", values: [10]), ChartSeries(name: "Out", values: [-4])],
                categoryAxisLabel: "Case", valueAxisLabel: "Amount", style: .number(decimals: 0)))
        checkAccessible(chart, labels: ["Case", "Amount"], values: ["6", "-4"])
        #expect(chart.svg.text.contains(">-4</text>"))
    }

    @Test func barsWithAHighlightAndARange() {
        let chart = BarChart.render(
            .init(
                id: "teams", title: "Teams by method", categories: ["Coverage method", "Need method"],
                series: [ChartSeries(name: "Teams", values: [2.94, 3.28])], categoryAxisLabel: "Sizing method", valueAxisLabel: "Teams",
                style: .number(decimals: 2), highlighted: 1, intervals: [nil, ChartInterval(low: 4.35, high: 1.74)]))
        checkAccessible(chart, labels: ["Sizing method", "Teams"], values: ["2.94", "3.28", "1.74–4.35"])
        let svg = chart.svg.text
        #expect(svg.contains("class=\"mark outlined\""), "the highlight is an outline, not colour alone")
        #expect(svg.contains("class=\"tick strong\""), "and a bold label")
        #expect(svg.contains("<g class=\"whisker\"><title>Need method: 1.74–4.35</title>"))
        #expect(chart.table.text.contains("<tr class=\"highlight\">"))
    }

    @Test func groupedBarsHaveALegend() {
        let chart = BarChart.render(
            .init(
                id: "g", title: "Compare", categories: ["Leeds", "Oldham"],
                series: [ChartSeries(name: "Need", values: [3.28, 1.24]), ChartSeries(name: "Coverage", values: [2.94, 0.88])],
                categoryAxisLabel: "Area", valueAxisLabel: "Teams", style: .number(decimals: 2), highlighted: 0))
        checkAccessible(chart, labels: ["Area", "Teams"], values: ["3.28", "1.24", "0.88"])
        #expect(chart.svg.text.contains("<g class=\"legend\">"))
        #expect(chart.svg.text.contains("class=\"band\""))
    }

    @Test func lineOverBarsShadesTheGap() {
        let chart = LineOverBarChart.render(
            .init(
                id: "need", title: "Caseload against babies seen", categories: Self.years,
                bars: ChartSeries(name: "Babies seen", values: [250.88, 492.4, 492.4]),
                line: ChartSeries(name: "Specialist caseload", values: [492.4, 492.4, 492.4]), categoryAxisLabel: "Plan year",
                valueAxisLabel: "Babies a year", style: .number(decimals: 0), differenceLabel: "Need not met"))
        checkAccessible(chart, labels: ["Plan year", "Babies a year"], values: ["251", "492"])
        let svg = chart.svg.text
        #expect(svg.contains("<polyline class=\"series-line\""))
        #expect(svg.contains("<title>Need not met, 2026/27: 242</title>"))
        #expect(svg.components(separatedBy: "class=\"gap\"").count - 1 == 2, "one gap and its legend swatch")
        #expect(chart.table.text.contains(">Need not met</th>"))
    }

    @Test func lineOnItsOwnAxis() {
        let chart = LineOverBarChart.render(
            .init(
                id: "rollout", title: "Cost and teams", categories: Self.years, bars: ChartSeries(name: "Cost", values: [1e6, 2e6, 3e6]),
                line: ChartSeries(name: "Teams operating", values: [10, 20, 30]), categoryAxisLabel: "Year", valueAxisLabel: "Cost (£)",
                style: .gbp, lineAxisLabel: "Teams", lineStyle: .number(decimals: 0)))
        checkAccessible(chart, labels: ["Year", "Cost (£)", "Teams"], values: ["£2,000,000", "30"])
        #expect(!chart.svg.text.contains("class=\"gap\""))
    }

    @Test func horizontalBarsWrapLongLabels() {
        let chart = HorizontalBarChart.render(
            .init(
                id: "wte", title: "WTE by role",
                rows: [
                    .init(label: "Clinical psychologist / child psychotherapist, cluster lead across 3 teams (band 8c)", value: 1.08),
                    .init(label: "Social worker (band 6)", value: 3.28),
                ], labelHeading: "Role (band)", valueAxisLabel: "Required WTE", style: .number(decimals: 2), totalLabel: "Total"))
        checkAccessible(chart, labels: ["Required WTE"], values: ["1.08", "3.28"])
        #expect(chart.svg.text.contains("<tspan"))
        #expect(chart.table.text.contains("<tr class=\"total\"><th scope=\"row\">Total</th><td class=\"num\">4.36</td></tr>"))
    }

    @Test func intervalBars() {
        let chart = IntervalBarChart.render(
            .init(
                id: "p", title: "Teams, P10 to P90",
                rows: [
                    .init(label: "Leeds", value: 3.28, interval: ChartInterval(low: 2.6, high: 4.1)),
                    .init(label: Self.hostile, value: 1.2, interval: ChartInterval(low: 0.9, high: 1.6)),
                ], labelHeading: "Area", valueAxisLabel: "Teams", style: .number(decimals: 2)))
        checkAccessible(chart, labels: ["Teams"], values: ["3.28", "2.60", "4.10"])
        #expect(chart.svg.text.contains(">3.28 (2.60–4.10)</text>"))
        #expect(chart.svg.text.contains("<circle class=\"point\""))
        #expect(chart.table.text.contains("<th scope=\"col\" class=\"num\">P10</th>"))
    }
}
