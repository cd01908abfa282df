/// A UK financial year (April to March), written as its label "2025/26": the four-digit calendar year it starts in,
/// a slash, and the last two digits of the year it ends in.
///
/// Only years with a four-digit label exist, 0000/01 to 9999/00, so that every year has a label that reads back
/// as the same year.
public struct FinancialYear: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The earliest and latest calendar years a four-digit label can start in.
    public static let startYears = 0...9999

    /// The calendar year the financial year starts in (2025 for 2025/26).
    public let startYear: Int

    /// The financial year starting in `startYear`; nil outside 0...9999 (no four-digit label).
    public init?(startYear: Int) {
        guard Self.startYears.contains(startYear) else { return nil }
        self.startYear = startYear
    }

    /// Reads a label such as "2025/26": four digits, a slash, two digits that are the next calendar year's last two.
    /// Nil for anything else, including signs ("-001/00", "+123/24"), which `Int` would otherwise read.
    public init?(label: String) {
        let parts = label.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let start = Int(parts[0]), let end = Int(parts[1]), (start + 1) % 100 == end
        else { return nil }
        self.init(startYear: start)
    }

    /// The label, e.g. "2025/26" (always four digits, then two).
    public var label: String {
        let end = (startYear + 1) % 100
        let start = String(startYear)
        return String(repeating: "0", count: 4 - start.count) + start + "/" + (end < 10 ? "0" : "") + String(end)
    }

    public var description: String { label }

    /// The following financial year; nil after 9999/00.
    public var next: FinancialYear? { offset(by: 1) }

    /// The financial year `years` later (earlier when negative); nil when that year has no four-digit label.
    public func offset(by years: Int) -> FinancialYear? {
        let (start, overflow) = startYear.addingReportingOverflow(years)
        return overflow ? nil : FinancialYear(startYear: start)
    }

    /// `count` consecutive years from this one; nil when the last would be after 9999/00 (or `count` is negative).
    public func years(count: Int) -> [FinancialYear]? {
        guard count >= 0 else { return nil }
        guard count > 0 else { return [] }
        guard offset(by: count - 1) != nil else { return nil }
        return (0..<count).map { FinancialYear(startYear: startYear + $0)! }
    }

    /// Financial years from `earlier` to `later`: 2022/23 → 2025/26 is 3; negative when `later` comes first.
    public static func yearsBetween(_ earlier: FinancialYear, _ later: FinancialYear) -> Int {
        later.startYear - earlier.startYear
    }

    public static func < (a: FinancialYear, b: FinancialYear) -> Bool { a.startYear < b.startYear }
}
