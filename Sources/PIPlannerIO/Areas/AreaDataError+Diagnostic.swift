import Foundation
import PIPlannerModel

extension AreaDataError {
    /// The error as users see it: an area-data error at the file (under `directory`, when the file was read from one),
    /// line and column, the column's name as the field.
    public func diagnostic(in directory: String? = nil) -> Diagnostic {
        let shown = directory.map { URL(fileURLWithPath: $0).appendingPathComponent(file).path } ?? file
        return Diagnostic(
            severity: .error, category: .areaData, message: message, location: .init(file: shown, line: line, fieldPath: column))
    }
}

extension AreaRowReject {
    /// The rejected row as a note: it is left out, and why, at its file, line and column.
    public var diagnostic: Diagnostic {
        Diagnostic(
            severity: .note, category: .areaData, message: "row \(code.isEmpty ? "with no code" : code) left out: \(reason)",
            location: .init(file: file, line: line, fieldPath: column))
    }
}
