import Foundation
import PIPlannerModel

/// Reads `ReferenceData/on-costs/employer_on_costs_uk.csv` (employer NI and NHS pension rates by tax year, one
/// figure a row with its source) into an `EmployerOnCostRulesTable`, expanding year ranges such as
/// "2019/20-2023/24" to one figure a year. A bad row is refused with the file, line and column.
public enum EmployerOnCostTable {
    /// The file's path within the reference data.
    public static let file = "on-costs/employer_on_costs_uk.csv"

    /// The file's item ids and the figure each is.
    public static let itemIDs: [String: EmployerOnCostFigure.Item] = [
        "employer_class1_ni_rate": .niRate,
        "employer_ni_secondary_threshold": .niSecondaryThreshold,
        "nhs_pension_employer_rate_total": .pensionSchemeTotalRate,
        "nhs_pension_employer_rate_paid_by_nhs_employer": .pensionNHSEmployerRate,
        "nhs_pension_administration_levy": .pensionAdministrationLevyRate,
        "nhs_pension_employer_rate_total_scotland": .pensionSchemeTotalRateScotland,
        "nhs_pension_employer_rate_total_northern_ireland": .pensionSchemeTotalRateNorthernIreland,
    ]

    static let columns = [
        "item", "tax_or_scheme_year", "value", "unit", "applies_to", "source_publisher", "source_url", "source_quality", "note",
    ]

    /// The table compiled into the binary from `ReferenceData/` (`ReferenceData.employerOnCosts` of the embedded data).
    public static func embedded() throws(PlannerError) -> EmployerOnCostRulesTable {
        try ReferenceData.embedded().employerOnCosts
    }

    /// The table from loaded reference data (embedded or a `--reference-data` directory); thresholds are
    /// checked against its pay scales.
    public static func load(from reference: ReferenceData) throws(PlannerError) -> EmployerOnCostRulesTable {
        let shown = reference.origin == "embedded" ? file : URL(fileURLWithPath: reference.origin).appendingPathComponent(file).path
        guard let text = reference.files[file] else { throw .referenceData(file: shown, message: "missing from \(reference.origin)") }
        return try load(csvText: text, file: shown, payScale: reference.payScale)
    }

    /// Parses the CSV. `file` is the name messages give. A threshold at or above the highest salary in
    /// `payScale` would exempt every post from NI: it is taken for pence where pounds are meant and refused.
    public static func load(csvText: String, file: String, payScale: PayScaleTable) throws(PlannerError) -> EmployerOnCostRulesTable {
        let table = CSVTable.parse(csvText)
        var index: [String: Int] = [:]
        for name in columns {
            guard let i = table.column(name) else { throw .referenceData(file: file, message: "missing column \"\(name)\"") }
            index[name] = i
        }
        let ceilingGBP = payScale.points.map(\.annualSalaryGBP).max()
        var figures: [EmployerOnCostFigure] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            let reader = RowReader(row: row, index: index, file: file)
            for figure in try reader.figures(salaryCeilingGBP: ceilingGBP) {
                let key = "\(reader.field("item")) \(figure.taxYear)"
                if let earlier = seen[key] {
                    throw reader.error(
                        "tax_or_scheme_year", "\(reader.field("item")) for \(figure.taxYear) is also given on line \(earlier)")
                }
                seen[key] = row.line
                figures.append(figure)
            }
        }
        let result = EmployerOnCostRulesTable(figures: figures)
        guard result.firstTaxYear != nil else {
            let needed = itemIDs.filter { EmployerOnCostFigure.Item.required.contains($0.value) }.keys.sorted()
            throw .referenceData(
                file: file, message: "no tax year has every figure the employer method needs: \(needed.joined(separator: ", "))")
        }
        return result
    }
}

/// One row's fields by column name, and its figures once checked.
private struct RowReader {
    var row: CSVTable.Row
    var index: [String: Int]
    var file: String

