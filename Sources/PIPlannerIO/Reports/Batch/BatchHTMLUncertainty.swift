import PIPlannerModel

/// The HTML of a batch's uncertainty (Methodology §7.2): the set's totals at point values beside their P10, P50 and
/// P90, each total added up draw by draw. Every area's own intervals are in the ranked table under the map
/// (`BatchAreaIntervals`), the CSV and the JSON lines.
enum BatchHTMLUncertainty {
    typealias H = HTMLDocument

    static func section(_ result: BatchResult, run: UncertaintyRun) -> Markup {
        var m = H.heading(2, "How sure are the totals?")
        m += H.paragraph(
            "The totals above are at point values and stay the answer. Beside them, the spread from \(UncertaintyFigures.provenance(run)); P10–P90 is the 80% interval. National figures take one value a draw for every area, so each total is added up draw by draw, never from the areas' percentiles. Every area's P10–P90 of the map's measure, teams and cost is in the table under the map, and all its intervals are in the CSV (\(H.code("--draws N --format csv"))) and JSON lines."
        )
        guard let u = run.result.totals else {
            return m + H.paragraph("No set totals: the areas' plan years differ.")
        }
        let t = result.totals
        var rows: [(String, Int, Double, UncertaintyFigures.Style)] = [
            ("Teams, need method", DrawOutput.needTeams.rawValue, t.needTeams, .decimal2),
            ("Recommended teams", DrawOutput.recommendedTeams.rawValue, t.recommendedTeams, .decimal2),
            ("Required WTE", DrawOutput.requiredWTE.rawValue, t.requiredWTE, .decimal2),
            ("WTE gap", DrawOutput.gapWTE.rawValue, t.gapWTE, .decimal2),
        ]
        rows += zip(t.planYears, t.annualCostGBP).enumerated().map { y, pair in
            ("Cost, \(pair.0)", DrawOutput.yearCost(y), pair.1.gbp, .gbp)
        }
        rows += [
            ("Cost, all plan years", DrawOutput.totalCostGBP.rawValue, t.totalCostGBP.gbp, .gbp),
            ("Babies seen, all plan years", DrawOutput.babiesSeen.rawValue, t.babiesSeen, .count),
            ("Cost per baby seen", DrawOutput.costPerBabySeenGBP.rawValue, t.costPerBabySeenGBP?.gbp ?? .nan, .gbp),
        ]
        var table = HTMLTable(label: "Total", numberColumns: ["Plan", "P10", "P50", "P90"])
        for (label, output, point, style) in rows where output < u.summaries.count {
            let s = u.summaries[output]
            table.rows.append(.init([label] + [point, s.p10, s.p50, s.p90].map { UncertaintyFigures.format($0, style) }))
        }
        return m + table.render()
    }
}
