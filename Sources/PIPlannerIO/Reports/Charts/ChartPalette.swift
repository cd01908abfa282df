import Foundation

/// An sRGB colour.
public struct RGBColour: Sendable, Equatable {
    public var red: Double
    public var green: Double
    public var blue: Double

    /// From `#rrggbb`; black if the text is not a colour.
    public init(hex: String) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        let value = digits.count == 6 ? Int(digits, radix: 16) ?? 0 : 0
        red = Double((value >> 16) & 0xFF) / 255
        green = Double((value >> 8) & 0xFF) / 255
        blue = Double(value & 0xFF) / 255
    }

    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `#rrggbb`, lower case.
    public var hex: String {
        func byte(_ c: Double) -> String {
            let v = Int((min(1, max(0, c)) * 255).rounded())
            return (v < 16 ? "0" : "") + String(v, radix: 16)
        }
        return "#" + byte(red) + byte(green) + byte(blue)
    }

    /// The colour `fraction` of the way from `self` to `other`.
    public func mixed(with other: RGBColour, _ fraction: Double) -> RGBColour {
        let t = min(1, max(0, fraction))
        return RGBColour(red: red + (other.red - red) * t, green: green + (other.green - green) * t, blue: blue + (other.blue - blue) * t)
    }

    /// WCAG relative luminance, 0 (black) to 1 (white).
    public var luminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.039_28 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// Whether text on this colour should be white rather than black (the higher WCAG contrast of the two).
    public var prefersLightText: Bool {
        let l = luminance
        return (1.05) / (l + 0.05) > (l + 0.05) / 0.05
    }
}

/// Colour-blind-safe colours for the charts.
public enum ChartPalette {
    /// Okabe & Ito's categorical palette (2008), in an order that keeps neighbours distinct for every common
    /// colour-vision deficiency; yellow, the weakest on white, comes last.
    public static let categorical = [
        "#0072b2", "#e69f00", "#009e73", "#d55e00", "#56b4e9", "#cc79a7", "#000000", "#f0e442",
    ]

    /// ColorBrewer's 7-class YlGnBu (Brewer, colorbrewer2.org): a sequential ramp from light (low) to dark (high),
    /// safe for colour-blind readers and in greyscale print.
    public static let sequential = [
        "#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84",
    ]

    /// Areas with no value: mid grey, drawn with a hatch so that "no data" is not told by colour alone.
    public static let noData = "#bdbdbd"

    /// The colour of a highlighted bar (Okabe–Ito vermillion) and of everything else in a one-series chart.
    public static let highlight = "#d55e00"
    public static let base = "#0072b2"

    /// The `index`th categorical colour, cycling.
    public static func category(_ index: Int) -> String {
        categorical[((index % categorical.count) + categorical.count) % categorical.count]
    }

    /// The sequential ramp sampled at `fraction` (0 = lightest, 1 = darkest), interpolated between its stops.
    public static func sequential(at fraction: Double) -> String {
        let stops = sequential.map(RGBColour.init(hex:))
        let t = min(1, max(0, fraction.isFinite ? fraction : 0)) * Double(stops.count - 1)
        let lower = Int(t.rounded(.down))
        guard lower < stops.count - 1 else { return stops[stops.count - 1].hex }
        return stops[lower].mixed(with: stops[lower + 1], t - Double(lower)).hex
    }
}
