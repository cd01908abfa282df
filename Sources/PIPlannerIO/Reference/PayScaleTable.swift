import Foundation
import PIPlannerModel

/// One NHS Agenda for Change pay point (`pay-scales/nhs_afc_pay_points_england.csv`).
public struct PayPoint: Sendable, Equatable {
    /// The pay year's label, e.g. "2025/26" (always a financial year: the table refuses any other).
    public var payYear: String
    public var band: String
    public var point: String
    public var yearsInBand: String
    public var annualSalaryGBP: Double
    public var publisher: String
    public var url: String
    public var quality: String
    public var note: String
    /// 1-based line in the CSV, for messages.
    public var line: Int

    public var citation: String { "\(publisher), \(url) (\(quality)); pay year \(payYear), band \(band), point \(point)" }
}

/// The pay-scale table with lookups by year and band.
public struct PayScaleTable: Sendable {
    public static let file = "pay-scales/nhs_afc_pay_points_england.csv"
    public var points: [PayPoint]

    /// Pay years present, oldest first (four-digit labels sort as the years do).
    public var years: [String] { Array(Set(points.map(\.payYear))).sorted() }

    /// Pay years present as financial years, oldest first.
    public var financialYears: [FinancialYear] { years.compactMap(FinancialYear.init(label:)) }

    /// Points for a band in a year, lowest salary first.
    public func points(year: String, band: String) -> [PayPoint] {
        points.filter { $0.payYear == year && $0.band == band }.sorted { $0.annualSalaryGBP < $1.annualSalaryGBP }
    }

    /// Pay years in which a band has any point.
    public func years(havingBand band: String) -> [String] {
        Array(Set(points.filter { $0.band == band }.map(\.payYear))).sorted()
    }

    /// Every band in the table.
    public var bands: [String] {
        Array(Set(points.map(\.band))).sorted { (Int($0.prefix(1)) ?? 0, $0) < (Int($1.prefix(1)) ?? 0, $1) }
    }
}

extension PayScaleTable {
    static let columns = [
        "pay_year", "band", "point", "years_in_band", "annual_salary_gbp", "source_publisher", "source_url", "source_quality", "note",
    ]

    /// Reads the CSV text; `shown` is the file as messages name it. Every salary must be a positive amount `Money`
    /// holds and every pay year a financial year, so that no later step traps or miscounts years.
    static func read(_ text: String, shown: String) throws(PlannerError) -> PayScaleTable {
        let table = CSVTable.parse(text)
        var columns: [String: Int] = [:]
        for name in Self.columns {
            guard let index = table.column(name) else { throw .referenceData(file: shown, message: "missing column \"\(name)\"") }
            columns[name] = index
        }
        var points: [PayPoint] = []
        for row in table.rows {
            func field(_ name: String) -> String {
                let i = columns[name]!
                return i < row.fields.count ? row.fields[i] : ""
            }
            guard let salary = Double(field("annual_salary_gbp")), salary > 0, Money.canHold(salary) else {
                throw .referenceData(
                    file: shown, line: row.line, column: "annual_salary_gbp",
                    message:
                        "\"\(field("annual_salary_gbp"))\" is not a positive number of pounds of at most \(NumberFormat.gbp(Money(gbp: Money.maxGBP)))"
                )
            }
            guard FinancialYear(label: field("pay_year")) != nil else {
                throw .referenceData(
                    file: shown, line: row.line, column: "pay_year",
                    message: "\"\(field("pay_year"))\" is not a financial year like \"2025/26\"")
            }
            points.append(
                PayPoint(
                    payYear: field("pay_year"), band: field("band"), point: field("point"), yearsInBand: field("years_in_band"),
                    annualSalaryGBP: salary, publisher: field("source_publisher"), url: field("source_url"),
                    quality: field("source_quality"), note: field("note"), line: row.line))
        }
        guard !points.isEmpty else { throw .referenceData(file: shown, message: "no pay points: the table has no rows under its header") }
        return PayScaleTable(points: points)
    }
}
