import PIPlannerModel

/// The JSON of `piplanner rollout --format json` (schema `piplanner.rollout`, version 1; fields documented in
/// `Examples/README-rollout.md`). Money in pounds with two decimals; counts as numbers; null where no value.
public enum RolloutJSONRenderer {
    /// Schema name and version written at the top of the document.
    public static let schema = "piplanner.rollout"
    public static let schemaVersion = 1

    /// The document, pretty-printed; `version` is the generator's version.
    public static func render(_ rollout: PlannedRollout, version: String, uncertainty: RolloutUncertaintyRun? = nil) -> String {
        document(rollout, version: version, uncertainty: uncertainty).rendered()
    }

    /// The document as an ordered JSON value.
    public static func document(_ rollout: PlannedRollout, version: String, uncertainty: RolloutUncertaintyRun? = nil) -> JSONOut {
        let plan = rollout.plan
        let intervals: [(String, JSONOut)] = uncertainty.map { [("uncertainty", RolloutUncertaintyReport.json(rollout, $0))] } ?? []
        return .object(
            [
                ("schema", .string(schema)),
                ("schemaVersion", .number(Double(schemaVersion))),
                ("generator", .string("piplanner \(version)")),
                ("config", .string(rollout.file)),
                ("title", .optional(rollout.title)),
                ("referenceData", .string(rollout.referenceOrigin)),
                ("schedule", schedule(rollout)),
                ("labourPerTeam", ReportJSON.figure(rollout.assumptions.labourPerTeamFirstYearGBP)),
                ("onCosts", onCosts(rollout)),
                ("years", years(rollout)),
                ("spanTotal", totals(rollout.spanTotals, label: rollout.span.label, years: plan.years)),
                ("allYearsTotal", plan.totalsAllYears.map { totals($0, label: "All years", years: plan.years) } ?? .null),
            ] + intervals + [
                ("assumptions", .array(rollout.assumptionFigures.map(ReportJSON.figure))),
                ("overrides", .array(rollout.overrides.map(ReportJSON.figure))),
                ("findings", .array(rollout.findings.map(ReportJSON.finding))),
                ("audit", ReportJSON.audit(rollout.audit)),
            ])
    }

    /// The on-cost method of a labour cost built from a staffing model (`method`, `employerType`, `flatRate`); null
    /// when the labour is given as a figure.
    static func onCosts(_ rollout: PlannedRollout) -> JSONOut {
        guard let onCosts = rollout.onCosts else { return .null }
        let employer = onCosts.employer
        return .object([
            ("method", .string(employer == nil ? "flat" : "employer")),
            ("employerType", .optional(employer?.employerType.rawValue)),
            ("flatRate", employer == nil ? .optional(rollout.assumptionFigures.first { $0.id == "onCostRate" }?.value) : .null),
        ])
    }

    /// How the schedule was given or derived, with the target and its areas when derived.
    static func schedule(_ rollout: PlannedRollout) -> JSONOut {
        var schedule: [(String, JSONOut)] = [
            ("kind", .string(rollout.scheduleKind.rawValue)),
            ("source", .string(rollout.schedule.source)),
            ("basis", .string(rollout.schedule.basis.rawValue)),
        ]
        if let t = rollout.target {
            schedule += [
                ("targetTeams", .number(t.teams)),
                ("fullyOperatingFrom", .string(t.fullyOperatingFrom)),
                ("maxTeamsStartingPerYear", .number(t.maxTeamsStartingPerYear)),
                ("alreadyFullyOperating", .number(t.alreadyFullyOperating)),
                ("alreadyFullyOperatingSource", .string(t.alreadyFullyOperatingSource)),
            ]
            if let method = t.method { schedule.append(("method", .string(method.rawValue))) }
            if let config = t.planConfig { schedule.append(("planConfig", .string(config))) }
            if let data = t.dataAreas {
                schedule += [
                    ("areaSelection", .string(data.selection)),
                    ("scenario", .string(data.scenario)),
                    ("areaData", .string(data.areaData)),
                    ("areaNotes", .array(data.notes.map { .string($0) })),
                ]
            }
            if !t.areas.isEmpty { schedule.append(("areas", .array(t.areas.map(targetArea)))) }
        }
        return .object(schedule)
    }

    /// One area summed into a derived target.
    static func targetArea(_ a: RolloutAreaTeams) -> JSONOut {
        var members: [(String, JSONOut)] = [
            ("name", .string(a.name)), ("code", .optional(a.code)), ("teams", .number(a.teams)),
            ("existingTeams", .number(a.existingTeams)),
        ]
        if let b = a.lowIncomeShareBasis { members.append(("lowIncomeShareBasis", .string(b))) }
        if let b = a.maltreatmentShareBasis { members.append(("maltreatmentShareBasis", .string(b))) }
        return .object(members)
    }

    /// Each plan year's teams, costs and children seen (development null where the schedule gives no amount).
    static func years(_ rollout: PlannedRollout) -> JSONOut {
        .array(
            rollout.plan.years.map { y in
                .object([
                    ("year", .string(y.label)),
                    ("yearIndex", .number(Double(y.yearIndex))),
                    ("teamsFullyOperating", .number(y.teamsFullyOperating)),
                    ("teamsComingIntoOperation", .number(y.teamsComingIntoOperation)),
                    ("labourPerTeamGBP", .money(y.labourPerTeamGBP)),
                    ("labourFullyOperatingGBP", .money(y.cost.labourFullyOperatingGBP)),
                    ("labourComingIntoOperationGBP", .money(y.cost.labourComingIntoOperationGBP)),
                    ("trainingGBP", .money(y.cost.trainingGBP)),
                    ("developmentGBP", rollout.given(y.label)?.developmentGBP == nil ? .null : .money(y.cost.developmentGBP)),
                    ("totalGBP", .money(y.cost.totalGBP)),
                    ("childrenSeen", .number(y.childrenSeen)),
                ])
            })
    }

    static func totals(_ t: RolloutTotals, label: String, years: [RolloutPlanYear]) -> JSONOut {
        let coming: Double
        if case .count(let c) = RolloutLine.teamsComingIntoOperation.cell(t, years: years, given: { _ in nil }) {
            coming = c
        } else {
            coming = 0
        }
        return .object([
            ("label", .string(label)),
            ("from", .optional(t.labels.first)),
            ("through", .optional(t.labels.last)),
            ("years", .array(t.labels.map { .string($0) })),
            ("teamsComingIntoOperation", .number(coming)),
            ("labourFullyOperatingGBP", .money(t.cost.labourFullyOperatingGBP)),
            ("labourComingIntoOperationGBP", .money(t.cost.labourComingIntoOperationGBP)),
            ("trainingGBP", .money(t.cost.trainingGBP)),
            ("developmentGBP", .money(t.cost.developmentGBP)),
            ("totalGBP", .money(t.cost.totalGBP)),
            ("childrenSeen", .number(t.childrenSeen)),
        ])
    }
}
