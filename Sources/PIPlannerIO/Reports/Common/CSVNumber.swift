import PIPlannerModel

/// How the CSV reports give a drawn figure in a cell (Methodology §7): an infinite value is the text `inf` or `-inf`,
/// which Python's `float`, pandas and R read as infinity, so that it is told apart from an empty cell, a figure that
/// does not apply (not summarised, or no cost per baby at point values).
enum CSVNumber {
    /// `value` as a cell: pounds with two decimals for `money` (rounded as `Money(gbp:)` rounds, half a penny away
    /// from zero; an amount beyond what `Money` holds, whose doubles are coarser than a penny, as it is), otherwise
    /// `finite`'s text; `inf` / `-inf` when infinite; empty when NaN.
    static func cell(_ value: Double, money: Bool, finite: (Double) -> String = NumberFormat.plain) -> String {
        if value.isNaN { return "" }
        if value.isInfinite { return value > 0 ? infinity : CSVWriter.negativeInfinity }
        if money { return Money.canHold(value) ? NumberFormat.plainGBP(Money(gbp: value)) : NumberFormat.plain(value) }
        return finite(value)
    }

    /// The text of positive infinity (`CSVWriter.negativeInfinity` the negative, which the formula guard lets through).
    static let infinity = "inf"
}
