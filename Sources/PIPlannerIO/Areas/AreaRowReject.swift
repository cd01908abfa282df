import Foundation
import PIPlannerModel

/// A row left out of the catalog, and why; users see it as a `Diagnostic` (`diagnostic`).
public struct AreaRowReject: Sendable, Equatable {
    public var file: String
    public var line: Int
    /// The row's code, if it could be read.
    public var code: String
    public var column: String?
    public var reason: String

    public var error: AreaDataError { AreaDataError(file: file, line: line, column: column, message: reason) }
}

/// What to do with a row that fails validation.
public enum BadRowPolicy: Sendable {
    /// Throw an `AreaDataError` naming file, line and column (the default).
    case throwError
    /// Leave the row out and list it in `AreaCatalog.rejects`.
    case collect
}
