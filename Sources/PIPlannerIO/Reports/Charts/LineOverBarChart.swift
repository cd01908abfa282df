/// Bars of one series with a line of another over them, one point per category: the specialist caseload
/// (line) against the babies seen (bars) each year, where the space between is the need not met; or the
/// teams operating (line, on its own axis on the right) over the cost by year (bars).
public enum LineOverBarChart {
    public struct Spec: Sendable {
        public var id: String
        public var title: String
        public var categories: [String]
        public var bars: ChartSeries
        public var line: ChartSeries
        public var categoryAxisLabel: String
        /// The bars' axis, with its unit; the line shares it unless `lineAxisLabel` is given.
        public var valueAxisLabel: String
        public var style: ValueStyle
        /// A second axis, on the right, for the line (another unit).
        public var lineAxisLabel: String?
        public var lineStyle: ValueStyle?
        /// A column `line − bars` in the data table under this heading (the need not met).
        public var differenceLabel: String?

        public init(
            id: String, title: String, categories: [String], bars: ChartSeries, line: ChartSeries, categoryAxisLabel: String,
            valueAxisLabel: String, style: ValueStyle, lineAxisLabel: String? = nil, lineStyle: ValueStyle? = nil,
            differenceLabel: String? = nil
        ) {
            self.id = id
            self.title = title
            self.categories = categories
            self.bars = bars
            self.line = line
            self.categoryAxisLabel = categoryAxisLabel
            self.valueAxisLabel = valueAxisLabel
            self.style = style
            self.lineAxisLabel = lineAxisLabel
            self.lineStyle = lineStyle
            self.differenceLabel = differenceLabel
        }

        func value(_ series: ChartSeries, _ c: Int) -> Double {
            c < series.values.count && series.values[c].isFinite ? series.values[c] : 0
        }
        var lineValueStyle: ValueStyle { lineStyle ?? style }
    }

    static let barFill = ChartPalette.category(0)
    static let lineColour = ChartPalette.category(3)

    public static func render(_ spec: Spec) -> Chart {
        var plot = ChartLayout.plot
        if spec.lineAxisLabel != nil { plot.width -= ChartLayout.marginLeft - ChartLayout.marginRight }
        let barValues = spec.categories.indices.map { spec.value(spec.bars, $0) }
        let lineValues = spec.categories.indices.map { spec.value(spec.line, $0) }
        let barAxis = ValueAxis(
            values: barValues + (spec.lineAxisLabel == nil ? lineValues : []), range: (plot.maxY, plot.y), label: spec.valueAxisLabel,
            style: spec.style)
        let lineAxis =
            spec.lineAxisLabel.map {
                ValueAxis(values: lineValues, range: (plot.maxY, plot.y), label: $0, style: spec.lineValueStyle)
            } ?? barAxis
        var body = barAxis.drawVertical(in: plot)
        if spec.lineAxisLabel != nil { body += lineAxis.drawVertical(in: plot, labelOnRight: true) }
        body += bars(spec, values: barValues, axis: barAxis, plot: plot)
        if let difference = spec.differenceLabel, spec.lineAxisLabel == nil {
            body += gaps(spec, label: difference, bars: barValues, line: lineValues, axis: barAxis, plot: plot)
        }
        body += line(spec, values: lineValues, axis: lineAxis, plot: plot)
        body += CategoryAxis(labels: spec.categories, title: spec.categoryAxisLabel).draw(in: plot)
        let legend = ChartLegend(
            entries: [
                .init(name: spec.bars.name, fill: barFill), .init(name: spec.line.name, fill: lineColour, isLine: true),
            ]
                + (spec.differenceLabel != nil && spec.lineAxisLabel == nil
                    ? [.init(name: spec.differenceLabel ?? "", fill: "none", isGap: true)] : []))
        body += legend.draw(x: plot.x, y: ChartLayout.legendY, width: plot.width)
        let description = "Bars of \(spec.bars.name) and a line of \(spec.line.name) by \(spec.categoryAxisLabel)."
        let svg = SVG.document(
            id: spec.id, title: spec.title, description: description, width: ChartLayout.width, height: ChartLayout.height, content: body)
        return Chart(id: spec.id, title: spec.title, svg: svg, table: table(spec))
    }

    static func bars(_ spec: Spec, values: [Double], axis: ValueAxis, plot: ChartRect) -> Markup {
        var m = Markup.empty
        let band = plot.width / Double(max(1, values.count))
        let width = min(band * ChartLayout.barShareOfBand, ChartLayout.maxBarWidth)
        let zero = axis.scale(0)
        for (c, v) in values.enumerated() {
            let x = CategoryAxis.centre(c, count: values.count, in: plot) - width / 2
            let top = axis.scale(v)
            m += SVG.rect(
                ChartRect(x: x, y: top, width: width, height: zero - top), fill: barFill,
                title: "\(spec.bars.name), \(spec.categories[c]): \(spec.style.format(v))")
            if zero - top >= ChartLayout.minimumLabelledLength {
                m += SVG.text(
                    spec.style.format(v), x: x + width / 2, y: top + ChartLayout.tickLabelDrop, anchor: "middle", className: "value inverse"
                )
            }
        }
        return m
    }

    /// The space between each bar's top and the line above it, shaded and titled with the difference.
    static func gaps(_ spec: Spec, label: String, bars: [Double], line: [Double], axis: ValueAxis, plot: ChartRect) -> Markup {
        var m = Markup.empty
        let width = min(plot.width / Double(max(1, bars.count)) * ChartLayout.barShareOfBand, ChartLayout.maxBarWidth)
        for c in bars.indices where line[c] > bars[c] {
            let x = CategoryAxis.centre(c, count: bars.count, in: plot) - width / 2
            let top = axis.scale(line[c])
            m += SVG.rect(
                ChartRect(x: x, y: top, width: width, height: axis.scale(bars[c]) - top), fill: "none", className: "gap",
                title: "\(label), \(spec.categories[c]): \(spec.style.format(line[c] - bars[c]))")
        }
        return m
    }

    /// The line, a marker at each point with its value printed above it.
    static func line(_ spec: Spec, values: [Double], axis: ValueAxis, plot: ChartRect) -> Markup {
        let points = values.enumerated().map {
            (x: CategoryAxis.centre($0.offset, count: values.count, in: plot), y: axis.scale($0.element))
        }
        var m = SVG.polyline(points, className: "series-line")
        for (c, point) in points.enumerated() {
            let text = spec.lineValueStyle.format(values[c])
            m += SVG.circle(
                x: point.x, y: point.y, radius: ChartLayout.pointRadius, className: "point",
                title: "\(spec.line.name), \(spec.categories[c]): \(text)")
            m += SVG.text(text, x: point.x, y: point.y - ChartLayout.tickGap * 1.5, anchor: "middle", className: "value line-value")
        }
        return m
    }

    static func table(_ spec: Spec) -> Markup {
        var columns = [spec.bars.name, spec.line.name]
        if let difference = spec.differenceLabel { columns.append(difference) }
        var table = HTMLTable(label: spec.categoryAxisLabel, numberColumns: columns)
        for (c, category) in spec.categories.enumerated() {
            let bar = spec.value(spec.bars, c)
            let line = spec.value(spec.line, c)
            var cells = [category, spec.style.format(bar), spec.lineValueStyle.format(line)]
            if spec.differenceLabel != nil { cells.append(spec.style.format(line - bar)) }
            table.rows.append(.init(cells))
        }
        return table.render()
    }
}
