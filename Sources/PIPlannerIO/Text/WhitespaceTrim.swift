import Foundation

/// Trimming spaces and tabs from a cell (Foundation's `CharacterSet.whitespaces`: tab and the Unicode space
/// separators), with a fast path: a cell that starts and ends with a printable ASCII character other than a space,
/// as nearly every cell of the area data does, is returned as it is without Foundation's bridging.
enum WhitespaceTrim {
    static func trimmed<S: StringProtocol>(_ text: S) -> String where S.UTF8View: BidirectionalCollection {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return "" }
        if isPrintableASCII(first) && isPrintableASCII(last) { return String(text) }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Printable ASCII other than a space: never whitespace, never part of a multi-byte character.
    private static func isPrintableASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
