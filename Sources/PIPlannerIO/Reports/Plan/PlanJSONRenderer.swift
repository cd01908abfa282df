import PIPlannerModel

/// The versioned JSON output of `piplanner plan --format json` (schema `piplanner.plan`, version 1).
/// Documented field by field in `docs/json-schema.md` of the README; money in pounds with two decimals.
public enum PlanJSONRenderer {
    public static let schema = "piplanner.plan"
    public static let schemaVersion = 1

    /// The document; with `uncertainty`, a top-level `uncertainty` (draws, seed, distributions) and in each area
    /// its intervals, probabilities and tornado.
    public static func render(plan: LoadedPlan, results: [AreaPlan], version: String, uncertainty: UncertaintyRun? = nil) -> String {
        document(plan: plan, results: results, version: version, uncertainty: uncertainty).rendered()
    }

    public static func document(plan: LoadedPlan, results: [AreaPlan], version: String, uncertainty: UncertaintyRun? = nil) -> JSONOut {
        guard let uncertainty else { return document(plan: plan, results: results, version: version, areas: results.map(area)) }
        let areas = results.enumerated().map { index, p -> JSONOut in
            guard case .object(var members) = area(p) else { return area(p) }
            let u = UncertaintyJSON.area(uncertainty.result.areas[index], years: p.years.map(\.label), hasFunding: !p.funding.isEmpty)
            members.append(("uncertainty", u))
            if index < uncertainty.tornado.count { members.append(("tornado", UncertaintyJSON.tornado(uncertainty.tornado[index]))) }
            return .object(members)
        }
        guard case .object(var members) = document(plan: plan, results: results, version: version, areas: areas) else { return .null }
        members.insert(("uncertainty", UncertaintyJSON.settings(uncertainty)), at: members.count - 1)
        return .object(members)
    }

    static func document(plan: LoadedPlan, results: [AreaPlan], version: String, areas: [JSONOut]) -> JSONOut {
        .object([
            ("schema", .string(schema)),
            ("schemaVersion", .number(Double(schemaVersion))),
            ("generator", .string("piplanner \(version)")),
            ("config", .string(plan.file)),
            ("title", .optional(plan.title)),
            ("referenceData", .string(plan.referenceOrigin)),
            ("preset", .optional(plan.preset?.id)),
            ("overrides", .array(plan.overrides.map(ReportJSON.figure))),
            ("areas", .array(areas)),
        ])
    }

    public static func area(_ p: AreaPlan) -> JSONOut {
        .object(areaMembers(p))
    }

    /// The members of an area, in the schema's order; new keys are added, none renamed.
    static func areaMembers(_ p: AreaPlan) -> [(String, JSONOut)] {
        [
            ("name", .string(p.name)),
            ("code", .optional(p.code)),
            ("population", .number(p.population)),
            ("births", .number(p.births)),
            ("birthRatePer1000", .number(p.birthRatePer1000)),
            ("combination", .string(p.combination.rawValue)),
            ("baselinePrevalence", .number(p.assumptions.baselinePrevalence.value)),
            ("riskGroups", riskGroups(p)),
            ("prevalence", .number(p.prevalence)),
            ("infantsAtRisk", .number(p.infantsAtRisk)),
            ("specialistShare", .number(p.assumptions.specialistShare.value)),
            ("specialistCaseload", .number(p.specialistCaseload)),
            ("coverageTeams", .number(p.coverageTeams)),
            ("needTeams", .number(p.needTeams)),
            ("needTeamsAtPrevalenceRange", sensitivity(p)),
            ("recommendedMethod", .string(p.recommendedMethod.rawValue)),
            ("recommendedTeams", .number(p.recommendedTeams)),
            ("staffingModel", staffing(p)),
            ("teamWTE", .number(p.teamWTE)),
            ("requiredWTE", .number(p.requiredWTE)),
            ("existingWTE", .number(p.existingWTE)),
            ("gapWTE", .number(p.gapWTE)),
            ("newTeams", .number(p.newTeams)),
        ] + recruitment(p) + [
            ("payYear", .string(p.payYearLabel)),
            ("labourPerTeamGBP", .money(p.labourPerTeamAtPayYearGBP)),
            ("labourPerTeamBreakdownGBP", breakdown(p.labourPerTeamAtPayYear)),
            ("onCosts", onCosts(p)),
            ("planYears", .array(p.years.map { .string($0.label) })),
            ("annualCostGBP", .array(p.annualCostGBP.map { .money($0) })),
            ("totalCostGBP", .money(p.totalCostGBP)),
            ("babiesSeen", .array(p.years.map { .number($0.babiesSeen) })),
            ("costPerBabySeenGBP", .optional(p.costPerBabySeenGBP)),
            ("years", years(p)),
            ("funding", .array(p.funding.map(funding))),
            ("unfundedGBP", .array(p.unfundedGBP.map { .money($0) })),
            ("findings", .array(p.findings.map(ReportJSON.finding))),
            ("audit", ReportJSON.audit(p.audit)),
        ]
    }

    static func baseline(_ p: AreaPlan) -> Double { p.assumptions.baselinePrevalence.value }

