import Foundation
import PIPlannerModel

extension RolloutPlanningRun {
    /// What a derived schedule is derived from: the target, the cap, the teams already operating and, for
    /// `fromAreas`, the areas summed.
    struct DerivationInputs {
        var teams: Double
        var yearIndex: Int
        var cap: Double
        var already: Double
        var alreadySource: String
        var alreadyBasis: Basis
        var method: SizingMethod? = nil
        var planConfig: String? = nil
        var dataAreas: RolloutDataAreas? = nil
        var areas: [RolloutAreaTeams] = []
    }

    /// A schedule from `schedule.target`.
    func derive(_ target: RolloutTargetInput) -> (schedule: RolloutSchedule, target: RolloutTargetSummary?)? {
        let given = target.alreadyFullyOperating != nil
        let inputs = DerivationInputs(
            teams: target.teams, yearIndex: target.fullyOperatingFromYearIndex, cap: target.maxTeamsStartingPerYear,
            already: target.alreadyFullyOperating ?? 0,
            alreadySource: given ? "config schedule.alreadyFullyOperating" : "none: no teams already fully operating",
            alreadyBasis: given ? .config : .derived)
        return derivedSchedule(inputs, kind: .target)
    }

    /// A schedule from `schedule.fromAreas`: the areas are planned (and their problems reported) even when the
    /// target's year or cap could not be read.
    func derive(_ input: RolloutFromAreasInput) -> (schedule: RolloutSchedule, target: RolloutTargetSummary?)? {
        let prefix = "schedule.fromAreas"
        guard let method = input.method, let areasInput = input.areas, let summed = sum(areasInput, method: method) else { return nil }
        let teams = RolloutSchedule.target(
            fromAreaTeams: summed.areas.map(\.teams), fullyOperatingFromYearIndex: input.fullyOperatingFromYearIndex ?? 0
        ).teams
        audit.append(targetFromAreasStep(summed, method: method, teams: teams))
        var already = input.alreadyFullyOperating
        var alreadySource = "config \(prefix).alreadyFullyOperating"
        if already == nil, let data = summed.dataAreas {
            already = 0
            alreadySource =
                "none known: the shipped area data records no existing teams (existing WTE 0 in every area, area data \(data.areaData)); give \(prefix).alreadyFullyOperating"
        } else if already == nil, let relative = summed.planConfig {
            already = summed.areas.reduce(0) { $0 + $1.existingTeams }
            alreadySource = "step: rollout.alreadyFromAreas"
            audit.append(alreadyFromAreasStep(summed.areas, planConfig: relative, result: already!))
        }
        if teams != teams.rounded() {
            findings.append(
                Diagnostic(
                    .fractionalTeams, .note,
                    message:
                        "The areas need \(NumberFormat.trimmed(teams, 2)) team-equivalents by the \(method.rawValue) method; the rollout is costed in fractional teams as summed, without rounding. Give the schedule as a target of whole teams if whole teams will be commissioned.",
                    fieldPath: prefix))
        }
        if let data = summed.dataAreas { findings += dataAreaFindings(summed.areas, data: data, prefix: prefix) }
        guard let yearIndex = input.fullyOperatingFromYearIndex, let cap = input.maxTeamsStartingPerYear else { return nil }
        let inputs = DerivationInputs(
            teams: teams, yearIndex: yearIndex, cap: cap, already: already ?? 0, alreadySource: alreadySource,
            alreadyBasis: input.alreadyFullyOperating != nil ? .config : (summed.dataAreas != nil ? .assumption : .derived), method: method,
            planConfig: summed.planConfig, dataAreas: summed.dataAreas, areas: summed.areas)
        return derivedSchedule(inputs, kind: .fromAreas)
    }

