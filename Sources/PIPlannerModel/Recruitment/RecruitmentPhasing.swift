/// How an area's new WTE is recruited over the plan years (Methodology §3.7).
public enum RecruitmentPhasing: Sendable, Equatable {
    /// Every new WTE starts in the first plan year (the default, as 002 costs a team).
    case allInFirstYear
    /// The new WTE in equal cohorts over the first `years` plan years.
    case spreadOverYears(Int)
    /// At most this many new WTE start a year, earliest first.
    case maxNewWTEPerYear(Double)
    /// At most this many team-equivalents of new WTE start a year, earliest first.
    case maxNewTeamsPerYear(Double)
    /// The new WTE starting in each plan year, as given.
    case newWTEByYear([Double])

    /// The phasing in words, e.g. "at most 5 new WTE a year".
    public var summary: String {
        switch self {
        case .allInFirstYear: return "all new WTE in the first plan year"
        case .spreadOverYears(let n): return "new WTE spread evenly over \(n) year\(n == 1 ? "" : "s")"
        case .maxNewWTEPerYear(let c): return "at most \(NumberFormat.trimmed(c, 2)) new WTE a year"
        case .maxNewTeamsPerYear(let t): return "at most \(NumberFormat.trimmed(t, 2)) new team-equivalents a year"
        case .newWTEByYear(let w): return "new WTE by year as given (" + w.map { NumberFormat.trimmed($0, 2) }.joined(separator: ", ") + ")"
        }
    }

    /// Whether this is the default, every new WTE in the first plan year.
    public var isAllInFirstYear: Bool { self == .allInFirstYear }
}
