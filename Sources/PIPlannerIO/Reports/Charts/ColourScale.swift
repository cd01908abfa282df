/// A classed sequential colour scale for maps: nice class breaks over the values, one ramp colour per class,
/// the lightest for the lowest class and the darkest for the highest.
public struct ColourScale: Sendable, Equatable {
    /// Class boundaries, ascending: class `i` holds values from `breaks[i]` up to `breaks[i + 1]`.
    public var breaks: [Double]
    /// One colour per class.
    public var colours: [String]

    /// About `classes` classes with nice breaks covering `minimum…maximum`, coloured from `ChartPalette.sequential`.
    public init(minimum: Double, maximum: Double, classes: Int = 5) {
        let ticks = AxisTicks.nice(minimum: minimum, maximum: maximum, count: max(2, classes + 1))
        breaks = ticks.values
        let count = max(1, breaks.count - 1)
        colours = (0..<count).map { ChartPalette.sequential(at: count == 1 ? 1 : Double($0) / Double(count - 1)) }
    }

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
