import PIPlannerModel

/// A rollout's intervals (Methodology §7.6) in Markdown, JSON and CSV: P10, P50 and P90 of each year's total cost
/// and children seen, and of the report's total column, beside the point rollout.
enum RolloutUncertaintyReport {
    /// "How sure is this rollout?": the interval table, what was held, and the distributions used.
    static func markdown(_ rollout: PlannedRollout, _ run: RolloutUncertaintyRun) -> String {
        var md = "## How sure is this rollout?\n\n" + RolloutIntervalRow.lead(run) + "\n\n"
        md += ReportText.row(RolloutIntervalRow.headings)
        md += "| --- |" + String(repeating: " ---: |", count: RolloutIntervalRow.headings.count - 1) + "\n"
        for row in RolloutIntervalRow.rows(rollout, run) {
            md += ReportText.row([row.isSpan ? "**\(row.label)**" : row.label] + row.figures)
        }
        md += "\n" + RolloutIntervalRow.spanNote + "\n"
        if !run.model.heldIDs.isEmpty {
            md +=
                "Held at the config's value (give a distribution under `uncertainty` to vary it): \(run.model.heldIDs.map { "`\($0)`" }.joined(separator: ", ")).\n"
        }
        md += "\n"
        return md + UncertaintyMarkdown.distributions(run.entries, scope: RolloutIntervalRow.scope)
    }

    /// The `uncertainty` member of the JSON document.
    static func json(_ rollout: PlannedRollout, _ run: RolloutUncertaintyRun) -> JSONOut {
        let years = rollout.plan.years.enumerated().map { k, year -> JSONOut in
            .object([
                ("label", .string(year.label)), ("totalGBP", UncertaintyJSON.summary(run.yearCost(k), money: true)),
                ("childrenSeen", UncertaintyJSON.summary(run.yearChildren(k), money: false)),
            ])
        }
        return .object([
            ("settings", UncertaintyJSON.settings(run.request, run.entries)),
            ("years", .array(years)),
            (
                "spanTotal",
                .object([
                    ("label", .string(rollout.span.label)), ("totalGBP", UncertaintyJSON.summary(run.spanCost, money: true)),
                    ("childrenSeen", UncertaintyJSON.summary(run.spanChildren, money: false)),
                ])
            ),
            ("heldAtConfigValue", .array(run.model.heldIDs.map { .string($0) })),
        ])
    }

    /// CSV rows in the rollout CSV's columns (`line_item,unit,<year>…,total`): `total_p10` … `children_seen_p90`.
    static func csvRows(_ rollout: PlannedRollout, _ run: RolloutUncertaintyRun) -> [[String]] {
        let years = rollout.plan.years.indices
        let percentiles: [(String, (Summary) -> Double)] = [("p10", \.p10), ("p50", \.p50), ("p90", \.p90)]
        var rows: [[String]] = []
        for (name, pick) in percentiles {
            rows.append(["total_\(name)", "GBP"] + years.map { money(pick(run.yearCost($0))) } + [money(pick(run.spanCost))])
        }
        for (name, pick) in percentiles {
            rows.append(
                ["children_seen_\(name)", RolloutLine.childrenSeen.unit] + years.map { count(pick(run.yearChildren($0))) }
                    + [count(pick(run.spanChildren))])
        }
        return rows
    }

    /// Pounds to the penny, `inf` when infinite (a draw too costly for `Money`), as the plan's CSV gives it.
    private static func money(_ gbp: Double) -> String { CSVNumber.cell(gbp, money: true) }

    private static func count(_ value: Double) -> String { CSVNumber.cell(value, money: false) }
}
