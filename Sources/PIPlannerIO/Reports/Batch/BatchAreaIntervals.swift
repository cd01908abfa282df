import PIPlannerModel

/// The P10–P90 the batch page gives beside an area's plan values (Methodology §7): in the ranked table under the map
/// (the map's measure, recommended teams and cost) and in a chart of the areas ranked highest.
///
/// A rate of births (teams per 100,000 births, cost per 1,000 births) has a denominator no draw moves, so its
/// percentiles are the rule applied to the percentiles of the teams or the cost: an increasing straight line keeps
/// the order of the draws, and a type 7 percentile, which interpolates between two draws, moves with it.
enum BatchAreaIntervals {
    typealias H = HTMLDocument

    /// The areas the interval chart shows at most: twenty rows stay within an A4 page.
    static let chartRowLimit = 20

    /// The ranked table's columns beside the measure with draws: the teams and the cost (the WTE gap, which has its
    /// interval in the CSV, is left out so that a column of two-line cells fits an A4 page).
    static let others = [AreaColumns.recommendedTeams, AreaColumns.totalCost]

    /// `column`'s summary over the draws `u` of the area planned as `plan`; nil for a column the draws do not give.
    static func summary(_ column: AreaColumn, _ u: AreaUncertainty, plan: AreaPlan) -> Summary? {
        switch column.id {
        case AreaColumns.prevalence.id: return u[.prevalence]
        case AreaColumns.recommendedTeams.id: return u[.recommendedTeams]
        case AreaColumns.gapWTE.id: return u[.gapWTE]
        case AreaColumns.totalCost.id: return u[.totalCostGBP]
        case AreaColumns.teamsPer100kBirths.id:
            return map(u[.recommendedTeams]) { TeamsPer100kBirthsRule.teamsPer100kBirths(teams: $0, birthsPerYear: plan.births) }
        case AreaColumns.costPer1000Births.id:
            return map(u[.totalCostGBP]) { gbp in
                guard Money.canHold(gbp) else { return nil }
                return CostPer1000BirthsRule.costPer1000Births(
                    total: Money(gbp: gbp), birthsPerYear: plan.births, planYears: plan.years.count)?
                    .gbp
            }
        default: return nil
        }
    }

    /// `s` with `rule` applied to each percentile and the mean; not a number where the rule gives none.
    static func map(_ s: Summary, _ rule: (Double) -> Double?) -> Summary {
        Summary(p10: rule(s.p10) ?? .nan, p50: rule(s.p50) ?? .nan, p90: rule(s.p90) ?? .nan, mean: rule(s.mean) ?? .nan, count: s.count)
    }

    /// "2.07–6.07", "£3.81m–£10.5m": the P10–P90 as the column prints its values, money to three significant figures
    /// (as precise as the draws make it, and narrow enough for the table); "—" at an end that is not a number.
    static func interval(_ column: AreaColumn, _ s: Summary) -> String {
        "\(text(column, s.p10))–\(text(column, s.p90))"
    }

    /// A value as `column` displays it, money to three significant figures; "—" when not finite.
    static func text(_ column: AreaColumn, _ value: Double) -> String {
        guard value.isFinite else { return "—" }
        if case .money = column.kind { return gbp3(value) }
        return column.display(.number(value))
    }

    /// Pounds to three significant figures: "£10.5m", "£3.81m", "£874k", "£950".
    static func gbp3(_ value: Double) -> String {
        let magnitude = abs(value)
        let sign = value < 0 ? "-£" : "£"
        for (scale, suffix) in [(1e6, "m"), (1e3, "k")] where magnitude >= scale {
            let rounded = rounded3(magnitude / scale)
            // £999.6k rounds to £1,000k: print it as £1.00m.
            if suffix == "k", rounded >= 1_000 { return sign + "1.00m" }
            return sign + NumberFormat.number(rounded, decimals3(rounded)) + suffix
        }
        return sign + NumberFormat.number(rounded3(magnitude), 0)
    }

    /// `x` rounded to three significant figures (whole numbers from 100 up).
    static func rounded3(_ x: Double) -> Double {
        guard x >= 1 else { return x.rounded() }
        let factor = [1.0, 10.0, 100.0][decimals3(x)]
        return (x * factor).rounded() / factor
    }

    /// Decimals that show three significant figures of `x` ≥ 1: 2 below 10, 1 below 100, else 0.
    static func decimals3(_ x: Double) -> Int { x < 10 ? 2 : x < 100 ? 1 : 0 }

    /// A cell of the ranked table: the plan value, and under it the P10–P90 in brackets ("3.28 (2.07–6.07)" as text);
    /// the line break keeps a money column as narrow as its longest line, so the table fits an A4 page.
    static func cell(_ point: String, _ column: AreaColumn, _ s: Summary?) -> Markup {
        guard let s else { return "\(point)" }
        return "\(point) <br>(\(interval(column, s)))"
    }

    /// The sentences before the chart and the table: which draws made the intervals, that the areas move together, and
    /// where the rest are.
    static func lead(_ run: UncertaintyRun) -> Markup {
        H.paragraph(
            """
            Under each planned area's figures in the table, in brackets, their P10–P90 (the 80% interval; money to three \
            significant figures) from \(UncertaintyFigures.provenance(run)); national figures take one value a draw for every \
            area, so the areas move together. Every other interval is in the CSV \
            (\(H.code("--draws N --format csv"))).
            """)
    }

    /// The map's measure with its P10–P90 for the areas ranked highest (at most `chartRowLimit`), in rank order.
    static func chart(_ ranked: [(rank: Int?, entry: BatchMapSection.Entry)], measure: AreaColumn) -> Chart? {
        var rows: [IntervalBarChart.Row] = []
        for (_, entry) in ranked where rows.count < chartRowLimit {
            guard let value = entry.value, value.isFinite, let s = entry.interval(measure), s.p10.isFinite, s.p90.isFinite else { continue }
            rows.append(.init(label: entry.name, value: value, interval: ChartInterval(low: s.p10, high: s.p90)))
        }
        guard !rows.isEmpty else { return nil }
        let which = ranked.count > rows.count ? "the \(rows.count) highest areas" : ReportText.count(rows.count, "area")
        return IntervalBarChart.render(
            .init(
                id: "map-intervals", title: "\(measure.label): plan and P10–P90, \(which)", rows: rows, labelHeading: "Area",
                valueAxisLabel: measure.label, style: measure.chartStyle, pointLabel: "Plan"))
    }
}
