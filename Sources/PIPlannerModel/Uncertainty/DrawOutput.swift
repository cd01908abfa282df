/// The outputs one draw of an area's plan gives, in the order `AreaDrawModel` writes them: the fixed ones, then
/// three a plan year (its cost, its babies seen, and 1 when that year's funding covers its cost, else 0).
///
/// An indicator output (1 or 0 a draw) has as its mean the probability that the event holds.
public enum DrawOutput: Int, Sendable, CaseIterable {
    case prevalence
    case infantsAtRisk
    case specialistCaseload
    case needTeams
    case coverageTeams
    case recommendedTeams
    case requiredWTE
    case gapWTE
    case babiesSeen
    case totalCostGBP
    case costPerBabySeenGBP
    /// 1 when the existing WTE covers the required WTE (the gap is 0), else 0.
    case workforceCovers

    /// The outputs before the per-year ones.
    public static let fixedCount = allCases.count
    /// Outputs a plan year.
    public static let perYear = 3

    /// How many outputs an area with `yearCount` plan years has.
    public static func count(years yearCount: Int) -> Int { fixedCount + perYear * yearCount }
    /// Index of plan year `year`'s cost, GBP.
    public static func yearCost(_ year: Int) -> Int { fixedCount + perYear * year }
    /// Index of plan year `year`'s babies seen.
    public static func yearBabies(_ year: Int) -> Int { fixedCount + perYear * year + 1 }
    /// Index of plan year `year`'s funding indicator: 1 when its contributions cover its cost.
    public static func yearFunded(_ year: Int) -> Int { fixedCount + perYear * year + 2 }

    /// The indicator outputs (1 or 0 a draw) of an area with `yearCount` plan years: the workforce covering the
    /// need, and each year funded.
    public static func indicators(years yearCount: Int) -> Set<Int> {
        Set([workforceCovers.rawValue] + (0..<yearCount).map(yearFunded))
    }

    /// Whether a set's total of this output is the sum of the areas' (false for ratios and indicators).
    public var isAdditive: Bool {
        switch self {
        case .prevalence, .costPerBabySeenGBP, .workforceCovers: return false
        default: return true
        }
    }
}
