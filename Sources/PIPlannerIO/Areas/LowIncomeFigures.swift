import Foundation
import PIPlannerModel

/// An area's children in low income families (DWP/HMRC, FYE 2025, relative low income before housing costs, children
/// aged 0–15), as the `cilif_fye2025_*` columns ship it: the share, and the count and denominator it is the ratio of.
public struct LowIncomeFigures: Sendable, Equatable {
    /// Children aged 0–15 in relative low income ÷ children aged 0–15 (proportion).
    public var share: Double
    /// Children aged 0–15 in relative low income families before housing costs.
    public var childrenLowIncome: Int
    /// Children aged 0–15: the source's rate denominator (count ÷ proportion), summed for a roll-up.
    public var childrenAged0To15: Int
    /// `published` (a council), `summed` (a county, an exact ICB, a health board) or `apportioned` (an ICB with part
    /// of a split authority).
    public var basis: CILIFBasis
    /// Exactly how the figures were obtained.
    public var note: String

    public init(share: Double, childrenLowIncome: Int, childrenAged0To15: Int, basis: CILIFBasis, note: String) {
        self.share = share
        self.childrenLowIncome = childrenLowIncome
        self.childrenAged0To15 = childrenAged0To15
        self.basis = basis
        self.note = note
    }
}
