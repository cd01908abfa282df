import PIPlannerModel

/// The CSV of `piplanner rollout --format csv`: a header row with units, then one row per line item.
///
/// Header: `line_item,unit,<year>,…,total_<from>_to_<through>`. Money in pounds with two decimals, counts
/// as plain numbers; no thousands separators. An empty cell means no value (no development amount that year,
/// or teams fully operating, which do not add up over years).
public enum RolloutCSVRenderer {
    /// The whole CSV document, each line ending in "\n".
    /// With `uncertainty`, six more rows: `total_p10`, `total_p50`, `total_p90`, `children_seen_p10` … `_p90`.
    public static func render(_ rollout: PlannedRollout, uncertainty: RolloutUncertaintyRun? = nil) -> String {
        let plan = rollout.plan
        let header = ["line_item", "unit"] + plan.years.map(\.label) + ["total_\(rollout.span.from)_to_\(rollout.span.through)"]
        let rows = RolloutLine.allCases.map { line in
            [line.rawValue, line.unit] + plan.years.map { plain(line.cell($0, given: rollout.given($0.label))) } + [
                plain(line.cell(rollout.spanTotals, years: plan.years, given: rollout.given))
            ]
        }
        let intervals = uncertainty.map { RolloutUncertaintyReport.csvRows(rollout, $0) } ?? []
        return CSVWriter.document(header: header, rows: rows + intervals)
    }

    static func plain(_ cell: RolloutLine.Cell) -> String {
        switch cell {
        case .money(let m): return NumberFormat.plainGBP(m)
        case .count(let c): return c.isFinite ? NumberFormat.plain(c) : ""
        case .none: return ""
        }
    }
}
