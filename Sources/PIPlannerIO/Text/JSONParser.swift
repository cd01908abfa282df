import Foundation
import PIPlannerModel

/// A line and column (both 1-based) in a text file.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "line \(line), column \(column)" }
}

/// A parsed JSON value that remembers where it was written.
public struct JSONNode: Sendable {
    public indirect enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        case object([Member])
    }
    public struct Member: Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: JSONNode
    }
    public var value: Value
    public var location: SourceLocation

    /// A short human description of the value, for error messages.
    public var summary: String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let d): return NumberFormat.plain(d)
        case .string(let s): return "\"\(s)\""
        case .array(let items): return "an array of \(items.count)"
        case .object: return "an object"
        }
    }

    /// The JSON type name, for "expected a number, found a string" messages.
    public var typeName: String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// A syntax error in a JSON file, with where it happened.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    public var message: String
    public var location: SourceLocation
}

/// Parses JSON with the JSON5 conveniences a hand-edited config needs:
/// `//` and `/* */` comments, trailing commas, and the literals `NaN` and
/// `Infinity` (parsed so that validation can reject them by field name).
public struct JSONParser {
    /// The deepest nesting of arrays and objects accepted. An input sanity bound, not a planning figure: configs
    /// nest a handful of levels, and each level is a recursive call, so a file of many thousand `[` would
    /// otherwise overflow the stack instead of failing with a message.
    public static let maxDepth = 100

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0

    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: Array(text.utf8))
        return try parser.parseDocument()
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private var location: SourceLocation { SourceLocation(line: line, column: column) }

    private func fail(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(message: message, location: location)
    }

    private mutating func advance() {
        if bytes[index] == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        index += 1
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        try skipWhitespace()
        guard current != nil else { throw fail("the file is empty; expected a JSON object") }
        let node = try parseValue()
        try skipWhitespace()
        if current != nil { throw fail("unexpected text after the end of the JSON value") }
        return node
    }

    private mutating func skipWhitespace() throws(JSONSyntaxError) {
        while let c = current {
            switch c {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                advance()
            case UInt8(ascii: "/"):
                let start = location
                guard index + 1 < bytes.count else { throw fail("unexpected '/'") }
                if bytes[index + 1] == UInt8(ascii: "/") {
                    while let c = current, c != UInt8(ascii: "\n") {
                        _ = c
                        advance()
                    }
                } else if bytes[index + 1] == UInt8(ascii: "*") {
                    advance()
                    advance()
                    var closed = false
                    while current != nil {
                        if current == UInt8(ascii: "*"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                            advance()
                            advance()
                            closed = true
                            break
                        }
                        advance()
                    }
                    if !closed { throw JSONSyntaxError(message: "unterminated /* comment", location: start) }
                } else {
                    throw fail("unexpected '/'; comments start with // or /*")
                }
            default:
                return
            }
        }
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
        let start = location
        guard let c = current else { throw fail("unexpected end of file; expected a value") }
        if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
            guard depth < Self.maxDepth else {
                throw fail("arrays and objects nested more than \(Self.maxDepth) deep; expected a config nested a few levels")
            }
            depth += 1
            defer { depth -= 1 }
            return JSONNode(value: c == UInt8(ascii: "{") ? try parseObject() : try parseArray(), location: start)
        }
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return JSONNode(value: .string(try parseString()), location: start)
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: .number(try parseNumber()), location: start)
        default:
            let word = readWord()
            switch word {
            case "true": return JSONNode(value: .bool(true), location: start)
            case "false": return JSONNode(value: .bool(false), location: start)
            case "null": return JSONNode(value: .null, location: start)
            case "NaN": return JSONNode(value: .number(.nan), location: start)
            case "Infinity": return JSONNode(value: .number(.infinity), location: start)
            case "":
                // The whole character, not its first byte (which alone decodes to U+FFFD for "é" or "£").
                let character = String(decoding: bytes[index..<min(index + 4, bytes.count)], as: UTF8.self).first.map(String.init) ?? "?"
                throw JSONSyntaxError(message: "unexpected character '\(character)'; expected a value", location: start)
            default:
                throw JSONSyntaxError(message: "unexpected word '\(word)'; expected a value (strings need double quotes)", location: start)
            }
        }
    }

    private mutating func readWord() -> String {
        var word: [UInt8] = []
        while let c = current,
            (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
                || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "_")
        {
            word.append(c)
            advance()
        }
        return String(decoding: word, as: UTF8.self)
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONNode.Value {
        advance()  // {
        var members: [JSONNode.Member] = []
        var seen: [String: SourceLocation] = [:]
        try skipWhitespace()
        while true {
            guard let c = current else { throw fail("unexpected end of file inside an object; expected '}'") }
            if c == UInt8(ascii: "}") {
                advance()
                return .object(members)
            }
            let keyLocation = location
            let key: String
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                key = try parseString()
            } else {
                let word = readWord()
                guard !word.isEmpty else { throw fail("expected a quoted key or '}'") }
                key = word  // JSON5 unquoted identifier key
            }
            if let first = seen[key] {
                throw JSONSyntaxError(message: "duplicate key \"\(key)\" (first given at \(first))", location: keyLocation)
            }
            seen[key] = keyLocation
            try skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw fail("expected ':' after key \"\(key)\"") }
            advance()
            try skipWhitespace()
            let value = try parseValue()
            members.append(JSONNode.Member(key: key, keyLocation: keyLocation, value: value))
            try skipWhitespace()
            if current == UInt8(ascii: ",") {
                advance()
                try skipWhitespace()
                continue
            }
            if current == UInt8(ascii: "}") {
                advance()
                return .object(members)
            }
            throw fail("expected ',' or '}' after the value of \"\(key)\"")
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONNode.Value {
        advance()  // [
        var items: [JSONNode] = []
        try skipWhitespace()
        while true {
            guard let c = current else { throw fail("unexpected end of file inside an array; expected ']'") }
            if c == UInt8(ascii: "]") {
                advance()
                return .array(items)
            }
            items.append(try parseValue())
            try skipWhitespace()
            if current == UInt8(ascii: ",") {
                advance()
                try skipWhitespace()
                continue
            }
            if current == UInt8(ascii: "]") {
                advance()
                return .array(items)
            }
            throw fail("expected ',' or ']' in array")
        }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let quote = bytes[index]
        let start = location
        advance()
        var out: [UInt8] = []
        while true {
            guard let c = current else { throw JSONSyntaxError(message: "unterminated string", location: start) }
            if c == quote {
                advance()
                break
            }
            if c == UInt8(ascii: "\n") { throw JSONSyntaxError(message: "unterminated string (line break inside quotes)", location: start) }
            if c == UInt8(ascii: "\\") {
                advance()
                guard let e = current else { throw JSONSyntaxError(message: "unterminated string", location: start) }
                switch e {
                case UInt8(ascii: "\""): out.append(e)
                case UInt8(ascii: "'"): out.append(e)
                case UInt8(ascii: "\\"): out.append(e)
                case UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "u"):
                    let scalar = try unicodeEscape()
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    throw fail("invalid escape '\\\(String(decoding: [e], as: UTF8.self))' in string")
                }
                advance()
                continue
            }
            out.append(c)
            advance()
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The character of a `\\uXXXX` escape, the `u` current: a character outside the Basic Multilingual Plane is two
    /// escapes, a UTF-16 surrogate pair (`\\ud83d\\udc76`, as Python's `json.dump` writes 👶), decoded to the one
    /// character; a surrogate without its partner is U+FFFD. Ends on the escape's last hex digit.
    private mutating func unicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let code = try fourHexDigits()
        guard (0xD800...0xDBFF).contains(code) else { return Unicode.Scalar(code) ?? "\u{FFFD}" }
        // A high surrogate: a low one must follow as the next escape.
        let next = index + 1
        guard next + 1 < bytes.count, bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u") else { return "\u{FFFD}" }
        let saved = (index, line, column)
        advance()
        advance()
        let low = try fourHexDigits()
        guard (0xDC00...0xDFFF).contains(low) else {
            // Not a pair: the second escape is read again on its own.
            (index, line, column) = saved
            return "\u{FFFD}"
        }
        return Unicode.Scalar(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
    }

    /// The four hex digits after the current byte, as a number; ends on the last of them.
    private mutating func fourHexDigits() throws(JSONSyntaxError) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            advance()
            guard let h = current, let v = hexValue(h) else { throw fail("invalid \\u escape; expected four hex digits") }
            code = code * 16 + v
        }
        return code
    }

    private func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(c - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = location
        var text: [UInt8] = []
        if current == UInt8(ascii: "-") || current == UInt8(ascii: "+") {
            text.append(current!)
            advance()
            if current == UInt8(ascii: "I") {
                let word = readWord()
                guard word == "Infinity" else { throw JSONSyntaxError(message: "invalid number", location: start) }
                return text.first == UInt8(ascii: "-") ? -.infinity : .infinity
            }
        }
        while let c = current,
            (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
                || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
        {
            text.append(c)
            advance()
        }
        let string = String(decoding: text, as: UTF8.self)
        if string.contains("_") {
            throw JSONSyntaxError(message: "invalid number '\(string)'; write numbers without separators", location: start)
        }
        guard let value = Double(string) else {
            throw JSONSyntaxError(message: "invalid number '\(string)'", location: start)
        }
        return value
    }
}
