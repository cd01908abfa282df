import PIPlannerIO

/// An area's children in low income families (DWP/HMRC, FYE 2025): the children aged 0–15 in relative low income
/// before housing costs, the children aged 0–15 the rate is taken over, and the share as shipped.
struct DerivedLowIncome {
    /// Children aged 0–15 in relative low income families before housing costs.
    var count: Int
    /// Children aged 0–15: the source's own rate denominator, count ÷ proportion.
    var denominator: Int
    /// The share as written: the source's cell for a council, `count / denominator` to 6 decimals for a sum.
    var share: String
    var basis: CILIFBasis
    var note: String

    /// A sum of whole or apportioned parts: its share is `Σ counts ÷ Σ denominators`, to 6 decimals (rounded half up).
    static func sum(count: Int, denominator: Int, basis: CILIFBasis, note: String) -> DerivedLowIncome {
        DerivedLowIncome(
            count: count, denominator: denominator, share: Apportionment.decimal(count, over: denominator, places: 6), basis: basis,
            note: note)
    }

    /// `count/denominator`, as a note writes one term.
    var fraction: String { "\(count)/\(denominator)" }

    /// The cells of the five `cilif_fye2025_*` columns.
    var cells: [String] { [share, String(count), String(denominator), basis.rawValue, note] }

    /// The cells when no figure is shipped.
    static func noCells(_ note: String) -> [String] { ["", "", "", CILIFBasis.none.rawValue, note] }
}

/// An English upper-tier authority's children-in-need rate at 31 March 2024 (DfE), as written in the source.
struct DerivedChildrenInNeed {
    /// The rate per 10,000 children aged under 18 as written; nil when DfE gives none.
    var ratePer10000: String?
    var basis: ChildrenInNeedBasis
    var note: String

    /// The cells of the three `cin_2024_*` columns.
    var cells: [String] { [ratePer10000 ?? "", basis.rawValue, note] }
}
