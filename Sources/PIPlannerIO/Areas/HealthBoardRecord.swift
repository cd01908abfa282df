import Foundation
import PIPlannerModel

/// One row of `health-boards.csv`.
public struct HealthBoardRecord: Sendable, Equatable {
    public var code: String
    public var name: String
    public var nation: AreaNation
    /// `welsh-local-health-board` or `scottish-nhs-board`.
    public var boardType: String
    public var populationMid2022: Int
    public var populationAge0Mid2022: Int
    public var birthsCount: Int
    public var basis: RollUpBasis
    public var laCodes: [String]
    public var note: String
    /// Children in low income families, FYE 2025, summed over the authorities.
    public var lowIncome: LowIncomeFigures?
    public var line: Int
}
