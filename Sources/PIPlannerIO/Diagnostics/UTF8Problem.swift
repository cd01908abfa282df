import Foundation

/// Why `data` is not UTF-8 text, and where: `not UTF-8 text: byte 0xA3 at line 3, column 12 (save the file as UTF-8)`.
/// (A file saved as Latin-1 or Windows-1252, with a £ in a title, is the usual case.)
public func utf8Problem(_ data: Data) -> String {
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
            return "not UTF-8 text"
        case .error:
            let byte = data[data.index(data.startIndex, offsetBy: min(offset, data.count - 1))]
            let hex = String(byte, radix: 16, uppercase: true)
            return "not UTF-8 text: byte 0x\(hex.count < 2 ? "0" : "")\(hex) at line \(line), column \(column) (save the file as UTF-8)"
        }
    }
}
