import Foundation
import PIPlannerModel

/// The areas a batch asks for: a named set or a list of codes.
public enum BatchSelection: Sendable, Equatable {
    case set(AreaSet)
    case codes([String])

    /// Parses `--areas`: a set name, or codes separated by commas. Nil when it is neither
    /// (a mistyped set name); the caller turns that into a usage error.
    public init?(_ text: String) {
        if let set = AreaSet(rawValue: text) {
            self = .set(set)
            return
        }
        let codes = text.split(separator: ",", omittingEmptySubsequences: false).map { WhitespaceTrim.trimmed($0) }
        guard !codes.isEmpty, codes.allSatisfy(BatchSelection.looksLikeCode) else { return nil }
        self = .codes(codes)
    }

    /// A GSS code's shape: a letter and 8 digits.
    public static func looksLikeCode(_ s: String) -> Bool {
        s.count == 9 && s.first!.isLetter && s.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The selection as `--areas` takes it: the set name, or the codes separated by commas.
    public var description: String {
        switch self {
        case .set(let set): return set.rawValue
        case .codes(let codes): return codes.joined(separator: ",")
        }
    }
}
