import Foundation

/// A classed sequential colour scale for maps: nice class breaks over the values, one ramp colour per class,
/// the lightest for the lowest class and the darkest for the highest.
public struct ColourScale: Sendable, Equatable {
    /// Class boundaries, ascending: class `i` holds values from `breaks[i]` up to `breaks[i + 1]`.
    public var breaks: [Double]
    /// One colour per class.
    public var colours: [String]

    /// About `classes` classes with nice breaks covering `minimum…maximum`, coloured from `ChartPalette.sequential`.
    public init(minimum: Double, maximum: Double, classes: Int = 5) {
        breaks = Self.breaks(minimum: minimum, maximum: maximum, classes: max(1, classes))
        let count = max(1, breaks.count - 1)
        colours = (0..<count).map { ChartPalette.sequential(at: count == 1 ? 1 : Double($0) / Double(count - 1)) }
    }

    /// Steps of 1, 2, 2.5 or 5 × 10ⁿ: of these, the one whose breaks cover the values in the number of classes nearest
    /// `classes` (the larger step on a tie). An axis may take few ticks, but a map of three classes hides the differences
    /// it is drawn to show (30.9 to 44.7 in steps of 5 is three classes; in steps of 2.5, six).
    static func breaks(minimum: Double, maximum: Double, classes: Int) -> [Double] {
        let low = min(minimum, maximum)
        let high = max(minimum, maximum)
        let fallback = AxisTicks.nice(minimum: low, maximum: high, count: classes + 1).values
        guard low.isFinite, high.isFinite, high - low > 1e-12 * max(1, abs(high)) else { return fallback }
        let exponent = floor(log10((high - low) / Double(classes)))
        var best: (step: Double, count: Int)?
        for power in [exponent - 1, exponent, exponent + 1] {
            for multiple in stepMultiples.reversed() {
                let step = multiple * pow(10, power)
                let count = Int(((high / step) - 1e-9).rounded(.up) - ((low / step) + 1e-9).rounded(.down))
                let distance = abs(count - classes)
                if let current = best {
                    let currentDistance = abs(current.count - classes)
                    if distance > currentDistance || (distance == currentDistance && step <= current.step) { continue }
                }
                best = (step, count)
            }
        }
        guard let best, best.count >= 1 else { return fallback }
        let first = ((low / best.step) + 1e-9).rounded(.down)
        let scale = pow(10, Double(ValueStyle.decimals(for: best.step)))
        return (0...best.count).map { ((first + Double($0)) * best.step * scale).rounded() / scale }
    }

    /// The multiples of a power of ten a class may be wide.
    static let stepMultiples = [1.0, 2.0, 2.5, 5.0]

    /// The class holding `value`: the last class whose lower break is at or below it (values outside the breaks
    /// fall in the end classes).
    public func classIndex(of value: Double) -> Int {
        var index = 0
        for i in 0..<colours.count where value >= breaks[i] { index = i }
        return index
    }

    /// The fill for `value`.
    public func colour(for value: Double) -> String { colours[classIndex(of: value)] }

    /// The legend text of class `index`, e.g. `10–20`, in `style`.
    public func label(ofClass index: Int, style: ValueStyle) -> String {
        let step = breaks.count > 1 ? breaks[1] - breaks[0] : 1
        return "\(style.tick(breaks[index], step: step))–\(style.tick(breaks[index + 1], step: step))"
    }
}
