import PIPlannerModel

/// `piplanner rollout --format html`: the rollout as one self-contained page with the Markdown report's sections.
/// 002's table by year with the span-total column, the cost by year stacked by line, the teams fully operating (a
/// line) over the teams coming into operation (bars); with `--draws`, each year's intervals; then the notes, schedule,
/// assumptions, overridden figures, findings and the audit trail, collapsed on screen and printed in full.
public enum RolloutHTMLRenderer {
    typealias H = HTMLDocument

    /// The page; with `uncertainty`, a section of each year's intervals after the table by year (Methodology §7.6).
    public static func render(_ rollout: PlannedRollout, version: String, uncertainty: RolloutUncertaintyRun? = nil) -> String {
        let title = rollout.title ?? "Phased rollout of parent-infant relationship teams"
        var page = HTMLDocument(title: title)
        var header = H.heading(1, title)
        header += HTMLReportSections.generated(version: version, file: rollout.file, referenceOrigin: rollout.referenceOrigin)
        if let d = rollout.description { header += H.paragraph("\(d)") }
        page.append("<header>\n\(header)</header>\n")
        page.append(H.section(id: "summary", RolloutHTMLSections.summary(rollout)))
        page.append(H.section(id: "by-year", major: true, byYear(rollout)))
        if let uncertainty {
            page.append(H.section(id: "uncertainty", major: true, RolloutHTMLUncertainty.section(rollout, run: uncertainty)))
        }
        page.append(H.section(id: "schedule", major: true, RolloutHTMLSections.schedule(rollout)))
        page.append(H.section(id: "assumptions", RolloutHTMLSections.assumptions(rollout)))
        page.append(H.section(id: "overrides", HTMLReportSections.overrides(rollout.overrides)))
        page.append(H.section(id: "findings", HTMLReportSections.findings(rollout.findings, heading: "Findings", level: 2, none: "None.")))
        page.append(H.section(id: "audit", HTMLReportSections.audit(rollout.audit, level: 2)))
        return page.render()
    }

    /// A cell of the table by year as the Markdown report prints it.
    static func text(_ cell: RolloutLine.Cell) -> String {
        switch cell {
        case .money(let m): return NumberFormat.gbp(m)
        case .count(let c): return c == c.rounded() ? NumberFormat.number(c) : NumberFormat.trimmed(c, 2)
        case .none: return "—"
        }
    }

    /// 002's table (a row per line, a column per year and one for the span), the two charts and the notes.
    static func byYear(_ rollout: PlannedRollout) -> Markup {
        let years = rollout.plan.years
        var table = HTMLTable(label: "Year", numberColumns: years.map(\.label) + [rollout.span.label])
        for line in RolloutLine.allCases {
            let cells = years.map { text(line.cell($0, given: rollout.given($0.label))) }
            let span = text(line.cell(rollout.spanTotals, years: years, given: rollout.given))
            table.rows.append(.init([line.title] + cells + [span], isTotal: line == .total))
        }
        var m = H.heading(2, "Costs, teams and children seen by year") + table.render()
        m += H.figure(costChart(rollout))
        m += H.figure(
            teamsChart(rollout),
            note: "The line is the teams fully operating from 1 April; the bars are the teams coming into operation over the year.")
        return m + RolloutHTMLSections.notes(rollout)
    }

    /// Each year's cost stacked by line: labour of the teams fully operating and coming into operation, training and
    /// (when the config gives one) the development programme.
    static func costChart(_ rollout: PlannedRollout) -> Chart {
        let years = rollout.plan.years
        var series = [
            ChartSeries(name: "Labour, teams fully operating", values: years.map(\.cost.labourFullyOperatingGBP.gbp)),
            ChartSeries(name: "Labour, teams coming into operation", values: years.map(\.cost.labourComingIntoOperationGBP.gbp)),
            ChartSeries(name: "Training", values: years.map(\.cost.trainingGBP.gbp)),
        ]
        if rollout.schedule.years.contains(where: { $0.developmentGBP != nil }) {
            series.append(ChartSeries(name: "Development programme", values: years.map(\.cost.developmentGBP.gbp)))
        }
        return StackedBarChart.render(
            .init(
                id: "rollout-cost", title: "Cost by year, by line", categories: years.map(\.label), series: series,
                categoryAxisLabel: "Rollout year", valueAxisLabel: "Cost (£ a year, cash)", style: .gbp))
    }

    /// Teams fully operating from 1 April (the line) over the teams coming into operation in the year (the bars).
    static func teamsChart(_ rollout: PlannedRollout) -> Chart {
        let years = rollout.plan.years
        let counts = years.flatMap { [$0.teamsFullyOperating, $0.teamsComingIntoOperation] }
        let style = ValueStyle.number(decimals: counts.allSatisfy { $0 == $0.rounded() } ? 0 : 2)
        return LineOverBarChart.render(
            .init(
                id: "rollout-teams", title: "Teams operating, by year", categories: years.map(\.label),
                bars: ChartSeries(name: "Teams coming into operation", values: years.map(\.teamsComingIntoOperation)),
                line: ChartSeries(name: "Teams fully operating from 1 April", values: years.map(\.teamsFullyOperating)),
                categoryAxisLabel: "Rollout year", valueAxisLabel: "Teams", style: style))
    }
}
