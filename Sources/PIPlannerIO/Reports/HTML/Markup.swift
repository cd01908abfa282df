import Foundation

/// A piece of HTML or inline SVG that is safe by construction.
///
/// Markup is written as a string literal with interpolations: the literal parts must be compile-time
/// constants (`StaticString`), and every interpolated `String` goes through ``escape(_:)``. So text from a
/// config or a data file (an area named `<script>…</script>`) can only ever become text, never an element.
/// Interpolating another `Markup` inserts it as it is; interpolating a number writes an SVG coordinate.
public struct Markup: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public typealias StringLiteralType = StaticString

    /// The markup as it goes into the page.
    public private(set) var text: String

    /// Nothing.
    public static let empty: Markup = ""

    public init(stringLiteral value: StaticString) { text = value.description }

    public init(stringInterpolation: Interpolation) { text = stringInterpolation.text }

    /// Joins pieces of markup, in order, with nothing between them.
    public init(joining parts: [Markup]) {
        text = ""
        for part in parts { text += part.text }
    }

    public var description: String { text }

    /// The markup followed by `other`.
    public static func + (lhs: Markup, rhs: Markup) -> Markup { Markup(joining: [lhs, rhs]) }

    /// Appends `other`.
    public static func += (lhs: inout Markup, rhs: Markup) { lhs.text += rhs.text }

    /// Text made safe in HTML and SVG, both as element content and inside a quoted attribute:
    /// `&`, `<`, `>`, `"` and `'` become character references. The one escaping function of the reports.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A number as an SVG coordinate or length: at most two decimals, no grouping, no trailing zeros, never `-0`.
    /// Integer arithmetic, not `String(format:)`: a hex map writes thousands of these.
    public static func coordinate(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        guard abs(value) < 1e15 else { return String(Int64(value)) }
        let hundredths = Int64((value * 100).rounded(.toNearestOrAwayFromZero))
        if hundredths == 0 { return "0" }
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let (whole, fraction) = (String(magnitude / 100), magnitude % 100)
        if fraction == 0 { return sign + whole }
        if fraction % 10 == 0 { return sign + whole + "." + String(fraction / 10) }
        return sign + whole + (fraction < 10 ? ".0" : ".") + String(fraction)
    }

    /// Builds markup from literal parts and escaped values.
    public struct Interpolation: StringInterpolationProtocol {
        public typealias StringLiteralType = StaticString
        var text = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * 8)
        }

        public mutating func appendLiteral(_ literal: StaticString) { text += literal.description }

        /// Text: escaped.
        public mutating func appendInterpolation(_ value: String) { text += Markup.escape(value) }

        /// Markup: inserted as it is.
        public mutating func appendInterpolation(_ value: Markup) { text += value.text }

        /// Pieces of markup, one after the other.
        public mutating func appendInterpolation(_ values: [Markup]) {
            for value in values { text += value.text }
        }

        /// A coordinate or length (see ``Markup/coordinate(_:)``).
        public mutating func appendInterpolation(_ value: Double) { text += Markup.coordinate(value) }

        /// A whole number.
        public mutating func appendInterpolation(_ value: Int) { text += String(value) }
    }
}
