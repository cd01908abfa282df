/// Horizontal intervals, one row per measure or area: a bar from low to high (a P10–P90 range) with the central
/// value marked as a point, and "value (low–high)" printed beside it.
public enum IntervalBarChart {
    public struct Row: Sendable, Equatable {
        public var label: String
        public var value: Double
        public var interval: ChartInterval

        public init(label: String, value: Double, interval: ChartInterval) {
            self.label = label
            self.value = value
            self.interval = interval
        }
    }

    public struct Spec: Sendable {
        public var id: String
        public var title: String
        public var rows: [Row]
        public var labelHeading: String
        /// With its unit, e.g. "Teams".
        public var valueAxisLabel: String
        public var style: ValueStyle
        /// Table headings of the point and the ends, e.g. "Central", "P10", "P90".
        public var pointLabel: String
        public var lowLabel: String
        public var highLabel: String

        public init(
            id: String, title: String, rows: [Row], labelHeading: String, valueAxisLabel: String, style: ValueStyle,
            pointLabel: String = "Central",
            lowLabel: String = "P10", highLabel: String = "P90"
        ) {
            self.id = id
            self.title = title
            self.rows = rows
            self.labelHeading = labelHeading
            self.valueAxisLabel = valueAxisLabel
            self.style = style
            self.pointLabel = pointLabel
            self.lowLabel = lowLabel
            self.highLabel = highLabel
        }
    }

    static let rangeFill = ChartPalette.sequential[2]

    public static func render(_ spec: Spec) -> Chart {
        let plot = HorizontalBarChart.plot(rowCount: spec.rows.count)
        let height = plot.maxY + ChartLayout.marginBottom
        let values = spec.rows.flatMap { [$0.value, $0.interval.low, $0.interval.high] }
        let axis = ValueAxis(values: values, range: (plot.x, plot.maxX), label: spec.valueAxisLabel, style: spec.style)
        var body = axis.drawHorizontal(in: plot)
        let barHeight = ChartLayout.rowHeight * ChartLayout.barShareOfBand / 2
        for (i, row) in spec.rows.enumerated() {
            let centre = plot.y + (Double(i) + 0.5) * ChartLayout.rowHeight
            let low = axis.scale(row.interval.low)
            let high = axis.scale(row.interval.high)
            let text = "\(spec.style.format(row.value)) (\(spec.style.format(row.interval.low))–\(spec.style.format(row.interval.high)))"
            body += SVG.wrappedText(
                row.label, x: plot.x - ChartLayout.tickGap * 2, y: centre, maxWidth: plot.x - ChartLayout.tickGap * 3, anchor: "end",
                className: "tick", maxLines: 2)
            body += SVG.rect(
                ChartRect(x: low, y: centre - barHeight / 2, width: high - low, height: barHeight), fill: rangeFill,
                className: "mark range-bar",
                title: "\(row.label): \(text)")
            let point = axis.scale(row.value)
            body += SVG.circle(x: point, y: centre, radius: ChartLayout.pointRadius, className: "point")
            // The text sits over the bar, centred on the point but kept inside the chart.
            let half = ChartLayout.textWidth(text) / 2
            let textX = min(max(point, plot.x + half), ChartLayout.width - ChartLayout.tickGap - half)
            body += SVG.text(text, x: textX, y: centre - barHeight / 2 - ChartLayout.tickGap / 2, anchor: "middle", className: "value")
        }
        let description =
            "Intervals of \(spec.valueAxisLabel) by \(spec.labelHeading), \(spec.lowLabel) to \(spec.highLabel), with the \(spec.pointLabel) value."
        let svg = SVG.document(
            id: spec.id, title: spec.title, description: description, width: ChartLayout.width, height: height, content: body)
        return Chart(id: spec.id, title: spec.title, svg: svg, table: table(spec))
    }

    static func table(_ spec: Spec) -> Markup {
        var table = HTMLTable(label: spec.labelHeading, numberColumns: [spec.lowLabel, spec.pointLabel, spec.highLabel])
        for row in spec.rows {
            table.rows.append(
                .init([row.label, spec.style.format(row.interval.low), spec.style.format(row.value), spec.style.format(row.interval.high)]))
        }
        return table.render()
    }
}
