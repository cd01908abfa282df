import Foundation

/// A CSV table read with RFC 4180 quoting: a header row and data rows, each
/// remembering its 1-based line number in the file for error messages.
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        public var line: Int
        public var fields: [String]
    }
    public var header: [String]
    public var rows: [Row]

    /// Parses CSV text. Quoted fields may contain commas, quotes ("") and line breaks.
    public static func parse(_ text: String) -> CSVTable {
        var text = text
        var scanner = CSVScanner()
        // By UTF-8 byte: every character the format gives a meaning is ASCII, and no byte of a multi-byte character
        // is, so this reads exactly as scalar by scalar, without building each field a scalar at a time.
        text.withUTF8 { scanner.read($0) }
        let records = scanner.finish()
        guard let first = records.first else { return CSVTable(header: [], rows: []) }
        var header = first.fields
        if let h = header.first, h.hasPrefix("\u{FEFF}") { header[0] = String(h.dropFirst()) }
        return CSVTable(header: header, rows: Array(records.dropFirst()))
    }

    /// The index of a named column, if present.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}

/// `CSVTable.parse`'s state machine over UTF-8 bytes: a quote at a field's start opens a quoted field, where `""` is
/// a quote and commas and line breaks are text; outside one, a comma ends the field, a line feed ends the record
/// (an empty line is no record) and a carriage return is dropped.
private struct CSVScanner {
    private(set) var records: [CSVTable.Row] = []
    private var fields: [String] = []
    private var field: [UInt8] = []
    private var inQuotes = false
    private var fieldStarted = false
    private var line = 1
    private var recordLine = 1

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            i += 1
            if inQuotes {
                if c != Self.quote {
                    if c == Self.lineFeed { line += 1 }
                    field.append(c)
                } else if i < bytes.count, bytes[i] == Self.quote {
                    field.append(c)
                    i += 1
                } else {
                    inQuotes = false
                }
                continue
            }
            switch c {
            case Self.quote where !fieldStarted || field.isEmpty:
                inQuotes = true
                fieldStarted = true
            case Self.comma: endField()
            case Self.carriageReturn: continue
            case Self.lineFeed:
                endField()
                if !(fields.count == 1 && fields[0].isEmpty) { records.append(CSVTable.Row(line: recordLine, fields: fields)) }
                fields = []
                line += 1
                recordLine = line
            default:
                field.append(c)
                fieldStarted = true
            }
        }
    }

    private mutating func endField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        fieldStarted = false
    }

    /// The records, the last one included when the text does not end with a line break.
    mutating func finish() -> [CSVTable.Row] {
        if fieldStarted || !field.isEmpty || !fields.isEmpty {
            endField()
            records.append(CSVTable.Row(line: recordLine, fields: fields))
        }
        return records
    }
}

/// Writes CSV that spreadsheets open cleanly: fields quoted only when needed,
/// and text that a spreadsheet would run as a formula prefixed with a quote.
public enum CSVWriter {
    /// One CSV line (without the line break) from fields.
    public static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",")
    }

    /// A whole document: header, rows, each line ending in "\n".
    public static func document(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { line($0) + "\n" }.joined()
    }

    static func escape(_ raw: String) -> String {
        var value = raw
        // Excel-safe: a text cell starting with = + - @, a tab or a carriage return would be run as a formula. Plain
        // decimal numbers (e.g. "-1.5", "2.5e-3") are left alone, and so is "-inf", the reports' negative infinity, so
        // that a CSV reader reads it as a number (as a formula it names nothing and runs nothing); "-Inf", "-inf+1" or
        // "-0x1p3", which Double() also reads, are guarded.
        // By UTF-8 byte: the characters looked for are ASCII, which no byte of another character is.
        if let first = value.utf8.first, formulaStarts.contains(first), !isPlainNumber(value), value != negativeInfinity {
            value = "'" + value
        }
        // By byte, not Character: a Windows line break "\r\n" is one Character, equal to neither "\r" nor "\n".
        if value.utf8.contains(where: needsQuotes) {
            return "\"" + doublingQuotes(value) + "\""
        }
        return value
    }

    /// `value` with each `"` doubled, by scalar: Foundation's `replacingOccurrences` cost a batch's long notes more
    /// than the rest of their row.
    private static func doublingQuotes(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: "\"")) else { return value }
        var doubled = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            if scalar == "\"" { doubled.append(scalar) }
            doubled.append(scalar)
        }
        return String(doubled)
    }

    /// The first bytes a spreadsheet runs as a formula: = + - @, a tab and a carriage return.
    private static let formulaStarts: [UInt8] = Array("=+-@\t\r".utf8)
    /// Whether a byte makes a field need quotes: a comma, a quote or a line break.
    private static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// Negative infinity as the reports write it (`inf` needs no exception: it starts no formula).
    static let negativeInfinity = "-inf"

    /// A decimal number as the writers print one: an optional minus, digits with at most one point, and an optional
    /// exponent (`-1.5`, `2.5e-3`).
    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        let digits = CharacterSet(charactersIn: "0123456789")
        let mantissa = scalars.prefix { digits.contains($0) || $0 == "." }
        guard mantissa.contains(where: { digits.contains($0) }), mantissa.filter({ $0 == "." }).count <= 1 else { return false }
        var rest = scalars.dropFirst(mantissa.count)
        guard !rest.isEmpty else { return true }
        guard rest.first == "e" || rest.first == "E" else { return false }
        rest = rest.dropFirst()
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        return !rest.isEmpty && rest.allSatisfy { digits.contains($0) }
    }
}
