import PIPlannerModel

/// A drawn chart: its SVG and the data table that carries the same numbers, so nothing is only in a picture.
public struct Chart: Sendable {
    /// Unique on the page; prefixes every `id` inside the SVG.
    public var id: String
    /// The chart's title, also the SVG's accessible name.
    public var title: String
    /// `<svg role="img">` with a `<title>`, a fixed `viewBox` and `width="100%"`.
    public var svg: Markup
    /// An HTML `<table>` with every value drawn.
    public var table: Markup
}

/// One named series of values, one value per category.
public struct ChartSeries: Sendable, Equatable {
    public var name: String
    public var values: [Double]

    public init(name: String, values: [Double]) {
        self.name = name
        self.values = values
    }
}

/// A low–high range drawn around a value (a sensitivity range, a P10–P90 interval).
public struct ChartInterval: Sendable, Equatable {
    public var low: Double
    public var high: Double

    public init(low: Double, high: Double) {
        self.low = min(low, high)
        self.high = max(low, high)
    }
}

/// How a chart prints its values: the same formats as the Markdown report (`Format`).
public enum ValueStyle: Sendable, Equatable {
    /// Grouped with commas to `decimals` places, e.g. `1,234.57`.
    case number(decimals: Int)
    /// Whole pounds, e.g. `£237,685`; values are pounds.
    case gbp
    /// A proportion shown as a percentage, e.g. `18.9%`.
    case percent(decimals: Int)

    /// A value for a label or a table cell.
    public func format(_ value: Double) -> String {
        switch self {
        case .number(let decimals): return NumberFormat.number(value, decimals)
        case .gbp: return Money.canHold(value) ? NumberFormat.gbp(Money(gbp: value)) : NumberFormat.approximate(value)
        case .percent(let decimals): return NumberFormat.percent(value, decimals)
        }
    }

    /// An axis tick: as few decimals as the tick step needs; money in thousands (`£250k`) or millions (`£1.5m`)
    /// once the step is that large, so that tick labels stay short. Zero is `£0`.
    public func tick(_ value: Double, step: Double) -> String {
        switch self {
        case .number: return NumberFormat.number(value, Self.decimals(for: step))
        case .percent: return NumberFormat.number(value * 100, Self.decimals(for: step * 100)) + "%"
        case .gbp:
            let sign = value < 0 ? "-£" : "£"
            let magnitude = abs(value)
            if magnitude == 0 { return "£0" }
            if step >= Self.million / 10 {
                return sign + NumberFormat.number(magnitude / Self.million, Self.decimals(for: step / Self.million)) + "m"
            }
            if step >= Self.thousand {
                return sign + NumberFormat.number(magnitude / Self.thousand, Self.decimals(for: step / Self.thousand)) + "k"
            }
            return sign + NumberFormat.number(magnitude, Self.decimals(for: step))
        }
    }

    static let thousand = 1_000.0
    static let million = 1_000_000.0

    /// Decimals needed to tell ticks `step` apart: 0 for a step of 1 or more, 1 for 0.5, 2 for 0.25 or 0.05.
    static func decimals(for step: Double) -> Int {
        guard step.isFinite, step > 0 else { return 0 }
        var decimals = 0
        var scaled = step
        while decimals < 6, abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
            scaled *= 10
            decimals += 1
        }
        return decimals
    }
}
