import Foundation
import PIPlannerModel

/// A UK nation, as written in the `nation` column.
public enum AreaNation: String, Sendable, CaseIterable, Codable {
    case england
    case wales
    case scotland
    case northernIreland = "northern-ireland"

    public var displayName: String {
        switch self {
        case .england: return "England"
        case .wales: return "Wales"
        case .scotland: return "Scotland"
        case .northernIreland: return "Northern Ireland"
        }
    }
}
