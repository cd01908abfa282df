import Foundation

/// Plain number formatting for messages inside the model (no locale, no grouping).
func fmt(_ value: Double, _ decimals: Int = 0) -> String {
    String(format: "%.\(decimals)f", value)
}

/// Whole pounds with thousands separators, for finding messages: `£35,028`.
func fmtGBP(_ money: Money) -> String {
    let pounds = Int64(money.gbp.rounded(.toNearestOrAwayFromZero))
    var digits = String(abs(pounds))
    var grouped = ""
    while digits.count > 3 {
        grouped = "," + digits.suffix(3) + grouped
        digits = String(digits.dropLast(3))
    }
    return (pounds < 0 ? "-£" : "£") + digits + grouped
}

func pct(_ proportion: Double) -> String {
    String(format: "%.1f%%", proportion * 100)
}
