import Foundation
import PIPlannerModel

extension DataArea {
    /// How the plan's share of a risk group was obtained, as batch's `*_share_basis` columns say: the group's basis
    /// (`local`, `local-derived`, `national`, or `config`), `none` when the plan has no such group.
    public func shareBasis(of groupID: String, in plan: AreaPlan) -> String {
        plan.input.riskGroups.first { $0.id == groupID }?.basis ?? "none"
    }
}
