import PIPlannerModel

/// One row of a rollout's interval table (Methodology §7.6), a year's or the span's: the point rollout's total cost
/// and children seen beside the draws' P10, P50 and P90 of each. The Markdown and the HTML print the same rows.
struct RolloutIntervalRow: Equatable {
    var label: String
    /// The span's total (the report's last column), summed draw by draw.
    var isSpan: Bool
    /// At point values, in pounds.
    var costGBP: Double
    var cost: Summary
    /// At point values.
    var childrenSeen: Double
    var children: Summary

    /// The columns of `figures`, each with the figure it belongs to: the plan value (headed by the figure's name), then
    /// P10, P50 and P90, of the total cost and then of the children seen.
    static let columns: [(figure: String, heading: String)] = ["Total cost", "Children seen"].flatMap { figure in
        [(figure, figure), (figure, "P10"), (figure, "P50"), (figure, "P90")]
    }

    /// The Markdown table's headings: the label's, then `columns`.
    static var headings: [String] { ["Year"] + columns.map(\.heading) }

    /// Each year of `rollout` in order, then its span, with the summaries of `run`.
    static func rows(_ rollout: PlannedRollout, _ run: RolloutUncertaintyRun) -> [RolloutIntervalRow] {
        let years = rollout.plan.years.enumerated().map { k, year in
            RolloutIntervalRow(
                label: year.label, isSpan: false, costGBP: year.cost.totalGBP.gbp, cost: run.yearCost(k), childrenSeen: year.childrenSeen,
                children: run.yearChildren(k))
        }
        let span = RolloutIntervalRow(
            label: rollout.span.label, isSpan: true, costGBP: rollout.spanTotals.cost.totalGBP.gbp, cost: run.spanCost,
            childrenSeen: rollout.spanTotals.childrenSeen, children: run.spanChildren)
        return years + [span]
    }

    /// The cells after the label, in the order of `columns`: cost and its P10, P50, P90 in whole pounds, then children
    /// seen and theirs.
    var figures: [String] {
        let gbp = [costGBP, cost.p10, cost.p50, cost.p90].map { UncertaintyFigures.format($0, .gbp) }
        return gbp + [childrenSeen, children.p10, children.p50, children.p90].map { UncertaintyFigures.format($0, .count) }
    }

    /// The sentence before the table: what the table beside it is, which draws and seed, and what the draws hold.
    static func lead(_ run: RolloutUncertaintyRun) -> String {
        "The table above is the rollout at point values and stays its answer. Beside it, the spread from \(UncertaintyFigures.provenance(run.request, run.entries)); P10–P90 is the 80% interval. The teams each year are the schedule's; the draws move what they cost and the children they see."
    }

    /// The note under the table on how the span's interval is made.
    static let spanNote = "The total column's interval is summed draw by draw, never from the years' percentiles (Methodology §7.2)."

    /// Before the distributions used: why every figure is shared.
    static let scope = "A rollout is national: each figure takes one value a draw (Methodology §7.6)."
}
