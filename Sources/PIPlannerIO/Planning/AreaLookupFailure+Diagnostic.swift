import PIPlannerModel

extension AreaLookupFailure {
    /// The failure as an error about the command-line `argument` (`--area`, `AREA 2`) that gave `code`: not a planning
    /// area (`expected` says what the argument takes) or not plannable from the data, with the nearest area as a note and
    /// a rejected row's file, line and column.
    public func diagnostic(argument: String, code: String, expected: String) -> Diagnostic {
        // A rejected row of the area data is named where it is, so that the file can be mended.
        let row = exclusion.location.flatMap { location in
            DiagnosticFormatter.place(location).map { place in place + (location.fieldPath.map { ", column \($0)" } ?? "") + ": " }
        }
        let expectation: String
        switch self {
        case .notAPlanningArea(let exclusion): expectation = "\(expected): \(row ?? "")\(exclusion.problem)"
        case .notPlannable(let exclusion): expectation = "an area that can be planned from the data: \(row ?? "")\(exclusion.problem)"
        }
        return .field(
            location: .init(file: "command line", fieldPath: argument), found: "\"\(code)\"", expected: expectation,
            notes: exclusion.notes)
    }
}
