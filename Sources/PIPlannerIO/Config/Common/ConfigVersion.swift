/// The config schema version: plan configs, scenarios and rollout configs all declare `"version": 1`.
public enum ConfigVersion {
    /// The only version this piplanner reads.
    public static let supported = 1
}

extension FieldReader {
    /// Whether the top-level object `top` declares the supported version; reports a missing or other version.
    /// `what` names the kind of file in the message: "config" or "rollout config".
    public func checkVersion(_ top: [String: JSONNode], root: JSONNode, of what: String = "config") -> Bool {
        let supported = ConfigVersion.supported
        guard let node = top["version"] else {
            missing("version", expected: "\"version\": \(supported)", at: root.location)
            return false
        }
        guard case .number(let version) = node.value, version == Double(supported) else {
            report(node, "version", expected: "\(supported) (the only \(what) version this piplanner reads)")
            return false
        }
        return true
    }
}
