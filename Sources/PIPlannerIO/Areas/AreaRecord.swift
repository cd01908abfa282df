import Foundation
import PIPlannerModel

/// An authority's part in an ICB, by its count of 2011 LSOAs (not a population weight).
public struct ICBShare: Sendable, Equatable {
    public var icbCode: String
    public var lsoa11Count: Int
    /// `lsoa11Count` over the authority's LSOA11 total (as shipped, 4 decimals).
    public var share: Double
}

/// One row of `local-authorities.csv`.
public struct AreaRecord: Sendable, Equatable {
    public var code: String
    public var name: String
    public var nation: AreaNation
    public var tier: AreaTier
    /// The county (E10) of a non-metropolitan district; nil otherwise.
    public var parentCode: String?
    public var isPlanningUnit: Bool
    /// Mid-2022 persons, all ages (ONS, April 2023 boundaries).
    public var populationMid2022: Int
    /// Mid-2022 persons aged 0.
    public var populationAge0Mid2022: Int
    /// Live births in calendar year 2022.
    public var birthsCount: Int
    public var birthsBasis: BirthsBasis
    public var birthsNote: String
    /// IDACI 2019 average score: the share (0–1) of children aged 0–15 in income-deprived families.
    public var idaciRate: Double?
    public var idaciBasis: IDACIBasis
    public var idaciNote: String
    /// Children in low income families, FYE 2025 (every authority; a county's summed over its districts).
    public var lowIncome: LowIncomeFigures?
    /// Children in need at 31 March 2024 per 10,000 children aged under 18 (DfE; English upper tier, when published).
    public var childrenInNeedRatePer10000: Double?
    public var childrenInNeedBasis: ChildrenInNeedBasis
    public var childrenInNeedNote: String
    /// ICBs (July 2022) the authority falls in, largest LSOA11 count first (England only).
    public var icbs: [ICBShare]
    /// Welsh Local Health Board or Scottish NHS Board; nil in England and Northern Ireland.
    public var healthBoardCode: String?
    /// 1-based line in `local-authorities.csv`.
    public var line: Int

    public var icbCodes: [String] { icbs.map(\.icbCode) }
}
