import Foundation
import PIPlannerModel

/// Plans and costs a rollout config (`piplanner rollout`, `validate`): brings one team's labour to the first rollout
/// year's prices, plans the areas a `fromAreas` target sums (a nested plan config, or the area data as `batch` plans
/// it), derives and checks the schedule, and costs it with `RolloutModel`. IO-level because it reads the files a
/// config names. Problems are reported against the config fields they concern, with the config's own.
public struct RolloutPlanner {
    /// Reference data nested plan configs and scenarios are read against.
    public var reference: ReferenceData
    /// Where `schedule.fromAreas.areas` reads the area data from: nil for the copy built in, or a directory with
    /// the three area files (`--area-data`). Read only when a config names areas.
    public var areaDataDirectory: String?

    /// A planner reading nested files against `reference` and areas from `areaDataDirectory`.
    public init(reference: ReferenceData, areaDataDirectory: String? = nil) {
        self.reference = reference
        self.areaDataDirectory = areaDataDirectory
    }

    /// Plans `config`. Throws every problem, the config's own (`config.issues`) and those planning finds, so one run
    /// lists them all: a config with problems is planned only as far as finding more of them, never costed.
    public func plan(_ config: RolloutConfig) throws(PlannerError) -> PlannedRollout {
        let run = RolloutPlanningRun(planner: self, config: config)
        let planned = run.plan()
        guard let planned, run.issues.isEmpty else {
            // Planning that gave up without naming a problem would end the command with exit 1 and an empty message.
            if run.issues.isEmpty {
                run.issues.append(
                    (config.places.root ?? ConfigPlace(location: nil, found: nil)).issue(
                        file: config.file, "",
                        expected:
                            "a config piplanner can read in full; reading stopped without naming a field (please report this file as a bug)"
                    ))
            }
            throw .invalidInput(run.issues)
        }
        return planned
    }
}

/// One planning of one rollout config: the problems, findings, audit steps and files read so far.
final class RolloutPlanningRun {
    let planner: RolloutPlanner
    let config: RolloutConfig
    var issues: [Diagnostic]
    var findings: [Diagnostic]
    var audit: [AuditStep] = []
    var inputFiles: [String]

    init(planner: RolloutPlanner, config: RolloutConfig) {
        self.planner = planner
        self.config = config
        self.issues = config.issues
        self.findings = config.findings
        self.inputFiles = [config.file]
    }

    var file: String { config.file }
    var reference: ReferenceData { planner.reference }

    /// The planned rollout; nil when a problem stops it (in `issues`). The schedule check runs whenever a schedule
    /// could be built, so one run lists every problem.
    func plan() -> PlannedRollout? {
        let labour = config.labour.flatMap(costLabour)
        guard let input = config.schedule, let built = schedule(for: input) else { return nil }
        var schedule = built.schedule
        let target = built.target
        let kind = input.kind
        if let development = config.development {
            for i in schedule.years.indices where i < development.amounts.count {
                schedule.years[i].developmentGBP = development.amounts[i]
            }
            schedule.developmentSource = development.source
        }
        let fieldPath = Self.fieldPath(kind)
        let check = RolloutValidator.validate(schedule, fieldPath: fieldPath)
        issues += config.places.issues(for: check.errors, .init(file: file, kind: kind, schedule: schedule, target: target))
        var figures = config.figures
        if let labour { figures["labourPerTeam"] = labour.firstYear }
        guard issues.isEmpty, let span = config.span,
            var assumptions = RolloutAssumptions(figures: figures, labourPerTeamID: "labourPerTeam")
        else { return nil }
        assumptions.labourPerTeamByYearGBP = labour?.byYear
        let plan: RolloutPlan
        do {
            plan = try RolloutModel.plan(schedule, assumptions: assumptions, fieldPath: fieldPath)
        } catch {
            let context = RolloutConfigPlaces.IssueContext(
                file: file, kind: kind, schedule: schedule, target: target, assumptions: assumptions)
            issues += config.places.issues(for: error.errors, context)
            return nil
        }
        guard let totals = plan.totals(from: span.from, through: span.through) else { return nil }
        var staffing: StaffingModel? = nil
        var assumptionFigures = assumptions.all
        var onCosts: AreaOnCosts? = nil
        if case .staffingModel(let model, _, let costs) = config.labour {
            staffing = model
            onCosts = costs
            if costs == .flat, let onCost = config.figures["onCostRate"] { assumptionFigures.insert(onCost, at: 1) }
            if let carried = costs.employer?.carriedForwardFinding(fieldPath: "years") { findings.append(carried) }
        }
        return PlannedRollout(
            file: file, title: config.title, description: config.description, referenceOrigin: config.referenceOrigin, scheduleKind: kind,
            schedule: schedule, target: target, assumptions: assumptions, assumptionFigures: assumptionFigures, staffing: staffing,
            onCosts: onCosts,
            overrides: config.overrides, span: span, plan: plan, uncertainty: config.uncertainty, spanTotals: totals,
            findings: findings + plan.findings,
            audit: audit + plan.audit, inputFiles: inputFiles)
    }

    /// The schedule as given, or derived from its target (and the target's summary); nil when it cannot be built.
    private func schedule(for input: RolloutScheduleInput) -> (schedule: RolloutSchedule, target: RolloutTargetSummary?)? {
        switch input {
        case .explicit(let schedule): return (schedule, nil)
        case .target(let target): return derive(target)
        case .fromAreas(let fromAreas): return derive(fromAreas)
        }
    }

    /// Where a schedule finding points: an explicit schedule lists each field by year (`schedule.teamsFullyOperating[2]`);
    /// a derived one has no such field and is named by year (`schedule.years[2].teamsFullyOperating`).
    static func fieldPath(_ kind: RolloutScheduleKind) -> (Int, String) -> String {
        kind == .explicit ? { "schedule.\($1)[\($0)]" } : { "schedule.years[\($0)].\($1)" }
    }
}
