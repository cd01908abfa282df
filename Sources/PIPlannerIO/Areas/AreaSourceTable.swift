import Foundation

/// A problem in a source or shipped area file, naming where it is; users see it as a `Diagnostic` (`diagnostic(in:)`).
public struct AreaDataError: Error, Sendable, Equatable {
    /// File name, e.g. `ons_live_births_2022_by_area_uk.csv` or `local-authorities.csv`.
    public var file: String
    /// 1-based line in the file; nil for a whole-file problem.
    public var line: Int?
    /// Column name; nil when the problem is not about one cell.
    public var column: String?
    public var message: String

    public init(file: String, line: Int? = nil, column: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }
}

/// A CSV file read with `CSVTable.parse`, with cell access by column name that
/// fails with the file, line and column of a missing or malformed value.
package struct AreaSourceTable {
    package let file: String
    package let table: CSVTable
    private let index: [String: Int]

    package init(file: String, text: String, requiredColumns: [String]) throws {
        self.file = file
        self.table = CSVTable.parse(text)
        var index: [String: Int] = [:]
        for (i, name) in table.header.enumerated() where index[name] == nil { index[name] = i }
        self.index = index
        for column in requiredColumns where index[column] == nil {
            throw AreaDataError(file: file, line: 1, column: column, message: "missing column")
        }
    }

    package var rows: [CSVTable.Row] { table.rows }

    package func has(_ column: String) -> Bool { index[column] != nil }

    /// The raw cell text (may be empty).
    package func string(_ row: CSVTable.Row, _ column: String) throws -> String {
        guard let i = index[column] else {
            throw AreaDataError(file: file, line: 1, column: column, message: "missing column")
        }
        guard i < row.fields.count else {
            throw AreaDataError(
                file: file, line: row.line, column: column, message: "row has \(row.fields.count) fields, expected at least \(i + 1)")
        }
        return row.fields[i]
    }

    /// A cell that must not be empty.
    package func required(_ row: CSVTable.Row, _ column: String) throws -> String {
        let value = WhitespaceTrim.trimmed(try string(row, column))
        if value.isEmpty { throw AreaDataError(file: file, line: row.line, column: column, message: "empty value") }
        return value
    }

    package func int(_ row: CSVTable.Row, _ column: String) throws -> Int {
        let value = try required(row, column)
        guard let number = Int(value) else {
            throw AreaDataError(file: file, line: row.line, column: column, message: "not a whole number: \"\(value)\"")
        }
        return number
    }

    package func double(_ row: CSVTable.Row, _ column: String) throws -> Double {
        let value = try required(row, column)
        guard let number = Double(value), number.isFinite else {
            throw AreaDataError(file: file, line: row.line, column: column, message: "not a number: \"\(value)\"")
        }
        return number
    }
}
