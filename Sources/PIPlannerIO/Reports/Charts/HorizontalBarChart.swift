/// Horizontal bars, one row per label (WTE by role and band): long labels wrap on the left and each bar's
/// value is printed at its end. The chart grows with the number of rows.
public enum HorizontalBarChart {
    public struct Row: Sendable, Equatable {
        public var label: String
        public var value: Double

        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    public struct Spec: Sendable {
        public var id: String
        public var title: String
        public var rows: [Row]
        /// Heading of the label column in the data table, e.g. "Role (band)".
        public var labelHeading: String
        /// With its unit, e.g. "Required WTE".
        public var valueAxisLabel: String
        public var style: ValueStyle
        public var highlighted: Int?
        /// A total row in the data table under this label.
        public var totalLabel: String?

        public init(
            id: String, title: String, rows: [Row], labelHeading: String, valueAxisLabel: String, style: ValueStyle,
            highlighted: Int? = nil,
            totalLabel: String? = nil
        ) {
            self.id = id
            self.title = title
            self.rows = rows
            self.labelHeading = labelHeading
            self.valueAxisLabel = valueAxisLabel
            self.style = style
            self.highlighted = highlighted
            self.totalLabel = totalLabel
        }
    }

    /// Row labels wrap onto at most this many lines.
    static let maxLabelLines = 3

    /// The plot area for `rowCount` rows of `rowHeight`, with the label column on the left.
    static func plot(rowCount: Int, rowHeight: Double = ChartLayout.rowHeight) -> ChartRect {
        ChartRect(
            x: ChartLayout.labelColumn, y: ChartLayout.marginTop / 2,
            width: ChartLayout.width - ChartLayout.labelColumn - ChartLayout.marginRight * 3,
            height: Double(max(1, rowCount)) * rowHeight)
    }

    /// A row tall enough for the longest label once wrapped into the label column.
    static func rowHeight(labels: [String]) -> Double {
        let width = ChartLayout.labelColumn - ChartLayout.tickGap * 3
        let lines = labels.map { SVG.wrap($0, maxWidth: width, maxLines: maxLabelLines).count }.max() ?? 1
        return max(ChartLayout.rowHeight, Double(lines) * ChartLayout.labelFontSize * SVG.lineSpacing + ChartLayout.tickGap * 2)
    }

    public static func render(_ spec: Spec) -> Chart {
        let rowHeight = rowHeight(labels: spec.rows.map(\.label))
        let plot = plot(rowCount: spec.rows.count, rowHeight: rowHeight)
        let height = plot.maxY + ChartLayout.marginBottom
        let values = spec.rows.map { $0.value.isFinite ? $0.value : 0 }
        let axis = ValueAxis(values: values, range: (plot.x, plot.maxX), label: spec.valueAxisLabel, style: spec.style)
        var body = axis.drawHorizontal(in: plot)
        let zero = axis.scale(0)
        let barHeight = min(rowHeight, ChartLayout.rowHeight) * ChartLayout.barShareOfBand
        for (i, row) in spec.rows.enumerated() {
            let centre = plot.y + (Double(i) + 0.5) * rowHeight
            let end = axis.scale(values[i])
            let fill = i == spec.highlighted ? ChartPalette.highlight : ChartPalette.base
            body += SVG.wrappedText(
                row.label, x: plot.x - ChartLayout.tickGap * 2, y: centre, maxWidth: plot.x - ChartLayout.tickGap * 3, anchor: "end",
                className: i == spec.highlighted ? "tick strong" : "tick", maxLines: maxLabelLines)
            body += SVG.rect(
                ChartRect(x: zero, y: centre - barHeight / 2, width: end - zero, height: barHeight), fill: fill,
                className: i == spec.highlighted ? "mark outlined" : "mark", title: "\(row.label): \(spec.style.format(values[i]))")
            body += SVG.text(
                spec.style.format(values[i]), x: max(zero, end) + ChartLayout.tickGap, y: centre, className: "value", baseline: .middle)
        }
        let description = "Horizontal bars of \(spec.valueAxisLabel) by \(spec.labelHeading)."
        let svg = SVG.document(
            id: spec.id, title: spec.title, description: description, width: ChartLayout.width, height: height, content: body)
        return Chart(id: spec.id, title: spec.title, svg: svg, table: table(spec))
    }

    static func table(_ spec: Spec) -> Markup {
        var table = HTMLTable(label: spec.labelHeading, numberColumns: [spec.valueAxisLabel])
        for (i, row) in spec.rows.enumerated() {
            table.rows.append(.init([row.label, spec.style.format(row.value)], isHighlighted: i == spec.highlighted))
        }
        if let total = spec.totalLabel {
            table.rows.append(.init([total, spec.style.format(spec.rows.reduce(0) { $0 + $1.value })], isTotal: true))
        }
        return table.render()
    }
}
