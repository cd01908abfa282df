import Foundation
import PIPlannerModel

/// `piplanner plan --format csv`: the plan's figures as one tidy, long table, a row a figure (and a plan year), for
/// a spreadsheet or a CSV reader (Methodology §7).
///
/// Each area gives its figures (`section` `plan`: teams, WTE, cost by plan year and in total, babies seen, cost per
/// baby seen) with the value at point values; with draws, each figure's P10, P50, P90 and mean beside it, the
/// probabilities (`probability`), and the one-way sensitivity rows (`tornado`: the input at its P10 and its P90,
/// need teams and total cost at each, the swings and the rank), after two `run` rows naming the draws and the
/// seed. Units are in the `unit` column and in the names of the tornado's columns; money in pounds with two
/// decimals; an infinite value is `inf` (or `-inf`); a cell that does not apply is empty.
public enum PlanCSVRenderer {
    /// The columns, in order.
    public static let header = [
        "area", "area_code", "section", "figure", "label", "unit", "year", "value", "p10", "p50", "p90", "mean", "input_p10", "input_p90",
        "need_teams_at_input_p10", "need_teams_at_input_p90", "total_cost_gbp_at_input_p10", "total_cost_gbp_at_input_p90",
        "need_teams_swing", "total_cost_swing_gbp", "rank",
    ]

    /// The document for `results`, the plans of `plan`'s areas, with `uncertainty`'s intervals and tornado if given;
    /// `reference` names and gives the unit of each tornado input.
    public static func render(plan: LoadedPlan, results: [AreaPlan], reference: ReferenceData, uncertainty: UncertaintyRun? = nil)
        -> String
    {
        var rows: [[String]] = []
        if let uncertainty {
            let request = uncertainty.request
            rows.append(
                line(section: "run", figure: "draws", label: "Draws", unit: "draws", value: NumberFormat.plain(Double(request.drawCount))))
            rows.append(line(section: "run", figure: "seed", label: "Seed", unit: "seed", value: String(request.seed)))
        }
        for (index, p) in results.enumerated() {
            let u = uncertainty?.result.areas[index]
            rows += figures(p, u)
            if let u { rows += probabilities(p, u) }
            if let uncertainty, index < uncertainty.tornado.count { rows += tornado(p, uncertainty.tornado[index], reference) }
        }
        return CSVWriter.document(header: header, rows: rows)
    }

    /// The plan's figures (`UncertaintyFigures.rows`, detailed), each with its intervals when drawn.
    static func figures(_ p: AreaPlan, _ u: AreaUncertainty?) -> [[String]] {
        let years = p.years.map(\.label)
        return UncertaintyFigures.rows(years: years, point: UncertaintyFigures.point(p), detailed: true).map { row in
            let money = row.style == .gbp
            let s = u?.summaries[row.output]
            let interval = s.map { [$0.p10, $0.p50, $0.p90, $0.mean].map { cell($0, money: money) } } ?? ["", "", "", ""]
            return line(
                p, section: "plan", figure: row.figure, label: row.label, unit: row.unit, year: row.year.map { years[$0] } ?? "",
                value: cell(row.point, money: money), interval: interval)
        }
    }

    /// The probabilities of the draws: the workforce covering the need and, with funding, each year's funding its cost.
    static func probabilities(_ p: AreaPlan, _ u: AreaUncertainty) -> [[String]] {
        var rows = [
            line(
                p, section: "probability", figure: "workforceCoversNeed",
                label: "Probability that the existing workforce covers the need", unit: "probability",
                value: cell(u.workforceCoversProbability))
        ]
        if !p.funding.isEmpty {
            for (y, year) in p.years.enumerated() {
                rows.append(
                    line(
                        p, section: "probability", figure: "fundingCoversCost",
                        label: "Probability that \(year.label)'s funding covers its cost"
                            + (UncertaintyFigures.onlySharesOfCost(p) ? " (\(UncertaintyFigures.sharesNote))" : ""),
                        unit: "probability", year: year.label, value: cell(u.fundingCoversProbability(y))))
            }
        }
        return rows
    }

    /// The one-way sensitivity rows in their rank order (`OneWaySensitivity.rows`), every drawn input included.
    static func tornado(_ p: AreaPlan, _ rows: [OneWaySensitivity.Row], _ reference: ReferenceData) -> [[String]] {
        rows.enumerated().map { rank, row in
            let money = UncertaintyFigures.isMoney(row.id)
            var cells = line(
                p, section: "tornado", figure: row.id, label: UncertaintyFigures.name(row.id, reference),
                unit: reference.parameters[row.id]?.unit ?? "")
            cells.replaceSubrange(
                header.firstIndex(of: "input_p10")!...,
                with: [
                    cell(row.low, money: money), cell(row.high, money: money), cell(row.teamsAtLow), cell(row.teamsAtHigh),
                    cell(row.costAtLowGBP, money: true), cell(row.costAtHighGBP, money: true), cell(row.teamsSwing),
                    cell(row.costSwingGBP, money: true), String(rank + 1),
                ])
            return cells
        }
    }

    /// A row of every column: the area's name and code (none for a `run` row), then the figure and its value.
    static func line(
        _ p: AreaPlan? = nil, section: String, figure: String, label: String, unit: String, year: String = "", value: String = "",
        interval: [String] = ["", "", "", ""]
    ) -> [String] {
        let named = [p?.name ?? "", p?.code ?? "", section, figure, label, unit, year, value] + interval
        return named + Array(repeating: "", count: header.count - named.count)
    }

    /// Significant digits of a value that is not money: far beyond any figure's precision, and short of the last
    /// digits of a `Double`, so that a fitted quantile reads 0.2 rather than 0.20000000000000065 and an output does
    /// not change with the order a sum was taken in.
    static let significantDigits = 10

    /// A value as CSV holds it (`CSVNumber.cell`): pounds with two decimals for `money`, otherwise to
    /// `significantDigits` in the shortest form; `inf` when infinite (a draw with no babies seen has no finite cost per
    /// baby); empty when it does not apply (NaN: no cost per baby at point values).
    static func cell(_ value: Double, money: Bool = false) -> String {
        CSVNumber.cell(value, money: money) { NumberFormat.plain(Double(String(format: "%.\(significantDigits)g", $0)) ?? $0) }
    }
}
