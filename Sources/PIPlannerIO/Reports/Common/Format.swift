import Foundation
import PIPlannerModel

/// Number formatting for reports: fixed, locale-independent, grouped with commas.
public enum Format {
    /// A number with `decimals` places and thousands separators, e.g. `1,234.57`.
    public static func number(_ value: Double, _ decimals: Int = 0) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "∞" : "-∞") }
        let text = String(format: "%.\(decimals)f", value)
        var (integer, fraction) = (text, "")
        if let dot = text.firstIndex(of: ".") {
            integer = String(text[..<dot])
            fraction = String(text[dot...])
        }
        let negative = integer.hasPrefix("-")
        if negative { integer.removeFirst() }
        var grouped = ""
        for (i, c) in integer.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { grouped.append(",") }
            grouped.append(c)
        }
        let result = String(grouped.reversed()) + fraction
        return negative && result.contains(where: { $0 != "0" && $0 != "." && $0 != "," }) ? "-" + result : result
    }

    /// Pounds rounded to the whole pound for print, e.g. `£237,685`.
    public static func gbp(_ money: Money) -> String {
        let pounds = (money.gbp).rounded(.toNearestOrAwayFromZero)
        return (pounds < 0 ? "-£" : "£") + number(abs(pounds))
    }

    /// Pounds and pence, e.g. `£11,077.50`.
    public static func gbpPence(_ money: Money) -> String {
        (money.pence < 0 ? "-£" : "£") + number(abs(money.gbp), 2)
    }

    /// A proportion as a percentage, e.g. `15.0%`.
    public static func percent(_ proportion: Double, _ decimals: Int = 1) -> String {
        number(proportion * 100, decimals) + "%"
    }

    /// A plain number for CSV and JSON: no grouping, shortest exact form.
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Money for CSV and JSON: pounds with two decimals, no grouping.
    public static func plainGBP(_ money: Money) -> String {
        let sign = money.pence < 0 ? "-" : ""
        let p = abs(money.pence)
        return "\(sign)\(p / 100).\(p % 100 < 10 ? "0" : "")\(p % 100)"
    }

    /// Config text made safe inside a Markdown table cell or heading: `|` escaped, line breaks as spaces.
    public static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
            .replacingOccurrences(of: "|", with: "\\|")
    }

    /// A figure's value in its natural form for the audit trail.
    public static func figure(_ figure: Figure) -> String {
        let unit = figure.unit.lowercased()
        if unit.hasPrefix("gbp") { return gbpPence(Money(gbp: figure.value)) }
        if unit.hasPrefix("proportion") || unit.hasPrefix("fraction") { return trimmed(figure.value, 4) }
        if unit.hasPrefix("rule:") { return String(figure.unit.dropFirst(6)) }
        return trimmed(figure.value, 2)
    }

    /// A number of any size for a message: as `trimmed` to 2 places below 10^15, else 3 significant figures (`3.57e+302`).
    public static func approximate(_ value: Double) -> String {
        abs(value) < 1e15 || !value.isFinite ? trimmed(value, 2) : String(format: "%.3g", value)
    }

    /// Up to `decimals` places, trailing zeros removed, grouped.
    public static func trimmed(_ value: Double, _ decimals: Int) -> String {
        var text = number(value, decimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
