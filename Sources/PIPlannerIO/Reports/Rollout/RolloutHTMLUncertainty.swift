import PIPlannerModel

/// The HTML of a rollout's intervals (Methodology §7.6): each year's and the span's total cost and children seen at
/// point values beside their P10, P50 and P90 (the Markdown's rows, `RolloutIntervalRow`), the cost and the children
/// seen by year as bars with P10–P90 whiskers, what the draws held, and the distributions used.
enum RolloutHTMLUncertainty {
    typealias H = HTMLDocument

    static func section(_ rollout: PlannedRollout, run: RolloutUncertaintyRun) -> Markup {
        let rows = RolloutIntervalRow.rows(rollout, run)
        var m = H.heading(2, "How sure is this rollout?") + H.paragraph("\(RolloutIntervalRow.lead(run))")
        m += table(rows).render() + H.paragraph("\(RolloutIntervalRow.spanNote)")
        if !run.model.heldIDs.isEmpty {
            let codes = Markup(
                joining: run.model.heldIDs.enumerated().map { $0.offset == 0 ? H.code($0.element) : ", \(H.code($0.element))" })
            m += H.paragraph("Held at the config's value (give a distribution under \(H.code("uncertainty")) to vary it): \(codes).")
        }
        let years = rows.filter { !$0.isSpan }
        m += H.figure(
            chart(
                years, id: "rollout-cost-interval", title: "Total cost by year: plan and P10–P90", name: "Total cost (plan)",
                axis: "Total cost (£ a year, cash)", style: .gbp, point: \.costGBP, summary: \.cost),
            note: "The bars are the rollout at point values; each whisker runs from the year's P10 to its P90.")
        m += H.figure(
            chart(
                years, id: "rollout-children-interval", title: "Children seen by year: plan and P10–P90", name: "Children seen (plan)",
                axis: "Children seen a year", style: .number(decimals: 0), point: \.childrenSeen, summary: \.children))
        return m + H.paragraph("\(RolloutIntervalRow.scope)") + PlanHTMLUncertainty.distributions(run.entries)
    }

    /// The Markdown's rows turned to run as the table by year above does, a column per year and one for the span (nine
    /// columns of pounds would not fit an A4 page): a row per figure, its plan value (in bold, over a rule) and then its
    /// P10, P50 and P90.
    static func table(_ rows: [RolloutIntervalRow]) -> HTMLTable {
        var table = HTMLTable(label: "Figure", numberColumns: rows.map(\.label))
        for (i, column) in RolloutIntervalRow.columns.enumerated() {
            let isPlan = column.heading == column.figure
            table.rows.append(
                .init([isPlan ? column.figure : "\(column.figure), \(column.heading)"] + rows.map { $0.figures[i] }, isTotal: isPlan))
        }
        return table
    }

    /// Bars of each year's point value with its P10–P90 as a whisker; the data table gives both.
    static func chart(
        _ years: [RolloutIntervalRow], id: String, title: String, name: String, axis: String, style: ValueStyle,
        point: KeyPath<RolloutIntervalRow, Double>, summary: KeyPath<RolloutIntervalRow, Summary>
    ) -> Chart {
        BarChart.render(
            .init(
                id: id, title: title, categories: years.map(\.label),
                series: [ChartSeries(name: name, values: years.map { $0[keyPath: point] })],
                categoryAxisLabel: "Rollout year", valueAxisLabel: axis, style: style,
                intervals: years.map { ChartInterval(low: $0[keyPath: summary].p10, high: $0[keyPath: summary].p90) },
                intervalLabel: "P10–P90"))
    }
}
