/// A tornado: one row per input, ranked by swing, a bar from the point value to the output with the input at its
/// low end (P10) and one to the output with it at its high end (P90); the point value is the vertical line.
public enum TornadoChart {
    public struct Row: Sendable, Equatable {
        public var label: String
        public var atLow: Double
        public var atHigh: Double

        public init(label: String, atLow: Double, atHigh: Double) {
            self.label = label
            self.atLow = atLow
            self.atHigh = atHigh
        }
    }

    public struct Spec: Sendable {
        public var id: String
        public var title: String
        public var rows: [Row]
        /// The output at every input's point value.
        public var point: Double
        public var labelHeading: String
        /// With its unit, e.g. "Total cost (£)".
        public var valueAxisLabel: String
        public var style: ValueStyle

        public init(id: String, title: String, rows: [Row], point: Double, labelHeading: String, valueAxisLabel: String, style: ValueStyle)
        {
            self.id = id
            self.title = title
            self.rows = rows
            self.point = point
            self.labelHeading = labelHeading
            self.valueAxisLabel = valueAxisLabel
            self.style = style
        }
    }

    static let lowFill = ChartPalette.sequential[2]
    static let highFill = ChartPalette.sequential[5]

    public static func render(_ spec: Spec) -> Chart {
        let plot = HorizontalBarChart.plot(rowCount: spec.rows.count)
        let height = plot.maxY + ChartLayout.marginBottom
        let values = spec.rows.flatMap { [$0.atLow, $0.atHigh] } + [spec.point]
        let axis = ValueAxis(values: values, range: (plot.x, plot.maxX), label: spec.valueAxisLabel, style: spec.style, includeZero: false)
        var body = axis.drawHorizontal(in: plot)
        let barHeight = ChartLayout.rowHeight * ChartLayout.barShareOfBand
        let base = axis.scale(spec.point)
        for (i, row) in spec.rows.enumerated() {
            let centre = plot.y + (Double(i) + 0.5) * ChartLayout.rowHeight
            body += SVG.wrappedText(
                row.label, x: plot.x - ChartLayout.tickGap * 2, y: centre, maxWidth: plot.x - ChartLayout.tickGap * 3, anchor: "end",
                className: "tick", maxLines: 2)
            for (value, fill, end) in [(row.atLow, lowFill, "P10"), (row.atHigh, highFill, "P90")] {
                let x = axis.scale(value)
                body += SVG.rect(
                    ChartRect(x: min(x, base), y: centre - barHeight / 2, width: abs(x - base), height: barHeight), fill: fill,
                    title: "\(row.label) at its \(end): \(spec.style.format(value))")
            }
        }
        body += SVG.line(x1: base, y1: plot.y, x2: base, y2: plot.maxY, className: "range")
        let description =
            "\(spec.valueAxisLabel) with each input at its P10 and at its P90, every other at its point value (\(spec.style.format(spec.point))), ranked by swing; light bars: input at its P10, dark bars: at its P90."
        let svg = SVG.document(
            id: spec.id, title: spec.title, description: description, width: ChartLayout.width, height: height, content: body)
        return Chart(id: spec.id, title: spec.title, svg: svg, table: table(spec))
    }

    static func table(_ spec: Spec) -> Markup {
        var table = HTMLTable(label: spec.labelHeading, numberColumns: ["At P10", "At P90", "Swing"])
        for row in spec.rows {
            table.rows.append(
                .init([
                    row.label, spec.style.format(row.atLow), spec.style.format(row.atHigh), spec.style.format(abs(row.atHigh - row.atLow)),
                ]))
        }
        return table.render()
    }
}
