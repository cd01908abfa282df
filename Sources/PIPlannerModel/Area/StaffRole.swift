/// One role in a team: band, WTE per team and its basic salary per WTE with the salary's source, and who employs it.
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
    /// Who employs the role's staff under the employer on-cost method, when not the team's employer (e.g. staff
    /// seconded from the NHS to a charity's team); nil: the team's.
    public var employerType: EmployerType?
    /// The pension contribution rate the role's employer pays, as the config gives it (its source names the field).
    public var employerPensionRate: Figure?
    /// People in the role, when the config gives it; otherwise posts of at most 1.0 WTE (`PostSplitRule`).
    public var headcount: Int?
    /// The config field that gives (or would give) the pension rate of the role's own employer, e.g.
    /// `staffingModel.roles[2].employerPensionRate`; nil when the role has the team's employer. For messages.
    public var employerPensionRateFieldPath: String?

    public init(
        id: String, title: String, band: String?, bandBasis: Basis, wtePerTeam: Double, annualSalaryGBP: Figure,
        employerType: EmployerType? = nil, employerPensionRate: Figure? = nil, headcount: Int? = nil,
        employerPensionRateFieldPath: String? = nil
    ) {
        self.id = id
        self.title = title
        self.band = band
        self.bandBasis = bandBasis
        self.wtePerTeam = wtePerTeam
        self.annualSalaryGBP = annualSalaryGBP
        self.employerType = employerType
        self.employerPensionRate = employerPensionRate
        self.headcount = headcount
        self.employerPensionRateFieldPath = employerPensionRateFieldPath
    }
}
