/// One role in a team: band, WTE per team and its basic salary per WTE with the salary's source.
public struct StaffRole: Sendable, Equatable {
    public var id: String
    public var title: String
    /// Agenda for Change band, or nil when the config gave a salary directly.
    public var band: String?
    /// Where the band came from: the staffing model's source, or the config.
    public var bandBasis: Basis
    public var wtePerTeam: Double
    /// Basic annual salary per WTE (before on-costs) and its source, e.g. an AfC pay point.
    public var annualSalaryGBP: Figure

    public init(id: String, title: String, band: String?, bandBasis: Basis, wtePerTeam: Double, annualSalaryGBP: Figure) {
        self.id = id
        self.title = title
        self.band = band
        self.bandBasis = bandBasis
        self.wtePerTeam = wtePerTeam
        self.annualSalaryGBP = annualSalaryGBP
    }
}
