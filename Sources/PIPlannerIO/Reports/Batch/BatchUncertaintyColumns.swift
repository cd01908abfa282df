import PIPlannerModel

/// The interval columns `batch --draws N` appends to the CSV (Methodology §7): `<column>_p10`, `_p50`, `_p90` for
/// the main figures, and the probability that the existing workforce covers the need. The TOTAL row's intervals
/// are of the set's totals added up draw by draw, never the areas' percentiles added.
public enum BatchUncertaintyColumns {
    /// The outputs whose percentiles the CSV's interval columns print (the draws need summarise no others).
    public static func outputs(years: [String]) -> Set<Int> { Set(bases(years: years).map(\.output)) }

    /// The point column each interval belongs to, and its output.
    static func bases(years: [String]) -> [(column: String, output: Int)] {
        var bases: [(String, Int)] = [
            ("prevalence", DrawOutput.prevalence.rawValue), ("infants_at_risk_per_year", DrawOutput.infantsAtRisk.rawValue),
            ("specialist_caseload_per_year", DrawOutput.specialistCaseload.rawValue), ("need_teams", DrawOutput.needTeams.rawValue),
            ("recommended_teams", DrawOutput.recommendedTeams.rawValue), ("required_wte", DrawOutput.requiredWTE.rawValue),
            ("gap_wte", DrawOutput.gapWTE.rawValue),
        ]
        for (y, label) in years.enumerated() { bases.append((AreaColumns.cost(year: label, index: y).id, DrawOutput.yearCost(y))) }
        bases += [
            ("total_cost_gbp", DrawOutput.totalCostGBP.rawValue), ("babies_seen_total", DrawOutput.babiesSeen.rawValue),
            ("cost_per_baby_seen_gbp", DrawOutput.costPerBabySeenGBP.rawValue),
        ]
        return bases
    }

    static let probabilityColumn = "probability_workforce_covers_need"

    static func header(years: [String]) -> [String] {
        bases(years: years).flatMap { ["\($0.column)_p10", "\($0.column)_p50", "\($0.column)_p90"] } + [probabilityColumn]
    }

    /// The cells of one area's (or the totals') intervals (`CSVNumber.cell`): money in pounds with two decimals,
    /// others plain; `inf` when infinite (a draw with no babies seen, or too costly for `Money`); empty when the
    /// figure was not summarised.
    static func cells(_ u: AreaUncertainty, years: [String]) -> [String] {
        bases(years: years).flatMap { base -> [String] in
            let s = u.summaries[base.output]
            let money = base.column.hasSuffix("_gbp")
            return [s.p10, s.p50, s.p90].map { CSVNumber.cell($0, money: money) }
        } + [NumberFormat.plain(u.workforceCoversProbability)]
    }

    /// `csv` with the interval columns appended to each row, TOTAL included.
    static func csv(_ result: BatchResult, run: UncertaintyRun) -> String {
        let years = result.scenario.planYears
        let columns = BatchRenderer.csvColumns(years: years)
        var rows = zip(result.planned, run.result.areas).map { planned, u in
            let row = AreaRow(data: planned.area, plan: planned.plan, origin: result.areaDataOrigin)
            return columns.map { $0.csv($0.value(row)) } + cells(u, years: years)
        }
        let total = BatchRenderer.totalValues(result)
        let totalCells = run.result.totals.map { cells($0, years: years) } ?? header(years: years).map { _ in "" }
        rows.append(columns.map { $0.csv(total[$0.id] ?? .missing) } + totalCells)
        return CSVWriter.document(header: columns.map(\.id) + header(years: years), rows: rows)
    }
}
