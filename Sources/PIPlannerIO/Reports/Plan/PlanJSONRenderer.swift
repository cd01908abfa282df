import PIPlannerModel

/// The versioned JSON output of `piplanner plan --format json` (schema `piplanner.plan`, version 1).
/// Documented field by field in `docs/json-schema.md` of the README; money in pounds with two decimals.
public enum PlanJSONRenderer {
    public static let schema = "piplanner.plan"
    public static let schemaVersion = 1

    public static func render(plan: LoadedPlan, results: [AreaPlan], version: String) -> String {
        document(plan: plan, results: results, version: version).rendered()
    }

    public static func document(plan: LoadedPlan, results: [AreaPlan], version: String) -> JSONOut {
        .object([
            ("schema", .string(schema)),
            ("schemaVersion", .number(Double(schemaVersion))),
            ("generator", .string("piplanner \(version)")),
            ("config", .string(plan.file)),
            ("title", .optional(plan.title)),
            ("referenceData", .string(plan.referenceOrigin)),
            ("preset", .optional(plan.preset?.id)),
            ("overrides", .array(plan.overrides.map(figure))),
            ("areas", .array(results.map(area))),
        ])
    }

    public static func area(_ p: AreaPlan) -> JSONOut {
        .object([
            ("name", .string(p.name)),
            ("code", .optional(p.code)),
            ("population", .number(p.population)),
            ("births", .number(p.births)),
            ("birthRatePer1000", .number(p.birthRatePer1000)),
            ("combination", .string(p.combination.rawValue)),
            ("baselinePrevalence", .number(p.assumptions.baselinePrevalence.value)),
            (
                "riskGroups",
                .array(
                    zip(
                        p.input.riskGroups,
                        p.prevalenceBreakdown.groups.sorted { a, b in
                            (p.input.riskGroups.firstIndex { $0.id == a.id } ?? 0) < (p.input.riskGroups.firstIndex { $0.id == b.id } ?? 0)
                        }
                    ).map { group, part in
                        // shareScope (local | national) only when known, so configs that do not say keep their output.
                        JSONOut.object(
                            [
                                ("id", .string(group.id)),
                                ("label", .string(group.label)),
                                ("share", .number(group.share.value)),
                                ("shareSource", .string(group.share.source)),
                            ] + (group.scope.map { [("shareScope", JSONOut.string($0.rawValue))] } ?? []) + [
                                ("prevalence", .number(group.prevalence.value)),
                                ("prevalenceSource", .string(group.prevalence.source)),
                                (
                                    "multiplier",
                                    .number(AreaPrevalenceRule.multiplier(prevalence: group.prevalence.value, baseline: baseline(p)))
                                ),
                                ("effectiveShare", .number(part.effectiveShare)),
                                ("contribution", .number(part.contribution)),
                            ])
                    })
            ),
            ("prevalence", .number(p.prevalence)),
            ("infantsAtRisk", .number(p.infantsAtRisk)),
            ("specialistShare", .number(p.assumptions.specialistShare.value)),
            ("specialistCaseload", .number(p.specialistCaseload)),
            ("coverageTeams", .number(p.coverageTeams)),
            ("needTeams", .number(p.needTeams)),
            (
                "needTeamsAtPrevalenceRange",
                .object([
                    ("lowPrevalence", .number(p.needTeamsAtPrevalenceRange.lowPrevalence)),
                    ("highPrevalence", .number(p.needTeamsAtPrevalenceRange.highPrevalence)),
                    ("lowTeams", .number(p.needTeamsAtPrevalenceRange.lowTeams)),
                    ("highTeams", .number(p.needTeamsAtPrevalenceRange.highTeams)),
                ])
            ),
            ("recommendedMethod", .string(p.recommendedMethod.rawValue)),
            ("recommendedTeams", .number(p.recommendedTeams)),
            (
                "staffingModel",
                .object([
                    ("id", .string(p.staffing.id)),
                    ("name", .string(p.staffing.name)),
                    ("source", .string(p.staffing.source)),
                    ("teamWTE", .number(p.teamWTE)),
                    (
                        "roles",
                        .array(
                            p.roles.map { r in
                                .object([
                                    ("id", .string(r.role.id)),
                                    ("title", .string(r.role.title)),
                                    ("band", .optional(r.role.band)),
                                    ("bandBasis", .string(r.role.bandBasis.rawValue)),
                                    ("wtePerTeam", .number(r.role.wtePerTeam)),
                                    ("requiredWTE", .number(r.requiredWTE)),
                                    ("annualSalaryGBP", .money(Money(gbp: r.role.annualSalaryGBP.value))),
                                    ("salarySource", .string(r.role.annualSalaryGBP.source)),
                                ])
                            })
                    ),
                ])
            ),
            ("teamWTE", .number(p.teamWTE)),
            ("requiredWTE", .number(p.requiredWTE)),
            ("existingWTE", .number(p.existingWTE)),
            ("gapWTE", .number(p.gapWTE)),
            ("newTeams", .number(p.newTeams)),
            ("payYear", .string(p.payYearLabel)),
            ("labourPerTeamGBP", .money(p.labourPerTeamAtPayYearGBP)),
            ("planYears", .array(p.years.map { .string($0.label) })),
            ("annualCostGBP", .array(p.annualCostGBP.map { .money($0) })),
            ("totalCostGBP", .money(p.totalCostGBP)),
            ("babiesSeen", .array(p.years.map { .number($0.babiesSeen) })),
            ("costPerBabySeenGBP", .optional(p.costPerBabySeenGBP)),
            (
                "years",
                .array(
                    p.years.map { y in
                        .object([
                            ("year", .string(y.label)),
                            ("payGrowthYears", .number(Double(y.payGrowthYears))),
                            ("labourPerTeamGBP", .money(y.labourPerTeamGBP)),
                            ("labourExistingGBP", .money(y.cost.labourExistingGBP)),
                            ("labourNewGBP", .money(y.cost.labourNewGBP)),
                            ("trainingGBP", .money(y.cost.trainingGBP)),
                            ("totalGBP", .money(y.cost.totalGBP)),
                            ("babiesSeen", .number(y.babiesSeen)),
                            ("costPerBabySeenGBP", .optional(y.costPerBabySeenGBP)),
                        ])
                    })
            ),
            (
                "funding",
                .array(
                    p.funding.map { line in
                        var members: [(String, JSONOut)] = [
                            ("funder", .string(line.funding.funderID)),
                            ("name", .string(line.funding.name)),
                        ]
                        switch line.funding.contribution {
                        case .share(let s): members.append(("share", .number(s)))
                        case .amounts: members.append(("share", .null))
                        }
                        members += [
                            ("contributionGBP", .array(line.contributionsGBP.map { .money($0) })),
                            ("totalContributionGBP", .money(line.totalContributionGBP)),
                            ("shareOfTotalCost", .optional(line.shareOfTotalCost)),
                            ("babiesSeenAttributed", .optional(line.babiesSeenAttributed)),
                            ("outcomes", .array(line.funding.outcomes.map { .string($0) })),
                            ("outcomesSource", .string(line.funding.outcomesSource)),
                        ]
                        return .object(members)
                    })
            ),
            ("unfundedGBP", .array(p.unfundedGBP.map { .money($0) })),
            ("findings", .array(p.findings.map(finding))),
            (
                "audit",
                .array(
                    p.audit.map { step in
                        .object([
                            ("id", .string(step.id)),
                            ("title", .string(step.title)),
                            ("formula", .string(step.formula)),
                            ("inputs", .array(step.inputs.map(figure))),
                            ("result", .number(step.result)),
                            ("unit", .string(step.resultUnit)),
                        ])
                    })
            ),
        ])
    }

    static func baseline(_ p: AreaPlan) -> Double { p.assumptions.baselinePrevalence.value }

    public static func finding(_ f: Finding) -> JSONOut {
        .object([
            ("code", .string(f.code.rawValue)),
            ("severity", .string(f.severity.rawValue)),
            ("message", .string(f.message)),
            ("field", .optional(f.fieldPath)),
            ("source", .optional(f.source)),
        ])
    }

    public static func figure(_ f: Figure) -> JSONOut {
        var members: [(String, JSONOut)] = [
            ("id", .string(f.id)),
            ("value", f.unit.hasPrefix("rule:") ? .string(String(f.unit.dropFirst(6))) : .number(f.value)),
            ("unit", .string(f.unit)),
            ("source", .string(f.source)),
            ("basis", .string(f.basis.rawValue)),
        ]
        if let d = f.derivation { members.append(("derivation", .string(d))) }
        if let o = f.override {
            members.append(("overridden", .object([("field", .string(o.fieldPath)), ("referenceValue", .optional(o.referenceValue))])))
        }
        return .object(members)
    }
}
