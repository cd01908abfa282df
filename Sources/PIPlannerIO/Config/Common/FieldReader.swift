import Foundation
import PIPlannerModel

/// Reads typed values out of a parsed JSON tree, collecting every problem as a field `Diagnostic`
/// with its field path and location instead of stopping at the first.
public final class FieldReader {
    public let file: String
    /// The problems found, in the order found.
    public var issues: [Diagnostic] = []
    /// The keys suggested for mistyped keys, by the path of their object, so that the missing key need not be
    /// reported as well.
    private var suggestedKeys: [(objectPath: String, key: String)] = []

    public init(file: String) { self.file = file }

    /// Records a problem with a field.
    public func report(_ node: JSONNode?, _ path: String, expected: String, suggestion: String? = nil, location: SourceLocation? = nil) {
        report(node, path, expected: expected, hint: suggestion.map(Diagnostic.Suggestion.advice), location: location)
    }

    /// Records a problem with a field, with a suggestion given as data (e.g. `.nearest("entry")`).
    public func report(
        _ node: JSONNode?, _ path: String, expected: String, hint: Diagnostic.Suggestion?, location: SourceLocation? = nil
    ) {
        issues.append(
            Diagnostic(
                file: file, location: location ?? node?.location, fieldPath: path, found: node?.summary, expected: expected, hint: hint))
    }

    /// Records a key an object does not allow, at the key, with the nearest of `allowed` suggested.
    public func reportUnknownKey(_ member: JSONNode.Member, _ path: String, found: String, expected: String, nearestOf allowed: [String]) {
        let nearest = nearestKey(to: member.key, in: allowed)
        if let nearest { suggestedKeys.append((objectPath: Self.objectPath(of: path, key: member.key), key: nearest)) }
        issues.append(
            Diagnostic(
                file: file, location: member.keyLocation, fieldPath: path, found: found, expected: expected,
                hint: nearest.map(Diagnostic.Suggestion.nearest), category: .unknownKey))
    }

    /// `areas[0]` for the key `population` at `areas[0].population`; `""` at the top level.
    private static func objectPath(of path: String, key: String) -> String {
        path.count > key.count ? String(path.dropLast(key.count + 1)) : ""
    }

    /// The members of an object; reports unknown keys (with the nearest allowed key) and a non-object.
    public func object(_ node: JSONNode, _ path: String, allowed: [String], what: String = "an object") -> [String: JSONNode]? {
        guard case .object(let members) = node.value else {
            report(node, path, expected: what)
            return nil
        }
        var result: [String: JSONNode] = [:]
        for member in members {
            if allowed.contains(member.key) {
                result[member.key] = member.value
            } else {
                reportUnknownKey(
                    member, join(path, member.key), found: "unknown key \"\(member.key)\"",
                    expected: "one of " + allowed.map { "\"\($0)\"" }.joined(separator: ", "), nearestOf: allowed)
            }
        }
        return result
    }

    /// An object whose keys are free (e.g. risk groups by id), members in written order.
    public func members(_ node: JSONNode, _ path: String) -> [JSONNode.Member]? {
        guard case .object(let members) = node.value else {
            report(node, path, expected: "an object")
            return nil
        }
        return members
    }

    public func array(_ node: JSONNode, _ path: String) -> [JSONNode]? {
        guard case .array(let items) = node.value else {
            report(node, path, expected: "an array")
            return nil
        }
        return items
    }

    public func string(_ node: JSONNode, _ path: String) -> String? {
        guard case .string(let s) = node.value else {
            report(node, path, expected: "a string")
            return nil
        }
        return s
    }

    public func bool(_ node: JSONNode, _ path: String) -> Bool? {
        guard case .bool(let b) = node.value else {
            report(node, path, expected: "true or false")
            return nil
        }
        return b
    }

    /// A finite number.
    public func number(_ node: JSONNode, _ path: String, expected: String = "a finite number") -> Double? {
        guard case .number(let d) = node.value else {
            report(node, path, expected: expected)
            return nil
        }
        guard d.isFinite else {
            report(node, path, expected: expected)
            return nil
        }
        return d
    }

    /// One of a fixed set of strings, with the nearest suggested.
    public func choice(_ node: JSONNode, _ path: String, from options: [String]) -> String? {
        let expected = "one of " + options.map { "\"\($0)\"" }.joined(separator: ", ")
        guard case .string(let s) = node.value else {
            report(node, path, expected: expected)
            return nil
        }
        guard options.contains(s) else {
            report(node, path, expected: expected, hint: nearestKey(to: s, in: options).map(Diagnostic.Suggestion.nearest))
            return nil
        }
        return s
    }

    /// Ensures a config that could not be read says why: a reading step that gave up without recording a problem
    /// would otherwise end the command with exit 1 and an empty message.
    public func explainFailure(_ root: JSONNode) {
        guard issues.isEmpty else { return }
        report(
            root, "",
            expected: "a config piplanner can read in full; reading stopped without naming a field (please report this file as a bug)")
    }

    /// Suggests `hint` for each unknown top-level key in `keys` that has no suggestion yet (a rollout config given to
    /// `plan`, or a plan config to `rollout`, is otherwise a list of unknown keys).
    public func hintUnknownTopLevelKeys(_ keys: [String], _ hint: String) {
        for i in issues.indices where issues[i].category == .unknownKey && issues[i].notes.isEmpty {
            if let path = issues[i].fieldPath, keys.contains(path) { issues[i].notes.append(hint) }
        }
    }

    /// Reports a required key that is missing from an object.
    public func missing(_ path: String, expected: String, at location: SourceLocation?) {
        // A typo of this key was already reported with it as the suggestion: one message is enough.
        let key = path.split(separator: ".").last.map(String.init) ?? path
        let objectPath = Self.objectPath(of: path, key: key)
        if suggestedKeys.contains(where: { $0.objectPath == objectPath && $0.key == key }) { return }
        issues.append(Diagnostic(file: file, location: location, fieldPath: path, found: nil, expected: expected))
    }
}

/// Joins a field path and a key: `areas[0]` + `population` → `areas[0].population`.
func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
