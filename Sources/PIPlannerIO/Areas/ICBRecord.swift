import Foundation
import PIPlannerModel

/// One row of `icbs.csv`.
public struct ICBRecord: Sendable, Equatable {
    public var code: String
    public var odsCode: String
    public var name: String
    public var populationMid2022: Int
    public var populationAge0Mid2022: Int
    public var birthsCount: Int
    public var basis: RollUpBasis
    public var lowerTierLACodes: [String]
    /// e.g. `E06000060 4 of 319 LSOA11s`: the parts of split authorities included.
    public var apportionedLAParts: [String]
    public var note: String
    /// Children in low income families, FYE 2025, summed over the authorities.
    public var lowIncome: LowIncomeFigures?
    public var line: Int
}
