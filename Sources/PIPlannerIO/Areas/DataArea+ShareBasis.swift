import Foundation
import PIPlannerModel

extension DataArea {
    /// How the plan's share of a risk group was obtained, as batch's `*_share_basis` columns say: for low income
    /// `lowIncomeBasis` (`local`, `local-derived`, `local-births-weighted`); otherwise the group's scope
    /// (`national` for maltreatment); `none` when the plan has no such group.
    public func shareBasis(of groupID: String, in plan: AreaPlan) -> String {
        guard let group = plan.input.riskGroups.first(where: { $0.id == groupID }) else { return "none" }
        if groupID == "lowIncome" { return lowIncomeBasis }
        return group.scope?.rawValue ?? "none"
    }
}
