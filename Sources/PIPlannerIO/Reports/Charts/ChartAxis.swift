import Foundation

/// "Nice" axis ticks: round steps of 1, 2 or 5 × 10ⁿ that cover the data (Heckbert's labelling).
public struct AxisTicks: Sendable, Equatable {
    /// Tick values from `values.first` (at or below the data minimum) to `values.last` (at or above the maximum).
    public var values: [Double]
    public var step: Double

    public var lower: Double { values.first ?? 0 }
    public var upper: Double { values.last ?? 1 }

    /// About `count` ticks covering `minimum…maximum`. An empty range is widened to one step of 1 (or of
    /// the value's own size), so a chart of zeros still has an axis.
    public static func nice(minimum: Double, maximum: Double, count: Int = 5) -> AxisTicks {
        var low = minimum.isFinite ? minimum : 0
        var high = maximum.isFinite ? maximum : 0
        if low > high { swap(&low, &high) }
        if high - low < 1e-12 * max(1, abs(high)) {
            let pad = low == 0 ? 1 : abs(low) / 2
            (low, high) = low >= 0 ? (max(0, low - pad), high + pad) : (low - pad, min(0, high + pad))
        }
        let range = niceNumber(high - low, round: false)
        let step = niceNumber(range / Double(max(1, count - 1)), round: true)
        // A hair of tolerance, so that 0.25 / 0.05 = 5.000…1 does not add a tick.
        let first = (low / step + 1e-9).rounded(.down)
        let last = (high / step - 1e-9).rounded(.up)
        let decimals = ValueStyle.decimals(for: step)
        let scale = pow(10, Double(decimals))
        var values: [Double] = []
        var i = first
        while i <= last + 1e-9 {
            values.append(((i * step) * scale).rounded() / scale)
            i += 1
        }
        return AxisTicks(values: values, step: step)
    }

    /// The nice number nearest `x` (`round`) or at or above it: 1, 2, 5 or 10 × a power of ten.
    static func niceNumber(_ x: Double, round: Bool) -> Double {
        guard x > 0, x.isFinite else { return 1 }
        let exponent = floor(log10(x))
        let fraction = x / pow(10, exponent)
        let nice: Double
        if round {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return nice * pow(10, exponent)
    }
}

/// A straight-line map from data values to SVG coordinates.
public struct LinearScale: Sendable, Equatable {
    public var domain: (lower: Double, upper: Double)
    public var range: (start: Double, end: Double)

    public init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = (domain.0, domain.1)
        self.range = (range.0, range.1)
    }

    /// The coordinate of `value`; the middle of the range when the domain is empty.
    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.upper - domain.lower
        guard span != 0, value.isFinite else { return (range.start + range.end) / 2 }
        return range.start + (value - domain.lower) / span * (range.end - range.start)
    }

    public static func == (lhs: LinearScale, rhs: LinearScale) -> Bool {
        lhs.domain == rhs.domain && lhs.range == rhs.range
    }
}

/// The value axis of a chart: ticks, grid lines, tick labels and the axis title with its unit.
struct ValueAxis {
    var ticks: AxisTicks
    var scale: LinearScale
    var label: String
    var style: ValueStyle

    /// Ticks covering `values` (and zero, so bars start from a baseline) mapped onto `range`.
    init(values: [Double], range: (Double, Double), label: String, style: ValueStyle, includeZero: Bool = true) {
        let finite = values.filter(\.isFinite)
        var low = finite.min() ?? 0
        var high = finite.max() ?? 0
        if includeZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        ticks = AxisTicks.nice(minimum: low, maximum: high)
        scale = LinearScale(domain: (ticks.lower, ticks.upper), range: range)
        self.label = label
        self.style = style
    }

    /// A vertical axis on the left of `plot`: horizontal grid lines, tick labels, rotated title.
    func drawVertical(in plot: ChartRect, labelOnRight: Bool = false) -> Markup {
        var m = Markup.empty
        let x = labelOnRight ? plot.maxX : plot.x
        let anchor: StaticString = labelOnRight ? "start" : "end"
        let tickOffset = labelOnRight ? ChartLayout.tickGap : -ChartLayout.tickGap
        for value in ticks.values {
            let y = scale(value)
            if !labelOnRight {
                m += SVG.line(x1: plot.x, y1: y, x2: plot.maxX, y2: y, className: value == 0 ? "axis" : "grid")
            }
            m += SVG.text(
                style.tick(value, step: ticks.step), x: x + tickOffset, y: y, anchor: anchor, className: "tick", baseline: .middle)
        }
        let titleX = labelOnRight ? plot.maxX + ChartLayout.axisTitleOffset : plot.x - ChartLayout.axisTitleOffset
        m += SVG.text(
            label, x: titleX, y: plot.y + plot.height / 2, anchor: "middle", className: "axis-title", rotate: labelOnRight ? 90 : -90)
        return m
    }

    /// A horizontal axis under `plot`: vertical grid lines, tick labels, the title under them.
    func drawHorizontal(in plot: ChartRect) -> Markup {
        var m = Markup.empty
        for value in ticks.values {
            let x = scale(value)
            m += SVG.line(x1: x, y1: plot.y, x2: x, y2: plot.maxY, className: value == 0 ? "axis" : "grid")
            m += SVG.text(
                style.tick(value, step: ticks.step), x: x, y: plot.maxY + ChartLayout.tickLabelDrop, anchor: "middle", className: "tick")
        }
        m += SVG.text(
            label, x: plot.x + plot.width / 2, y: plot.maxY + ChartLayout.axisTitleDrop, anchor: "middle", className: "axis-title")
        return m
    }
}

/// Category labels along the bottom of a vertical chart, with the axis title under them.
struct CategoryAxis {
    var labels: [String]
    var title: String
    var highlighted: Int?

    /// The centre of band `index` when `count` bands share `plot`'s width.
    static func centre(_ index: Int, count: Int, in plot: ChartRect) -> Double {
        plot.x + (Double(index) + 0.5) * plot.width / Double(max(1, count))
    }

    func draw(in plot: ChartRect) -> Markup {
        var m = SVG.line(x1: plot.x, y1: plot.maxY, x2: plot.maxX, y2: plot.maxY, className: "axis")
        for (i, label) in labels.enumerated() {
            let x = Self.centre(i, count: labels.count, in: plot)
            m += SVG.text(
                label, x: x, y: plot.maxY + ChartLayout.tickLabelDrop, anchor: "middle",
                className: i == highlighted ? "tick strong" : "tick")
        }
        m += SVG.text(
            title, x: plot.x + plot.width / 2, y: plot.maxY + ChartLayout.axisTitleDrop, anchor: "middle", className: "axis-title")
        return m
    }
}
