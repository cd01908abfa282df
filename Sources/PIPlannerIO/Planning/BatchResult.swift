import Foundation
import PIPlannerModel

/// Every area of a selection planned from the area data under one scenario, and the areas left out.
public struct BatchResult: Sendable {
    public var selection: BatchSelection
    public var scenario: LoadedScenario
    public var areaDataOrigin: String
    public var planned: [(area: DataArea, plan: AreaPlan)]
    public var excluded: [BatchExclusion]
    /// Rejected rows of the area data outside this selection: reported, not counted as exclusions.
    public var otherRejects: [AreaRowReject]
    /// How many areas were asked for (the set's size in the catalog plus its rejected rows, or the codes given).
    public var requested: Int
    public var totals: PlanSetTotals
    /// Plain-language notes on coverage and boundary changes, for the summary.
    public var notes: [String]

    /// Whether any area asked for was left out.
    public var isPartial: Bool { !excluded.isEmpty }

    /// The bases a share can have, in the order the summaries count them.
    public static let shareBases = ["local", "local-derived", "national", "config", "none"]

    /// How many planned areas have each basis for a risk group's share, bases with no area left out.
    public func shareBasisCounts(of groupID: String) -> [(basis: String, count: Int)] {
        let bases = planned.map { $0.area.shareBasis(of: groupID, in: $0.plan) }
        return Self.shareBases.map { basis in (basis, bases.filter { $0 == basis }.count) }.filter { $0.count > 0 }
    }
}
