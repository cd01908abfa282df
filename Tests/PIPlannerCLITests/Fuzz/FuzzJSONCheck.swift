import Foundation
import PIPlannerIO

/// The JSON route of the fuzzer: what `JSONParser` must do with any bytes.
///
/// A syntax error points inside the text. A value it accepts, written back with `JSONOut` (the writer of every JSON
/// report), is strict JSON that `JSONSerialization` reads, that `JSONParser` reads again, and that writes back the same.
enum FuzzJSONCheck {
    /// Parses `payload` (decoded as UTF-8, invalid bytes replaced as a config file's reader never would) and checks it.
    static func check(_ payload: [UInt8]) -> String? {
        let text = String(decoding: payload, as: UTF8.self)
        let node: JSONNode
        do {
            node = try JSONParser.parse(text)
        } catch {
            return misplaced(error.location, in: text).map { "JSONParser error '\(error.message)' at \($0)" }
        }
        let once = written(node).rendered()
        let reparsed: JSONNode
        do { reparsed = try JSONParser.parse(once) } catch {
            return "JSONParser rejects its own value written by JSONOut (\(error.message) at \(error.location)): \(once.prefix(400))"
        }
        let twice = written(reparsed).rendered()
        guard once == twice else {
            return "JSON written, parsed and written again changed: \(once.prefix(400)) became \(twice.prefix(400))"
        }
        guard (try? JSONSerialization.jsonObject(with: Data(once.utf8), options: [.fragmentsAllowed])) != nil else {
            return "JSONOut wrote what JSONSerialization rejects: \(once.prefix(400))"
        }
        return nil
    }

    /// A description of why `location` is not in `text`, or nil when it is (line 1...lines, column 1...line length + 1).
    static func misplaced(_ location: SourceLocation, in text: String) -> String? {
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard location.line >= 1, location.line <= lines.count else { return "\(location), outside the \(lines.count) lines" }
        let length = lines[location.line - 1].count
        guard location.column >= 1, location.column <= length + 1 else {
            return "\(location), outside line \(location.line) of \(length) bytes"
        }
        return nil
    }

    /// The parsed value as the writer's value.
    static func written(_ node: JSONNode) -> JSONOut {
        switch node.value {
        case .null: return .null
        case .bool(let value): return .bool(value)
        case .number(let value): return .number(value)
        case .string(let value): return .string(value)
        case .array(let items): return .array(items.map(written))
        case .object(let members): return .object(members.map { ($0.key, written($0.value)) })
        }
    }
}
