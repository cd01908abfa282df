/// The measure an area's low-income share is taken from when it is planned from the shipped area data
/// (`lowIncomeMeasure` in a plan config or scenario; Methodology §2.7).
public enum LowIncomeMeasure: String, Sendable, CaseIterable {
    /// DWP/HMRC Children in low income families, FYE 2025: children aged 0–15 in relative low income before housing
    /// costs, for every UK council on one basis (the default).
    case cilifFYE2025 = "cilif-fye2025"
    /// MHCLG English Indices of Deprivation 2019, IDACI average score (2015/16 data): England only.
    case idaci2019 = "idaci-2019"

    /// What the share counts.
    public var label: String {
        switch self {
        case .cilifFYE2025: return "relative low income before housing costs"
        case .idaci2019: return "income deprivation affecting children (IDACI average score)"
        }
    }

    /// The statistics it comes from.
    public var publication: String {
        switch self {
        case .cilifFYE2025: return "DWP/HMRC children in low income families"
        case .idaci2019: return "MHCLG English Indices of Deprivation 2019"
        }
    }

    /// The age group the share is a share of.
    public var ageGroup: String { "children aged 0–15" }

    /// The year the figures describe.
    public var year: String {
        switch self {
        case .cilifFYE2025: return "FYE 2025"
        case .idaci2019: return "2019 (2015/16 data)"
        }
    }

    /// The measure with its age group and publication, as a table prints it.
    public var measureText: String { "\(label), \(ageGroup) (\(publication))" }

    /// The assumption every plan using the measure states.
    public var caveat: String {
        switch self {
        case .cilifFYE2025:
            return
                "CILIF FYE 2025 is the share of children aged 0–15 in families below 60% of median income before housing costs (DWP/HMRC, provisional); using a share of children aged 0–15 as the share of births in low-income families is an assumption (Methodology §2.7)."
        case .idaci2019:
            return
                "IDACI is the share of children aged 0–15 in income-deprived families (IoD2019, 2015/16 data); using it as the share of births in low-income families is an assumption (Methodology §2.7)."
        }
    }

    /// The evidence for a share of this measure measured over `geography`.
    public func evidence(geography: String) -> ShareEvidence {
        ShareEvidence(measure: measureText, year: year, geography: geography)
    }
}
