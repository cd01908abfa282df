import Foundation
import PIPlannerModel

/// The kind of local authority, as written in the `tier` column.
public enum AreaTier: String, Sendable, CaseIterable, Codable {
    /// English county council (E10), upper tier of a two-tier area.
    case county
    /// English unitary authority (E06), including the Isles of Scilly.
    case unitary
    /// English metropolitan district (E08).
    case metropolitanDistrict = "metropolitan-district"
    /// London borough (E09), including the City of London.
    case londonBorough = "london-borough"
    /// English non-metropolitan district (E07), lower tier under a county.
    case nonMetropolitanDistrict = "non-metropolitan-district"
    /// Welsh unitary authority (W06).
    case welshUnitary = "welsh-unitary"
    /// Scottish council area (S12).
    case scottishCouncil = "scottish-council"
    /// Northern Ireland local government district (N09).
    case niDistrict = "ni-district"

    public var nation: AreaNation {
        switch self {
        case .county, .unitary, .metropolitanDistrict, .londonBorough, .nonMetropolitanDistrict: return .england
        case .welshUnitary: return .wales
        case .scottishCouncil: return .scotland
        case .niDistrict: return .northernIreland
        }
    }

    /// Upper tier, unitary, Welsh UA, Scottish council or NI LGD: the units a plan is made for.
    public var isPlanningUnit: Bool { self != .nonMetropolitanDistrict }
}
