import PIPlannerModel

/// The map section of the batch page: a hex map for each kind of area asked for (`BatchMapLayer`), coloured by the
/// measure, and under it every area ranked by that measure, highest first, with its main figures. Areas left out
/// show on the map without data and close the table without a rank. With draws, each planned area's figures in the
/// table carry their P10–P90, and a chart shows the measure's intervals for the areas ranked highest.
struct BatchMapSection {
    typealias H = HTMLDocument

    /// One area of the ranked table.
    struct Entry {
        var code: String
        var name: String
        /// Nil for an area left out.
        var row: AreaRow?
        var value: Double?
        /// The area's draws, with `--draws`.
        var uncertainty: AreaUncertainty? = nil

        /// `column`'s P10, P50 and P90 over the draws; nil without draws or for a column they do not give.
        func interval(_ column: AreaColumn) -> Summary? {
            guard let uncertainty, let row else { return nil }
            return BatchAreaIntervals.summary(column, uncertainty, plan: row.plan)
        }
    }

    var measure: AreaColumn
    var layers: [BatchMapLayer]
    var unmapped: [String]
    /// In rank order, with ranks (equal values share one); areas left out last.
    var ranked: [(rank: Int?, entry: Entry)]
    var selection: String
    /// Whether some area has no low-income adjustment (no deprivation measure is shipped outside England), which
    /// explains why those areas share the lowest classes.
    var hasAreasWithoutLowIncome: Bool
    /// The draws, with `--draws` (in the order of `result.planned`).
    var uncertainty: UncertaintyRun?

    init(
        result: BatchResult, catalog: AreaCatalog, reference: ReferenceData, measure: AreaColumn, uncertainty: UncertaintyRun? = nil
    ) throws(PlannerError) {
        self.measure = measure
        self.uncertainty = uncertainty
        selection = result.selection.description
        hasAreasWithoutLowIncome = result.planned.contains { $0.area.lowIncomeBasis == "none" }
        let draws = uncertainty?.result.areas
        var entries = result.planned.enumerated().map { index, planned in
            let row = AreaRow(data: planned.area, plan: planned.plan, origin: result.areaDataOrigin)
            return Entry(
                code: planned.area.area.code, name: planned.area.area.name, row: row, value: measure.value(row).number,
                uncertainty: draws.flatMap { index < $0.count ? $0[index] : nil })
        }
        let excluded = result.excluded.filter { !$0.code.isEmpty }
        entries += excluded.map { Entry(code: $0.code, name: $0.name ?? catalog.planningArea(code: $0.code)?.name ?? $0.code) }
        let known = excluded.map { (code: $0.code, area: catalog.planningArea(code: $0.code)) }
        let areas = result.planned.map(\.area.area) + known.compactMap(\.area)
        let otherCodes = known.filter { $0.area == nil }.map(\.code)
        (layers, unmapped) = try BatchMapLayer.layers(for: areas, otherCodes: otherCodes, catalog: catalog, reference: reference)
        // A code the catalog lacks (a rejected row) takes the map's own name for its hex, where it has one.
        let hexNames = Dictionary(layers.flatMap { $0.map.hexes.map { ($0.code, $0.name) } }) { a, _ in a }
        for i in entries.indices where entries[i].name == entries[i].code { entries[i].name = hexNames[entries[i].code] ?? entries[i].code }
        ranked = Self.rank(entries)
    }

    /// Highest value first, ties in name order sharing a rank (1, 2, 2, 4); entries without a value last, unranked.
    static func rank(_ entries: [Entry]) -> [(rank: Int?, entry: Entry)] {
        // Indices are sorted, not entries: an entry holds a whole plan, and moving 218 of them is most of the cost.
        let order = entries.indices.sorted { i, j in
            let (a, b) = (entries[i], entries[j])
            switch (a.value, b.value) {
            case (let x?, let y?): return x != y ? x > y : a.name < b.name
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.name < b.name
            }
        }
        var result: [(rank: Int?, entry: Entry)] = []
        result.reserveCapacity(order.count)
        for (position, index) in order.enumerated() {
            guard let value = entries[index].value else {
                result.append((nil, entries[index]))
                continue
            }
            let tied = position > 0 && entries[order[position - 1]].value == value
            result.append((tied ? result[position - 1].rank : position + 1, entries[index]))
        }
        return result
    }

    func render() -> Markup {
        var m = H.heading(2, "\(measure.label) on the map")
        m += H.paragraph(
            """
            One hexagon per area, all the same size, so that a small city counts as much as a large county. Colours run from \
            light (low) to dark (high) in the classes of the legend; hover over a hex for its area and value, and every value \
            is in the table under the map.
            """)
        let values = Dictionary(ranked.compactMap { item in item.entry.value.map { (item.entry.code, $0) } }) { a, _ in a }
        let names = Dictionary(ranked.map { ($0.entry.code, $0.entry.name) }) { a, _ in a }
        for (index, layer) in layers.enumerated() {
            let chart = HexMapChart.render(
                .init(
                    id: "map\(index + 1)", title: "\(measure.label) by area: \(layer.title) (--areas \(selection))",
                    map: layer.map, values: values, names: names, hexAreas: layer.hexAreas, measureLabel: measure.label,
                    style: measure.chartStyle))
            m += H.figure(chart, table: .empty, note: note(layer))
        }
        if hasAreasWithoutLowIncome {
            m += H.paragraph(
                """
                Areas without a low-income adjustment (no deprivation measure is shipped for Wales, Scotland or Northern Ireland; \
                see the notes) are planned at a lower prevalence, which their colours show: a gap in the data, not a finding.
                """, className: "note")
        }
        if !unmapped.isEmpty { m += H.paragraph("Not on the map (no hex in the shipped maps): \(unmapped.joined(separator: ", ")).") }
        if let uncertainty {
            m += BatchAreaIntervals.lead(uncertainty)
            if let chart = BatchAreaIntervals.chart(ranked, measure: measure) { m += H.figure(chart) }
        }
        return m + table()
    }

    func note(_ layer: BatchMapLayer) -> Markup? {
        guard layer.drawsParts else { return nil }
        return """
            English counties have no hex of their own and Welsh and Scottish health boards have no hex map: each is drawn as \
            its districts or councils, every one coloured by the county's or the board's value.
            """
    }

    /// Every area ranked by the measure, with its teams, gap and cost: seven columns at most, so that the table fits an
    /// A4 page (the CSV has every column). With draws, each figure's P10–P90 sits under it and the gap is left out
    /// (unless it is the measure), for the same reason.
    func table() -> Markup {
        let shown =
            uncertainty == nil ? [AreaColumns.recommendedTeams, AreaColumns.gapWTE, AreaColumns.totalCost] : BatchAreaIntervals.others
        let others = shown.filter { $0.id != measure.id }
        var table = HTMLTable(
            caption: "Areas ranked by \(measure.label.lowercased()), highest first (the map's data)",
            columns: [.init("Rank"), .init("Area", .left, wrapping: .words), .init("Code", .left, wrapping: .never), .init(measure.label)]
                + others.map { .init($0.label) })
        for (rank, entry) in ranked {
            let name = H.breakingLongWords(entry.name)
            guard let row = entry.row else {
                table.rows.append(.init(cells: ["—", name, "\(entry.code)", "not planned"] + others.map { _ in "—" }))
                continue
            }
            let cells = ([measure] + others).map { BatchAreaIntervals.cell($0.display($0.value(row)), $0, entry.interval($0)) }
            table.rows.append(.init(cells: ["\(rank.map(String.init) ?? "—")", name, "\(entry.code)"] + cells))
        }
        return table.render()
    }
}