    /// The schedule derived from a target (`RolloutSchedule.derived`) with its audit step, or its errors as issues.
    private func derivedSchedule(_ d: DerivationInputs, kind: RolloutScheduleKind) -> (
        schedule: RolloutSchedule, target: RolloutTargetSummary?
    )? {
        let labels = config.years.map(\.label)
        guard labels.indices.contains(d.yearIndex) else { return nil }
        let fromAreas = kind == .fromAreas
        let prefix = fromAreas ? "schedule.fromAreas" : "schedule"
        let summary = RolloutTargetSummary(
            teams: d.teams, fullyOperatingFrom: labels[d.yearIndex], maxTeamsStartingPerYear: d.cap, alreadyFullyOperating: d.already,
            alreadyFullyOperatingSource: d.alreadySource, method: d.method, planConfig: d.planConfig, dataAreas: d.dataAreas, areas: d.areas
        )
        let schedule: RolloutSchedule
        do {
            schedule = try RolloutSchedule.derived(
                labels: labels, target: RolloutTarget(teams: d.teams, fullyOperatingFromYearIndex: d.yearIndex),
                maxTeamsStartingPerYear: d.cap,
                alreadyFullyOperating: d.already)
        } catch {
            issues += config.places.issues(for: error.errors, .init(file: file, kind: kind, target: summary))
            return nil
        }
        let inputs = [
            Figure(
                id: "target.teams", value: d.teams, unit: "teams fully operating from 1 April \(labels[d.yearIndex])",
                source: fromAreas ? "step: rollout.targetFromAreas" : "config schedule.target.teams", basis: fromAreas ? .derived : .config),
            Figure(
                id: "maxTeamsStartingPerYear", value: d.cap, unit: "teams coming into operation a year, at most",
                source: "config \(prefix).maxTeamsStartingPerYear", basis: .config),
            Figure(
                id: "alreadyFullyOperating", value: d.already, unit: "teams fully operating from 1 April \(labels[0])",
                source: d.alreadySource,
                basis: d.alreadyBasis),
        ]
        audit.append(
            AuditStep(
                id: "rollout.schedule", title: "Schedule derived from the target",
                formula:
                    "each year before the target year, min(cap, target − teams fully operating) come into operation and are fully operating from the next 1 April; none start from the target year on (as many as the cap allows, earliest first)",
                inputs: inputs, result: schedule.years[d.yearIndex].teamsFullyOperating,
                resultUnit: "teams fully operating from 1 April \(labels[d.yearIndex])"))
        return (schedule, summary)
    }

    /// `rollout.targetFromAreas`: the areas' teams summed.
    private func targetFromAreasStep(_ summed: SummedAreas, method: SizingMethod, teams: Double) -> AuditStep {
        let areaFigures: [Figure]
        let formula: String
        if let data = summed.dataAreas {
            areaFigures = summed.areas.map { a in
                Figure(
                    id: "teams \(a.name)\(a.code.map { " (\($0))" } ?? "")", value: a.teams, unit: "teams (\(method.rawValue) method)",
                    source:
                        "area data (\(data.areaData)) under scenario \(data.scenario); low-income share \(a.lowIncomeShareBasis ?? "none"), maltreatment share \(a.maltreatmentShareBasis ?? "none")",
                    basis: .derived)
            }
            formula =
                "Σ over areas (teams by the \(method.rawValue) method), each area planned from the shipped area data as `piplanner batch --areas \(data.selection)` plans it: population and births from the data, low-income share local (the area's IDACI 2019 rate; none outside England), maltreatment share national (England's), existing WTE 0; fractional team-equivalents summed without rounding"
        } else {
            areaFigures = summed.areas.map {
                Figure(
                    id: "teams \($0.name)", value: $0.teams, unit: "teams (\(method.rawValue) method)",
                    source: "\(summed.sourcePrefix) \($0.name)\($0.code.map { " (\($0))" } ?? "")", basis: .derived)
            }
            formula = "Σ over areas (teams by the \(method.rawValue) method); fractional team-equivalents summed without rounding"
        }
        return AuditStep(
            id: "rollout.targetFromAreas", title: "Target teams from \(summed.label)", formula: formula, inputs: areaFigures, result: teams,
            resultUnit: "teams")
    }

    /// `rollout.alreadyFromAreas`: a plan config's existing workforce, as teams.
    private func alreadyFromAreasStep(_ areas: [RolloutAreaTeams], planConfig relative: String, result: Double) -> AuditStep {
        let existingFigures = areas.map {
            Figure(
                id: "existing teams \($0.name)", value: $0.existingTeams,
                unit: "team-equivalents of existing WTE, at most the area's teams",
                source: "plan config \(relative), area \($0.name) existingWTE ÷ team WTE", basis: .derived)
        }
        return AuditStep(
            id: "rollout.alreadyFromAreas", title: "Teams already fully operating in the areas",
            formula: "Σ over areas min(existing WTE ÷ WTE a team, the area's teams); existing teams beyond an area's need are not counted",
            inputs: existingFigures, result: result, resultUnit: "teams")
    }
}
