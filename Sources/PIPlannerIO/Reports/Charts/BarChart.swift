/// Vertical bars: one series (a bar per category) or several (a group of bars per category), to compare a
/// measure. One category can be highlighted (the recommended method, the area ranked on): its bars are outlined
/// and its label bold, so the highlight does not rest on colour alone. A one-series chart can carry a low–high
/// range on each bar (a sensitivity range), drawn as a whisker.
public enum BarChart {
    public struct Spec: Sendable {
        public var id: String
        public var title: String
        public var categories: [String]
        public var series: [ChartSeries]
        public var categoryAxisLabel: String
        /// With its unit, e.g. "Teams".
        public var valueAxisLabel: String
        public var style: ValueStyle
        public var highlighted: Int?
        /// Ranges by category for the first series; nil where a bar has none.
        public var intervals: [ChartInterval?]
        /// Heading of the interval column in the data table.
        public var intervalLabel: String

        public init(
            id: String, title: String, categories: [String], series: [ChartSeries], categoryAxisLabel: String, valueAxisLabel: String,
            style: ValueStyle, highlighted: Int? = nil, intervals: [ChartInterval?] = [], intervalLabel: String = "Range"
        ) {
            self.id = id
            self.title = title
            self.categories = categories
            self.series = series
            self.categoryAxisLabel = categoryAxisLabel
            self.valueAxisLabel = valueAxisLabel
            self.style = style
            self.highlighted = highlighted
            self.intervals = intervals
            self.intervalLabel = intervalLabel
        }

        func value(series s: Int, category c: Int) -> Double {
            c < series[s].values.count && series[s].values[c].isFinite ? series[s].values[c] : 0
        }

        func interval(_ c: Int) -> ChartInterval? { c < intervals.count ? intervals[c] : nil }

        func fill(series s: Int, category c: Int) -> String {
            if series.count == 1 { return c == highlighted ? ChartPalette.highlight : ChartPalette.base }
            return ChartPalette.category(s)
        }
    }

    public static func render(_ spec: Spec) -> Chart {
        var plot = ChartLayout.plot
        let legend = ChartLegend(
            entries: spec.series.enumerated().map { .init(name: $0.element.name, fill: ChartPalette.category($0.offset)) })
        if spec.series.count > 1 {
            plot.y += Double(max(0, legend.rows(width: plot.width) - 1)) * (ChartLayout.legendSwatch + ChartLayout.tickGap)
            plot.height = ChartLayout.height - plot.y - ChartLayout.marginBottom
        }
        let values = spec.series.indices.flatMap { s in spec.categories.indices.map { spec.value(series: s, category: $0) } }
        let ranges = spec.categories.indices.compactMap(spec.interval).flatMap { [$0.low, $0.high] }
        let axis = ValueAxis(values: values + ranges, range: (plot.maxY, plot.y), label: spec.valueAxisLabel, style: spec.style)
        var body = axis.drawVertical(in: plot)
        if let h = spec.highlighted, h < spec.categories.count {
            let band = plot.width / Double(spec.categories.count)
            body += SVG.rect(
                ChartRect(x: plot.x + Double(h) * band, y: plot.y, width: band, height: plot.height), fill: "none", className: "band")
        }
        body += bars(spec, axis: axis, plot: plot)
        body += CategoryAxis(labels: spec.categories, title: spec.categoryAxisLabel, highlighted: spec.highlighted).draw(in: plot)
        if spec.series.count > 1 { body += legend.draw(x: plot.x, y: ChartLayout.legendY, width: plot.width) }
        let description = "Bars of \(spec.valueAxisLabel) by \(spec.categoryAxisLabel)."
        let svg = SVG.document(
            id: spec.id, title: spec.title, description: description, width: ChartLayout.width, height: ChartLayout.height, content: body)
        return Chart(id: spec.id, title: spec.title, svg: svg, table: table(spec))
    }

    static func bars(_ spec: Spec, axis: ValueAxis, plot: ChartRect) -> Markup {
        var m = Markup.empty
        let band = plot.width / Double(max(1, spec.categories.count))
        let groupWidth = min(band * ChartLayout.barShareOfBand, ChartLayout.maxBarWidth * Double(spec.series.count))
        let barWidth = groupWidth / Double(max(1, spec.series.count))
        let zero = axis.scale(0)
        for (c, category) in spec.categories.enumerated() {
            let left = CategoryAxis.centre(c, count: spec.categories.count, in: plot) - groupWidth / 2
            for (s, series) in spec.series.enumerated() {
                let v = spec.value(series: s, category: c)
                let x = left + Double(s) * barWidth
                let top = axis.scale(v)
                let label = spec.series.count > 1 ? "\(series.name), \(category)" : category
                m += SVG.rect(
                    ChartRect(x: x, y: top, width: barWidth, height: zero - top), fill: spec.fill(series: s, category: c),
                    className: c == spec.highlighted ? "mark outlined" : "mark", title: "\(label): \(spec.style.format(v))")
                if spec.series.count == 1, let range = spec.interval(c) {
                    m += whisker(range, x: x + barWidth / 2, axis: axis, label: category, style: spec.style)
                }
                let labelY = spec.series.count == 1 ? min(top, spec.interval(c).map { axis.scale($0.high) } ?? top) : top
                m += SVG.text(
                    spec.style.format(v), x: x + barWidth / 2, y: labelY - ChartLayout.tickGap, anchor: "middle",
                    className: c == spec.highlighted ? "value strong" : "value")
            }
        }
        return m
    }

    /// A vertical line from low to high with end caps, and its range as a tooltip.
    static func whisker(_ range: ChartInterval, x: Double, axis: ValueAxis, label: String, style: ValueStyle) -> Markup {
        let low = axis.scale(range.low)
        let high = axis.scale(range.high)
        let cap = ChartLayout.capHalfHeight
        return """
            <g class="whisker"><title>\(label): \(style.format(range.low))–\(style.format(range.high))</title>\
            \(SVG.line(x1: x, y1: low, x2: x, y2: high, className: "range"))\
            \(SVG.line(x1: x - cap, y1: low, x2: x + cap, y2: low, className: "range"))\
            \(SVG.line(x1: x - cap, y1: high, x2: x + cap, y2: high, className: "range"))</g>
            """
    }

    static func table(_ spec: Spec) -> Markup {
        let hasRanges = spec.intervals.contains { $0 != nil }
        var table = HTMLTable(
            label: spec.categoryAxisLabel, numberColumns: spec.series.map(\.name) + (hasRanges ? [spec.intervalLabel] : []))
        for (c, category) in spec.categories.enumerated() {
            var cells = [category] + spec.series.indices.map { spec.style.format(spec.value(series: $0, category: c)) }
            if hasRanges { cells.append(spec.interval(c).map { "\(spec.style.format($0.low))–\(spec.style.format($0.high))" } ?? "—") }
            table.rows.append(.init(cells, isHighlighted: c == spec.highlighted))
        }
        return table.render()
    }
}