    func field(_ name: String) -> String {
        guard let i = index[name], i < row.fields.count else { return "" }
        return row.fields[i].trimmingCharacters(in: .whitespaces)
    }

    func error(_ column: String, _ message: String) -> PlannerError {
        .referenceData(file: file, line: row.line, column: column, message: message)
    }

    /// The value of `column` is refused: what was found, what was expected and, as data, what to suggest.
    func refused(_ column: String, expected: String, hint: Diagnostic.Suggestion? = nil) -> PlannerError {
        PlannerError(
            .field(
                .referenceData, location: .init(file: file, line: row.line, fieldPath: column), found: "\"\(field(column))\"",
                expected: expected, notes: hint.map { [$0.text] } ?? []))
    }

    /// The row's figure for each year it covers.
    func figures(salaryCeilingGBP: Double?) throws(PlannerError) -> [EmployerOnCostFigure] {
        let id = field("item")
        guard let item = EmployerOnCostTable.itemIDs[id] else {
            let known = EmployerOnCostTable.itemIDs.keys.sorted()
            throw refused(
                "item", expected: "one of " + known.map { "\"\($0)\"" }.joined(separator: ", "),
                hint: nearestKey(to: id, in: known).map(Diagnostic.Suggestion.nearest))
        }
        let value = try checkedValue(item, salaryCeilingGBP: salaryCeilingGBP)
        let unit = field("unit")
        let unitPrefix = item.isRate ? "proportion" : "GBP"
        guard unit.lowercased().hasPrefix(unitPrefix.lowercased()) else {
            throw refused("unit", expected: "a unit beginning \"\(unitPrefix)\" for \(id)")
        }
        return try years().map { year in
            EmployerOnCostFigure(
                item: item, taxYear: year, yearsAsWritten: field("tax_or_scheme_year"), value: value, unit: unit,
                appliesTo: field("applies_to"), publisher: field("source_publisher"), url: field("source_url"),
                quality: field("source_quality"), note: field("note"), line: row.line)
        }
    }

    /// The value, checked for its kind: a proportion from 0 to 1, or pounds a year below the top of the pay scales.
    func checkedValue(_ item: EmployerOnCostFigure.Item, salaryCeilingGBP: Double?) throws(PlannerError) -> Double {
        let rateExpected = "a proportion from 0 to 1 (e.g. 0.15 for 15%)"
        let poundsExpected = "pounds a year per employee, 0 or more"
        guard let value = Double(field("value")), value.isFinite else {
            throw refused("value", expected: "a number: " + (item.isRate ? rateExpected : poundsExpected))
        }
        if item.isRate {
            guard (0...1).contains(value) else {
                throw refused("value", expected: rateExpected, hint: value > 1 && value <= 100 ? .percentage(meant: value / 100) : nil)
            }
            return value
        }
        guard value >= 0, Money.canHold(value) else { throw refused("value", expected: poundsExpected) }
        if let ceiling = salaryCeilingGBP, value >= ceiling {
            throw refused(
                "value",
                expected:
                    "\(poundsExpected), below the highest salary in the pay scales (\(NumberFormat.gbp(Money(gbp: ceiling)))), or no post pays NI",
                hint: .advice("pence where pounds are meant? \(NumberFormat.plain(value / 100)) pounds"))
        }
        return value
    }

    /// "2025/26" → [2025/26]; "2019/20-2021/22" → [2019/20, 2020/21, 2021/22].
    func years() throws(PlannerError) -> [FinancialYear] {
        let text = field("tax_or_scheme_year")
        let bounds = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let expected = "a tax year such as \"2025/26\" or a range such as \"2019/20-2023/24\", earliest first"
        guard (1...2).contains(bounds.count), let first = FinancialYear(label: bounds[0]),
            let last = FinancialYear(label: bounds[bounds.count - 1]), first <= last
        else { throw refused("tax_or_scheme_year", expected: expected) }
        return (0...FinancialYear.yearsBetween(first, last)).compactMap { first.offset(by: $0) }
    }
}
