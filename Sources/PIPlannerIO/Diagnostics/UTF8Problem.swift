import Foundation

extension PlannerError {
    /// `data`, read from `file`, is not UTF-8 text: the error names the first byte that is not, at its line and column,
    /// with a note to save the file as UTF-8. (A file saved as Latin-1 or Windows-1252, with a £ in a title, is the
    /// usual case.)
    public static func notUTF8(file: String, _ data: Data) -> PlannerError {
        guard let (byte, location) = firstNonUTF8Byte(data) else { return .unreadable(file: file, reason: "not UTF-8 text") }
        let hex = String(byte, radix: 16, uppercase: true)
        return .unreadable(
            file: file, reason: "not UTF-8 text (byte 0x\(hex.count < 2 ? "0" : "")\(hex))", at: location, notes: ["save the file as UTF-8"]
        )
    }

    /// The first byte of `data` that does not decode as UTF-8, and its line and column; nil when there is none.
    private static func firstNonUTF8Byte(_ data: Data) -> (UInt8, SourceLocation)? {
        var line = 1
        var column = 1
        var offset = 0
        var iterator = data.makeIterator()
        var decoder = Unicode.UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                let byte = data[data.index(data.startIndex, offsetBy: min(offset, data.count - 1))]
                return (byte, SourceLocation(line: line, column: column))
            }
        }
    }
}
