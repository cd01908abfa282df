import Foundation
import PIPlannerModel

/// Whose `assumptions` are read: a plan config's, or a scenario's (a plan config without areas, for `batch`,
/// `compare` and a rollout's `schedule.fromAreas`), whose plan years, when it gives none, start at `planYearsFrom`.
enum AssumptionsOwner {
    case planConfig
    case scenario(planYearsFrom: FinancialYear)

    var name: String {
        if case .planConfig = self { return "a plan config" }
        return "a scenario"
    }
}

extension PlanConfigLoader {
    /// Parameters only areas planned from the shipped data use (`DataAreaBuilder`): a scenario's, never a plan config's.
    static let dataAreaParameterIDs = [
        "riskGroups.maltreatment.nationalShare", "england.babiesTwoOfToxicTrio", "england.babiesAllThreeOfToxicTrio",
    ]
    /// Named choices every area plan reads.
    static let planChoiceIDs = ["combination", "sizingMethod", "lowIncomeMeasure", "defaultPayYear", "defaultPayPoint"]
    /// A scenario's defaults: its plan years and staffing model when it gives none.
    static let scenarioDefaultIDs = ["defaultPlanYearCount", "defaultStaffingModel"]

    /// Why the parameter `id` may not be set in the `assumptions` of `owner`, saying where it can be; nil when it may.
    /// An override is accepted only where the command reading the file uses it, so that none is accepted and ignored.
    func whyNotSettable(_ id: String, in owner: AssumptionsOwner) -> String? {
        if PlanAssumptions.parameterIDs.contains(id) || Self.planChoiceIDs.contains(id) { return nil }
        if Self.knownRiskGroups.contains(where: { id == "riskGroups.\($0).prevalence" }) { return nil }
        if case .scenario = owner, (Self.dataAreaParameterIDs + Self.scenarioDefaultIDs).contains(id) { return nil }
        switch id {
        case "defaultPlanYearCount":
            return "a plan config lists its years in planYears; defaultPlanYearCount sets the years of a scenario that gives none,"
                + " for batch and compare"
        case "defaultStaffingModel":
            return "a plan config names its team in staffingModel, or an area's staffingModel; defaultStaffingModel sets the"
                + " team of a scenario that names none"
        default: break
        }
        if Self.dataAreaParameterIDs.contains(id) {
            return "it is used only for areas planned from the shipped data: set it in a scenario, the --scenario of batch or"
                + " compare or a rollout's schedule.fromAreas.scenario"
        }
        if RolloutAssumptions.parameterIDs.contains(id) || reference.parameters[id]?.unit.hasPrefix("GBP a year per") == true {
            return "only a rollout uses it: set it in a rollout config's assumptions"
        }
        return "no plan reads it, so an override would change nothing; `piplanner reference` lists it with its source"
    }

    /// Reports each parameter of `figures` above the one it may not exceed (`atMost`), where this config set either;
    /// `nodes` holds the nodes of the assumptions it set, by id.
    func checkOrder(_ figures: [String: Figure], nodes: [String: JSONNode], path: String, _ r: FieldReader) {
        let values = figures.mapValues(\.value)
        for id in reference.parameterOrder {
            guard let parameter = reference.parameters[id], parameter.atMost != nil else { continue }
            r.checkOrder(parameter, values: values) { id in nodes[id].map { ($0, join(path, id)) } }
        }
    }
}
