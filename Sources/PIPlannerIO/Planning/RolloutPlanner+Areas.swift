import Foundation
import PIPlannerModel

extension RolloutPlanningRun {
    /// The areas of a `fromAreas` target with the teams each needs, and how to describe them.
    struct SummedAreas {
        var areas: [RolloutAreaTeams]
        /// "the areas of oldham.json", or "153 areas planned from the shipped area data (england)".
        var label: String
        /// Source prefix of each area's figure in the audit trail (plan configs only).
        var sourcePrefix: String
        /// The plan config as written, when the areas are its.
        var planConfig: String? = nil
        /// The area data, when the areas were planned from it.
        var dataAreas: RolloutDataAreas? = nil
    }

    /// The teams each area needs by `method`: the areas of a plan config, or areas planned from the area data; nil
    /// (with issues) when they cannot all be planned.
    func sum(_ areas: RolloutFromAreasInput.Areas, method: SizingMethod) -> SummedAreas? {
        switch areas {
        case .planConfig(let nested):
            let plannable: [PlannableArea]
            do {
                plannable = try AreaSource.areas(inPlanConfig: nested.path, reference: reference)
            } catch {
                reportNestedFile(error, nested, field: "schedule.fromAreas.config", kind: "plan config")
                return nil
            }
            inputFiles.append(nested.path)
            let teams = plannable.map { area -> RolloutAreaTeams in
                let plan = area.plan()
                return RolloutAreaTeams(
                    name: plan.name, code: plan.code, teams: Self.teams(plan, method), existingTeams: Self.existingTeams(plan, method))
            }
            return SummedAreas(
                areas: teams, label: "the areas of \(nested.written)", sourcePrefix: "plan config \(nested.written), area",
                planConfig: nested.written)
        case .areaData(let input):
            guard let planned = planDataAreas(input, method: method) else { return nil }
            let count = "\(planned.areas.count) area\(planned.areas.count == 1 ? "" : "s")"
            return SummedAreas(
                areas: planned.areas, label: "\(count) planned from the shipped area data (\(planned.data.selection))", sourcePrefix: "",
                dataAreas: planned.data)
        }
    }

    /// Teams an area needs by `method`.
    static func teams(_ plan: AreaPlan, _ method: SizingMethod) -> Double { method == .need ? plan.needTeams : plan.coverageTeams }

    /// Team-equivalents of an area's existing workforce, at most the teams it needs.
    static func existingTeams(_ plan: AreaPlan, _ method: SizingMethod) -> Double {
        min(WorkforceRule.teamEquivalents(wte: plan.existingWTE, teamWTE: plan.teamWTE), teams(plan, method))
    }

    /// Reports why a file named by this rollout config (a plan config or a scenario) could not be used; its own
    /// problems follow, under its name.
    func reportNestedFile(_ error: PlannerError, _ nested: RolloutFromAreasInput.NestedFile, field: String, kind: String) {
        let problems = error.diagnostics
        if problems.count == 1, problems[0].category == .fileNotFound {
            issues.append(
                nested.place.issue(
                    file: file, field, expected: "a \(kind) file, relative to this rollout config's directory (looked for \(nested.path))"))
            return
        }
        let count = "\(problems.count) problem\(problems.count == 1 ? "" : "s")"
        issues.append(
            nested.place.issue(file: file, field, expected: "a valid \(kind); \(nested.written) has \(count), listed with its name"))
        issues += problems
    }
}
