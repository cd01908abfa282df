/// Vertical bars, one per category, each a stack of the series' values (cost by year stacked by line,
/// funding by funder). Positive values stack up from zero, negative ones down. The total is printed over
/// each bar and each segment tall enough carries its value.
public enum StackedBarChart {
    public struct Spec: Sendable {
        public var id: String
        public var title: String
        /// One bar per category (the plan years).
        public var categories: [String]
        /// Stacked bottom to top, in legend order.
        public var series: [ChartSeries]
        public var categoryAxisLabel: String
        /// With its unit, e.g. "Cost (£ a year)".
        public var valueAxisLabel: String
        public var style: ValueStyle
        /// Fills by series; the categorical palette when nil.
        public var fills: [String]?

        public init(
            id: String, title: String, categories: [String], series: [ChartSeries], categoryAxisLabel: String, valueAxisLabel: String,
            style: ValueStyle, fills: [String]? = nil
        ) {
            self.id = id
            self.title = title
            self.categories = categories
            self.series = series
            self.categoryAxisLabel = categoryAxisLabel
            self.valueAxisLabel = valueAxisLabel
            self.style = style
            self.fills = fills
        }

        func fill(_ index: Int) -> String {
            if let fills, index < fills.count { return fills[index] }
            return ChartPalette.category(index)
        }

        func value(series s: Int, category c: Int) -> Double {
            c < series[s].values.count && series[s].values[c].isFinite ? series[s].values[c] : 0
        }

        /// The sum of positive and of negative values in each category.
        var stackTotals: [(positive: Double, negative: Double)] {
            categories.indices.map { c in
                series.indices.reduce((positive: 0.0, negative: 0.0)) { sum, s in
                    let v = value(series: s, category: c)
                    return v >= 0 ? (sum.positive + v, sum.negative) : (sum.positive, sum.negative + v)
                }
            }
        }
    }

    public static func render(_ spec: Spec) -> Chart {
        let legend = ChartLegend(entries: spec.series.enumerated().map { .init(name: $0.element.name, fill: spec.fill($0.offset)) })
        var plot = ChartLayout.plot
        let legendRows = legend.rows(width: plot.width)
        plot.y += Double(max(0, legendRows - 1)) * (ChartLayout.legendSwatch + ChartLayout.tickGap)
        plot.height = ChartLayout.height - plot.y - ChartLayout.marginBottom
        let totals = spec.stackTotals
        let axis = ValueAxis(
            values: totals.map(\.positive) + totals.map(\.negative), range: (plot.maxY, plot.y), label: spec.valueAxisLabel,
            style: spec.style)
        var body = axis.drawVertical(in: plot)
        body += bars(spec, axis: axis, plot: plot)
        body += CategoryAxis(labels: spec.categories, title: spec.categoryAxisLabel).draw(in: plot)
        body += legend.draw(x: plot.x, y: ChartLayout.legendY, width: plot.width)
        let description =
            "Stacked bars of \(spec.valueAxisLabel) by \(spec.categoryAxisLabel): \(spec.series.map(\.name).joined(separator: ", "))."
        let svg = SVG.document(
            id: spec.id, title: spec.title, description: description, width: ChartLayout.width, height: ChartLayout.height, content: body)
        return Chart(id: spec.id, title: spec.title, svg: svg, table: table(spec))
    }

    static func bars(_ spec: Spec, axis: ValueAxis, plot: ChartRect) -> Markup {
        var m = Markup.empty
        let band = plot.width / Double(max(1, spec.categories.count))
        let barWidth = min(band * ChartLayout.barShareOfBand, ChartLayout.maxBarWidth)
        for (c, category) in spec.categories.enumerated() {
            let x = CategoryAxis.centre(c, count: spec.categories.count, in: plot) - barWidth / 2
            var up = 0.0
            var down = 0.0
            for (s, series) in spec.series.enumerated() {
                let v = spec.value(series: s, category: c)
                guard v != 0 else { continue }
                let from = v > 0 ? up : down
                let to = from + v
                if v > 0 { up = to } else { down = to }
                let y0 = axis.scale(from)
                let y1 = axis.scale(to)
                let segment = ChartRect(x: x, y: y1, width: barWidth, height: y0 - y1)
                m += SVG.rect(segment, fill: spec.fill(s), title: "\(series.name), \(category): \(spec.style.format(v))")
                if abs(y0 - y1) >= ChartLayout.minimumLabelledLength {
                    let light = RGBColour(hex: spec.fill(s)).prefersLightText
                    m += SVG.text(
                        spec.style.format(v), x: x + barWidth / 2, y: (y0 + y1) / 2, anchor: "middle",
                        className: light ? "value inverse" : "value",
                        baseline: .middle)
                }
            }
            m += SVG.text(
                spec.style.format(up + down), x: x + barWidth / 2, y: axis.scale(up) - ChartLayout.tickGap, anchor: "middle",
                className: "value strong")
        }
        return m
    }

    /// Categories as rows, series as columns, and a total column.
    static func table(_ spec: Spec) -> Markup {
        var table = HTMLTable(label: spec.categoryAxisLabel, numberColumns: spec.series.map(\.name) + ["Total"])
        for (c, category) in spec.categories.enumerated() {
            let values = spec.series.indices.map { spec.value(series: $0, category: c) }
            table.rows.append(.init([category] + values.map(spec.style.format) + [spec.style.format(values.reduce(0, +))]))
        }
        return table.render()
    }
}