    /// Each risk group with its share, prevalence, multiplier over baseline and contribution, in the config's order.
    static func riskGroups(_ p: AreaPlan) -> JSONOut {
        let parts = p.prevalenceBreakdown.groups
        return .array(
            p.input.riskGroups.map { group in
                let part = parts.first { $0.id == group.id }
                // shareScope (local | local-derived | national) only when known, so configs that do not say keep their output.
                let scope = group.scope.map { [("shareScope", JSONOut.string($0.rawValue))] } ?? []
                let evidence: [(String, JSONOut)] = [
                    ("shareBasis", .string(group.basis)), ("shareMeasure", .optional(group.evidence?.measure)),
                    ("shareYear", .optional(group.evidence?.year)), ("shareGeography", .optional(group.evidence?.geography)),
                ]
                let multiplier = AreaPrevalenceRule.multiplier(prevalence: group.prevalence.value, baseline: baseline(p))
                return JSONOut.object(
                    [
                        ("id", .string(group.id)),
                        ("label", .string(group.label)),
                        ("share", .number(group.share.value)),
                        ("shareSource", .string(group.share.source)),
                    ] + scope + evidence + [
                        ("prevalence", .number(group.prevalence.value)),
                        ("prevalenceSource", .string(group.prevalence.source)),
                        ("multiplier", .number(multiplier)),
                        ("effectiveShare", .number(part?.effectiveShare ?? 0)),
                        ("contribution", .number(part?.contribution ?? 0)),
                    ])
            })
    }

    /// Need-method teams at the ends of the published prevalence range.
    static func sensitivity(_ p: AreaPlan) -> JSONOut {
        let range = p.needTeamsAtPrevalenceRange
        return .object([
            ("lowPrevalence", .number(range.lowPrevalence)),
            ("highPrevalence", .number(range.highPrevalence)),
            ("lowTeams", .number(range.lowTeams)),
            ("highTeams", .number(range.highTeams)),
        ])
    }

    /// The staffing model and each role's band, WTE and salary, and under the employer method its employer, posts
    /// and each post's pay and on-costs at the pay year.
    static func staffing(_ p: AreaPlan) -> JSONOut {
        let types = p.input.onCosts.employer?.roleEmployerTypes ?? []
        let roles: [JSONOut] = p.roles.enumerated().map { index, r in
            let cost = index < p.roleCostsAtPayYear.count ? p.roleCostsAtPayYear[index] : nil
            let posts: [JSONOut] = (cost?.posts ?? []).map { group in
                .object(
                    [("count", .number(Double(group.posts.count))), ("wte", .number(group.posts.wte))]
                        + breakdownMembers(group.each, total: "labourGBP"))
            }
            return .object([
                ("id", .string(r.role.id)),
                ("title", .string(r.role.title)),
                ("band", .optional(r.role.band)),
                ("bandBasis", .string(r.role.bandBasis.rawValue)),
                ("wtePerTeam", .number(r.role.wtePerTeam)),
                ("requiredWTE", .number(r.requiredWTE)),
                ("annualSalaryGBP", .money(Money(gbp: r.role.annualSalaryGBP.value))),
                ("salarySource", .string(r.role.annualSalaryGBP.source)),
                ("employerType", .optional(index < types.count ? types[index].rawValue : nil)),
                ("headcount", .optional(r.role.headcount.map(Double.init))),
                ("posts", .array(posts)),
                ("labourGBP", .optional(cost?.total.total)),
            ])
        }
        return .object([
            ("id", .string(p.staffing.id)),
            ("name", .string(p.staffing.name)),
            ("source", .string(p.staffing.source)),
            ("teamWTE", .number(p.teamWTE)),
            ("roles", .array(roles)),
        ])
    }

    /// Each plan year's labour, training, total and babies seen.
    static func years(_ p: AreaPlan) -> JSONOut {
        .array(
            p.years.map { y in
                .object(
                    [
                        ("year", .string(y.label)),
                        ("payGrowthYears", .number(Double(y.payGrowthYears))),
                        ("labourPerTeamGBP", .money(y.labourPerTeamGBP)),
                        ("labourPerTeamBreakdownGBP", breakdown(y.labour)),
                        ("labourExistingGBP", .money(y.cost.labourExistingGBP)),
                        ("labourNewGBP", .money(y.cost.labourNewGBP)),
                        ("trainingGBP", .money(y.cost.trainingGBP)),
                        ("totalGBP", .money(y.cost.totalGBP)),
                        ("babiesSeen", .number(y.babiesSeen)),
                        ("costPerBabySeenGBP", .optional(y.costPerBabySeenGBP)),
                    ] + recruitmentYear(y))
            })
    }

    /// Labour as its parts: `salaryGBP`, `employerNIGBP`, `employerPensionGBP`, `pensionLevyGBP`, `otherGBP` (the flat
    /// method's on-cost), `totalGBP`.
    static func breakdown(_ b: OnCostBreakdown) -> JSONOut { .object(breakdownMembers(b, total: "totalGBP")) }

    static func breakdownMembers(_ b: OnCostBreakdown, total: String) -> [(String, JSONOut)] {
        [
            ("salaryGBP", .money(b.salary)), ("employerNIGBP", .money(b.employerNI)), ("employerPensionGBP", .money(b.employerPension)),
            ("pensionLevyGBP", .money(b.pensionLevy)), ("otherGBP", .money(b.other)), (total, .money(b.total)),
        ]
    }

    /// The on-cost method: `method`, `employerType` (employer), `flatRate` (flat), and the tax years whose rules cost
    /// the pay year and each plan year, with whether each carries an earlier year's figures forward.
    static func onCosts(_ p: AreaPlan) -> JSONOut {
        let employer = p.input.onCosts.employer
        let years = employer.map { [$0.payYear] + $0.planYears } ?? []
        return .object([
            ("method", .string(p.onCostMethod.name)),
            ("employerType", .optional(employer?.employerType.rawValue)),
            ("flatRate", employer == nil ? .number(p.assumptions.onCostRate.value) : .null),
            (
                "taxYears",
                .array(
                    years.map { year in
                        .object([("taxYear", .string(year.taxYear.label)), ("carriedForward", .bool(year.isCarriedForward))])
                    })
            ),
        ])
    }

    /// One funder's contributions, share of the cost, babies attributed and outcomes.
    static func funding(_ line: AreaPlan.FundingLine) -> JSONOut {
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
    }
}
