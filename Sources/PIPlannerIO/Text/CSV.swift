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
    // One state machine over the scalars, kept whole (about 65 lines): split across functions, its five pieces of
    // state would have to travel together and the transitions would no longer read top to bottom.
    public static func parse(_ text: String) -> CSVTable {
        var records: [Row] = []
        var field = ""
        var fields: [String] = []
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var fieldStarted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending {
                pending = nil
                return p
            }
            return iterator.next()
        }
        while let c = next() {
            if inQuotes {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" {
                            field.unicodeScalars.append("\"")
                        } else {
                            inQuotes = false
                            pending = n
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where !fieldStarted || field.isEmpty:
                inQuotes = true
                fieldStarted = true
            case ",":
                fields.append(field)
                field = ""
                fieldStarted = false
            case "\r":
                continue
            case "\n":
                fields.append(field)
                field = ""
                fieldStarted = false
                if !(fields.count == 1 && fields[0].isEmpty) { records.append(Row(line: recordLine, fields: fields)) }
                fields = []
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(c)
                fieldStarted = true
            }
        }
        if fieldStarted || !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append(Row(line: recordLine, fields: fields))
        }
        guard let first = records.first else { return CSVTable(header: [], rows: []) }
        var header = first.fields
        if let h = header.first, h.hasPrefix("\u{FEFF}") { header[0] = String(h.dropFirst()) }
        return CSVTable(header: header, rows: Array(records.dropFirst()))
    }

    /// The index of a named column, if present.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }
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
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(value),
            value != negativeInfinity
        {
            value = "'" + value
        }
        // By scalar: a Windows line break "\r\n" is one Character, equal to neither "\r" nor "\n".
        if value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
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
