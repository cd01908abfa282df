import Foundation
import PIPlannerModel

/// An ordered JSON value for output; keys keep the order written so documents read top-down.
public indirect enum JSONOut: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    /// Money: printed with exactly two decimals.
    case money(Money)
    case string(String)
    case array([JSONOut])
    case object([(String, JSONOut)])

    /// Pretty-printed with two-space indentation and a final newline.
    public func rendered() -> String {
        var out = ""
        write(into: &out, indent: 0)
        return out + "\n"
    }

    /// Compact, on one line (for JSON lines output).
    public func compact() -> String {
        var out = ""
        writeCompact(into: &out)
        return out
    }

    private func write(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent)
        switch self {
        case .array(let items) where !items.isEmpty:
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += pad + "  "
                item.write(into: &out, indent: indent + 1)
                out += i < items.count - 1 ? ",\n" : "\n"
            }
            out += pad + "]"
        case .object(let members) where !members.isEmpty:
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += pad + "  " + Self.quote(key) + ": "
                value.write(into: &out, indent: indent + 1)
                out += i < members.count - 1 ? ",\n" : "\n"
            }
            out += pad + "}"
        default:
            writeCompact(into: &out)
        }
    }

    private func writeCompact(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let d): out += d.isFinite ? NumberFormat.plain(d) : "null"
        case .money(let m): out += NumberFormat.plainGBP(m)
        case .string(let s): out += Self.quote(s)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.writeCompact(into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += "," }
                out += Self.quote(key) + ":"
                value.writeCompact(into: &out)
            }
            out += "}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension JSONOut {
    static func optional(_ value: Double?) -> JSONOut { value.map { .number($0) } ?? .null }
    static func optional(_ value: String?) -> JSONOut { value.map { .string($0) } ?? .null }
    static func optional(_ value: Money?) -> JSONOut { value.map { .money($0) } ?? .null }
}
