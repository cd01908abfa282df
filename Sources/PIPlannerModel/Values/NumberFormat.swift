import Foundation

/// The one number formatter, for finding messages in the model and for every report: fixed, locale-independent,
/// grouped with commas where a reader reads it, plain where a program does. No form prints `-0`.
public enum NumberFormat {
    /// `decimals` places, grouped: `1,234.57`. `n/a`, `∞` or `-∞` when not finite.
    public static func number(_ value: Double, _ decimals: Int = 0) -> String {
        if let text = FixedPointText.text(value, decimals: decimals, grouped: true) { return text }
        let text = fixed(value, decimals)
        guard value.isFinite else { return text }
        let negative = text.hasPrefix("-")
        let unsigned = negative ? text.dropFirst() : Substring(text)
        let dot = unsigned.firstIndex(of: ".") ?? unsigned.endIndex
        var grouped = ""
        let integer = unsigned[..<dot]
        for (i, digit) in integer.enumerated() {
            if i > 0 && (integer.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (negative ? "-" : "") + grouped + unsigned[dot...]
    }

    /// `decimals` places, not grouped: `1234.57`. `n/a`, `∞` or `-∞` when not finite.
    public static func fixed(_ value: Double, _ decimals: Int = 0) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "∞" : "-∞") }
        if let text = FixedPointText.text(value, decimals: decimals, grouped: false) { return text }
        let text = String(format: "%.\(decimals)f", value)
        // A small negative value rounds to zero: print it unsigned.
        return text.hasPrefix("-") && !text.contains(where: { $0 != "-" && $0 != "0" && $0 != "." }) ? String(text.dropFirst()) : text
    }

    /// Up to `decimals` places, trailing zeros removed, grouped: `0.303`, `5.13`, `280,000`.
    public static func trimmed(_ value: Double, _ decimals: Int) -> String {
        var text = number(value, decimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// A number of any size for a message: as `trimmed` to 2 places below 10^15, else 3 significant figures (`3.57e+302`).
    public static func approximate(_ value: Double) -> String {
        abs(value) < 1e15 || !value.isFinite ? trimmed(value, 2) : String(format: "%.3g", value)
    }

    /// A proportion as a percentage with `decimals` places: `19.4%`.
    public static func percent(_ proportion: Double, _ decimals: Int = 1) -> String {
        number(proportion * 100, decimals) + "%"
    }

    /// A proportion as a percentage to at most `decimals` places, for an assumption quoted in prose: `14%`, `2.5%`.
    public static func trimmedPercent(_ proportion: Double, _ decimals: Int = 2) -> String {
        trimmed(proportion * 100, decimals) + "%"
    }

    /// Whole pounds, grouped: `£237,685`, `-£5`.
    public static func gbp(_ money: Money) -> String {
        let pounds = money.gbp.rounded(.toNearestOrAwayFromZero)
        return (pounds < 0 ? "-£" : "£") + number(abs(pounds))
    }

    /// Pounds and pence, grouped: `£11,077.50`.
    public static func gbpPence(_ money: Money) -> String {
        (money.pence < 0 ? "-£" : "£") + number(abs(money.gbp), 2)
    }

    /// A number for CSV, JSON and messages quoting input: no grouping, the shortest exact form (`280000`, `0.203`).
    /// Not finite: `NaN`, `Infinity`, `-Infinity`, as a config would spell them.
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "Infinity" : "-Infinity") }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Money for CSV and JSON: pounds with two decimals, no grouping: `-5.05`.
    public static func plainGBP(_ money: Money) -> String {
        let sign = money.pence < 0 ? "-" : ""
        let pence = abs(money.pence)
        return "\(sign)\(pence / 100).\(pence % 100 < 10 ? "0" : "")\(pence % 100)"
    }
}
