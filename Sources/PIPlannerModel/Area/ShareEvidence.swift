/// What a risk group's share measures, for which year and over which geography: printed beside every share, so a
/// reader can tell a council's own figure from a county sum, an ICB roll-up or a national figure.
public struct ShareEvidence: Sendable, Equatable {
    /// The measure and its age group, e.g. "relative low income before housing costs, children aged 0–15 (DWP/HMRC)".
    public var measure: String
    /// The year or period it describes, e.g. "FYE 2025".
    public var year: String
    /// Where it was measured, e.g. "Cardiff (W06000015)", "England".
    public var geography: String

    public init(measure: String, year: String, geography: String) {
        self.measure = measure
        self.year = year
        self.geography = geography
    }
}
