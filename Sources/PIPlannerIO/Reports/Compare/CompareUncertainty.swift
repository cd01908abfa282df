import PIPlannerModel

/// `compare --draws N` (Methodology §7): each area's intervals, and how often across the draws it keeps its rank on
/// the ranking column (national figures move every area together, so ranks hold more often than the intervals'
/// overlap suggests).
public enum CompareUncertainty {
    /// The ranking column's value in each draw for an area, from its draws; the point value in every draw for a
    /// column no drawn figure changes (population, births, a share).
    static func values(column: String, _ u: AreaUncertainty, _ entry: CompareEntry) -> ArraySlice<Double> {
        let (n, p) = (u.drawCount, entry.plan)
        func output(_ o: DrawOutput) -> ArraySlice<Double> { u.values(o.rawValue) ?? [] }
        switch column {
        case AreaColumns.prevalence.id: return output(.prevalence)
        case AreaColumns.infantsAtRisk.id: return output(.infantsAtRisk)
        case AreaColumns.specialistCaseload.id: return output(.specialistCaseload)
        case AreaColumns.needTeams.id: return output(.needTeams)
        case AreaColumns.recommendedTeams.id: return output(.recommendedTeams)
        case AreaColumns.requiredWTE.id: return output(.requiredWTE)
        case AreaColumns.gapWTE.id: return output(.gapWTE)
        case AreaColumns.totalCost.id: return output(.totalCostGBP)
        case AreaColumns.costPerBabySeen.id: return output(.costPerBabySeenGBP)
        case AreaColumns.firstYearCost.id: return u.values(DrawOutput.yearCost(0)) ?? []
        case AreaColumns.teamsPer100kBirths.id:
            return ArraySlice(
                output(.recommendedTeams).map { TeamsPer100kBirthsRule.teamsPer100kBirths(teams: $0, birthsPerYear: p.births) ?? .nan })
        case AreaColumns.costPer1000Births.id:
            return ArraySlice(
                output(.totalCostGBP).map {
                    guard Money.canHold($0) else { return .infinity }
                    return CostPer1000BirthsRule.costPer1000Births(
                        total: Money(gbp: $0), birthsPerYear: p.births, planYears: p.years.count)?
                        .gbp ?? .nan
                })
        default:
            let point = CompareRenderer.columns.first { $0.id == column }?.value(entry.row).number ?? 0
            return ArraySlice(repeating: point, count: n)
        }
    }

    /// The share of draws in which each entry (in the order given) keeps its point rank on `rankBy`.
    static func rankProbabilities(_ entries: [CompareEntry], run: UncertaintyRun, rankBy: String) -> [Double] {
        let series = zip(entries, run.result.areas).map { Self.values(column: rankBy, $1, $0) }
        let order = rankOrder(entries, rankBy: rankBy)
        var pointRanks = [Int](repeating: 0, count: entries.count)
        for (rank, index) in order.enumerated() { pointRanks[index] = rank }
        return RankStability.probabilities(values: series, pointRanks: pointRanks, drawCount: run.request.drawCount)
    }

    /// The entries' indices in rank order (`CompareRenderer.ranked`: descending, ties in the order given).
    static func rankOrder(_ entries: [CompareEntry], rankBy: String) -> [Int] {
        guard let column = CompareRenderer.columns.first(where: { $0.id == rankBy }) else { return Array(entries.indices) }
        let values = entries.map { column.value($0.row).number }
        return entries.indices.sorted { a, b in
            switch (values[a], values[b]) {
            case (let x?, let y?): return x != y ? x > y : a < b
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a < b
            }
        }
    }

    /// The figures given with intervals: label, output and how to print it.
    static let rows: [(String, DrawOutput, UncertaintyFigures.Style)] = [
        ("Prevalence", .prevalence, .percent), ("Need teams", .needTeams, .decimal2), ("Required WTE", .requiredWTE, .decimal2),
        ("Total cost", .totalCostGBP, .gbp), ("Cost per baby seen", .costPerBabySeenGBP, .gbp),
    ]

    /// The HTML section: each figure's plan value and P10–P90 for every area in rank order, and the rank probability.
    static func html(_ entries: [CompareEntry], run: UncertaintyRun, rankBy: String) -> Markup {
        typealias H = HTMLDocument
        let probabilities = rankProbabilities(entries, run: run, rankBy: rankBy)
        let ranked = rankOrder(entries, rankBy: rankBy)
        var m = H.heading(2, "How sure are these figures?")
        m += H.paragraph(
            "P10–P90 from \(UncertaintyFigures.provenance(run)). National figures take one value a draw for every area, so the areas move together."
        )
        var table = HTMLTable(label: "Figure", numberColumns: ranked.map { entries[$0].plan.name })
        for (label, output, style) in rows {
            table.rows.append(
                .init(
                    [label] + ranked.map { UncertaintyFigures.format(UncertaintyFigures.point(entries[$0].plan)(output.rawValue), style) }))
            table.rows.append(
                .init(
                    ["\(label), P10–P90"]
                        + ranked.map {
                            let s = run.result.areas[$0][output]
                            return "\(UncertaintyFigures.format(s.p10, style))–\(UncertaintyFigures.format(s.p90, style))"
                        }))
        }
        table.rows.append(
            .init(
                ["Probability the rank by \(rankBy) holds"] + ranked.map { UncertaintyFigures.probability(probabilities[$0]) },
                isHighlighted: true))
        return m + table.render()
    }

    /// The Markdown rows added under the table: intervals of the main figures and the rank probability, in rank order.
    static func markdown(_ entries: [CompareEntry], run: UncertaintyRun, rankBy: String) -> String {
        let probabilities = rankProbabilities(entries, run: run, rankBy: rankBy)
        let ranked = rankOrder(entries, rankBy: rankBy)
        var md = "## How sure are these figures?\n\n"
        md +=
            "P10–P90 from \(UncertaintyFigures.provenance(run)). National figures take one value a draw for every area, so the areas move together.\n\n"
        md += "| | " + ranked.map { ReportText.cell(entries[$0].plan.name) }.joined(separator: " | ") + " |\n"
        md += "| --- |" + String(repeating: " ---: |", count: ranked.count) + "\n"
        for (label, output, style) in rows {
            md += ReportText.row(
                ["\(label), P10–P90"]
                    + ranked.map {
                        let s = run.result.areas[$0][output]
                        return "\(UncertaintyFigures.format(s.p10, style))–\(UncertaintyFigures.format(s.p90, style))"
                    })
        }
        md += ReportText.row(
            ["**Probability the rank by `\(rankBy)` holds**"] + ranked.map { UncertaintyFigures.probability(probabilities[$0]) })
        return md + "\n"
    }
}
