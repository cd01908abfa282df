import PIPlannerModel

extension AreaLookupFailure {
    /// The failure as an error about the command-line `argument` (`--area`, `AREA 2`) that gave `code`: not a planning
    /// area (`expected` says what the argument takes) or not plannable from the data, with the nearest area as a note.
    public func diagnostic(argument: String, code: String, expected: String) -> Diagnostic {
        let expectation: String
        switch self {
        case .notAPlanningArea(let exclusion): expectation = "\(expected): \(exclusion.problem)"
        case .notPlannable(let exclusion): expectation = "an area that can be planned from the data: \(exclusion.problem)"
        }
        return .field(
            location: .init(file: "command line", fieldPath: argument), found: "\"\(code)\"", expected: expectation,
            notes: exclusion.notes)
    }
}
