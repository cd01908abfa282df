import Foundation
import PIPlannerModel

/// A unit a plan can be made for, whatever file it came from.
public struct PlanningArea: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case localAuthority = "local-authority"
        case icb
        case healthBoard = "health-board"
    }
    public var kind: Kind
    public var code: String
    public var name: String
    public var nation: AreaNation
    public var populationMid2022: Int
    public var populationAge0Mid2022: Int
    public var birthsCount: Int
    /// True when births or population include an apportionment (Cornwall and Scilly births; split ICBs).
    public var isApproximate: Bool
    /// IDACI 2019 rate, English upper-tier authorities only.
    public var idaciRate: Double?
    /// How the figures were obtained.
    public var basisNote: String
}

/// Named sets of planning areas.
public enum AreaSet: String, Sendable, CaseIterable {
    /// Every local-authority planning unit in the UK (153 + 22 + 32 + 11).
    case all
    case england
    case wales
    case scotland
    case northernIreland = "northern-ireland"
    /// The 42 ICBs (July 2022).
    case icbs
    /// The 7 Welsh Local Health Boards and 14 Scottish NHS Boards.
    case healthBoards = "health-boards"
}
