import Foundation
import PIPlannerModel

extension PlanConfigLoader {
    /// One area of a plan config at `path`, ready for the engine; nil when any of its fields has a problem.
    func readArea(_ f: [String: JSONNode], node: JSONNode, path: String, settings: PlanSettings, planStaffing: JSONNode?, _ r: FieldReader)
        -> LoadedPlan.Area?
    {
        let issuesBefore = r.issues.count
        var figures = settings.figures
        var findings: [Diagnostic] = []

        guard let (name, code) = readAreaName(f, node: node, path: path, r) else { return nil }
        let people = readPopulationAndBirths(f, node: node, path: path, findings: &findings, r)

        // Per-area overrides of the baseline and specialist share, checked by the ranges the parameters declare.
        for id in ["baselinePrevalence", "specialistShare"] {
            if let v = f[id], let parameter = reference.parameters[id],
                let value = r.parameterValue(v, join(path, id), parameter: parameter)
            {
                figures[id] = figures[id]!.overridden(with: value, at: join(path, id))
            }
        }
        // The area's own combination rule and sizing method, else the plan's.
        let combination = readCombination(
            f["combination"], path: join(path, "combination"), default: (settings.combination.0.rawValue, settings.combination.1), r)
        let sizing = readSizing(
            f["sizingMethod"], path: join(path, "sizingMethod"), default: (settings.sizing.0.rawValue, settings.sizing.1), r)
        let measure = settings.lowIncomeMeasure.isGiven ? settings.lowIncomeMeasure.measure : nil
        let context = RiskGroupContext(figures: figures, lowIncomeMeasure: measure, areaName: code.map { "\(name) (\($0))" } ?? name)
        let groups = f["riskGroups"].map {
            readAreaRiskGroups(
                $0, path: join(path, "riskGroups"), context: context, preset: settings.preset, combination: combination.0,
                findings: &findings, r)
        }

        let existing =
            f["existingWTE"].flatMap { e in
                r.nonNegative(e, join(path, "existingWTE"), unit: "WTE").map {
                    Figure(id: "existingWTE", value: $0, unit: "WTE", source: "config \(join(path, "existingWTE"))", basis: .config)
                }
            } ?? Figure(id: "existingWTE", value: 0, unit: "WTE", source: "config: none given", basis: .config)

        // Staffing model: the area's own, else the plan's, else the reference default.
        let staffing = readStaffingModel(
            f["staffingModel"] ?? planStaffing, path: f["staffingModel"] != nil ? join(path, "staffingModel") : "staffingModel",
            pay: settings.pay, growth: settings.figures["payGrowthRate"]!, findings: &findings, r, at: node.location)
        // Without readable plan years no count of amounts is right: each is still checked, their number is not.
        let yearsRead = !settings.planYears.isEmpty && !r.issues.contains { $0.location.fieldPath?.hasPrefix("planYears") == true }
        let funding = readFunding(f["funding"], path: join(path, "funding"), yearCount: yearsRead ? settings.planYears.count : nil, r)
        let labels = settings.planYearLabels
        let phasing = f["phasing"].flatMap { readPhasing($0, path: join(path, "phasing"), yearCount: labels.count, r) } ?? settings.phasing
        // An area's own budget or target replaces the plan's.
        let ownGoal = f["budget"] != nil || f["target"] != nil
        let budget =
            ownGoal ? f["budget"].flatMap { readBudget($0, path: join(path, "budget"), yearCount: labels.count, r) } : settings.budget
        let target = ownGoal ? f["target"].flatMap { readTarget($0, path: join(path, "target"), planYears: labels, r) } : settings.target
        let recruitment = self.recruitment(phasing: phasing, budget: budget, target: target, r)
        let lead = f["leadCommissioner"].flatMap { r.string($0, join(path, "leadCommissioner")) }
        let camhs = f["camhsAcceptsUnder2"].flatMap { r.bool($0, join(path, "camhsAcceptsUnder2")) }

        guard r.issues.count == issuesBefore, let population = people.population, let staffing,
            let assumptions = PlanAssumptions(figures: figures), let offset = settings.payYearsBeforeFirstPlanYear,
            let onCosts = resolveOnCosts(
                settings.onCosts, staffing: staffing, payYear: settings.pay.payYear, years: settings.planYears, fields: settings.yearFields,
                r)
        else { return nil }
        findings += payFallbackFindings(staffing: staffing, pay: settings.pay)
        let input = AreaInput(
            name: name, code: code, fieldPath: path, population: population, births: people.births, birthRatePer1000: people.birthRate,
            riskGroups: groups ?? [], combination: combination.0, combinationSource: combination.1, existingWTE: existing,
            staffing: staffing, sizingMethod: sizing.0, sizingMethodSource: sizing.1, funding: funding, leadCommissioner: lead,
            camhsAcceptsUnder2: camhs, planYears: settings.planYearLabels, payYearsBeforeFirstPlanYear: offset,
            payYearLabel: settings.pay.year, inputFindings: findings, onCosts: onCosts, recruitment: recruitment)
        guard let area = fittingMoney(input, assumptions: assumptions, node: node, path: path, r) else { return nil }
        checkRecruitment(area, phasing: phasing, target: target, r)
        return area
    }

    /// The area's name (required, not blank) and optional code; notes are checked to be text.
    private func readAreaName(_ f: [String: JSONNode], node: JSONNode, path: String, _ r: FieldReader) -> (String, String?)? {
        guard let nameNode = f["name"] else {
            r.missing(join(path, "name"), expected: "the area's name, e.g. \"Leeds\"", at: node.location)
            return nil
        }
        // The report is headed by the name, and a table row keyed by the code.
        let name = r.name(nameNode, join(path, "name"), expected: "the area's name, e.g. \"Leeds\"") ?? ""
        let code = f["code"].flatMap { r.name($0, join(path, "code"), expected: "the area's GSS code, e.g. \"E08000035\"") }
        if let n = f["notes"] { _ = r.string(n, join(path, "notes")) }
        return (name, code)
    }

    /// The area if its costs fit in `Money`; else nil with what planning it would cost reported.
    private func fittingMoney(_ input: AreaInput, assumptions: PlanAssumptions, node: JSONNode, path: String, _ r: FieldReader)
        -> LoadedPlan.Area?
    {
        let scale = AreaPlanner.moneyScale(input, assumptions: assumptions)
        guard scale.fits else {
            r.issues.append(scale.issue(input, assumptions: assumptions, path: path, file: r.file, location: node.location))
            return nil
        }
        return LoadedPlan.Area(input: input, assumptions: assumptions)
    }

    /// An area's population, and its births or birth rate (exactly one of them), each held to the plausibility table
    /// (a population above the UK's, a birth rate no country has, are refused; see `FieldReader.plausible`).
    private func readPopulationAndBirths(_ f: [String: JSONNode], node: JSONNode, path: String, findings: inout [Finding], _ r: FieldReader)
        -> (population: Figure?, births: Figure?, birthRate: Figure?)
    {
        var population: Figure? = nil
        let checks = reference.plausibility
        if let p = f["population"] {
            if let given = r.positive(p, join(path, "population"), unit: "persons"),
                let v = r.plausible(given, p, join(path, "population"), checks.check("areaPopulation"), findings: &findings)
            {
                population = Figure(
                    id: "population", value: v, unit: "persons", source: "config \(join(path, "population"))", basis: .config)
            }
        } else {
            r.missing(join(path, "population"), expected: "the area's population (persons, a number greater than 0)", at: node.location)
        }
        let rate = checks.check("birthsPer1000Population")
        switch (f["births"], f["birthRatePer1000"]) {
        case (let b?, nil):
            guard let v = r.positive(b, join(path, "births"), unit: "live births a year") else { break }
            // Checked as a rate per 1,000 of the population, when that was read.
            if let persons = population?.value,
                r.plausible(
                    v / persons * 1000, b, join(path, "births"), rate, derived: "with the population \(NumberFormat.plain(persons))",
                    findings: &findings) == nil
            {
                break
            }
            let births = Figure(
                id: "births", value: v, unit: "live births a year", source: "config \(join(path, "births"))", basis: .config)
            return (population, births, nil)
        case (nil, let b?):
            guard let given = r.positive(b, join(path, "birthRatePer1000"), unit: "live births per 1,000 population"),
                let v = r.plausible(given, b, join(path, "birthRatePer1000"), rate, findings: &findings)
            else { break }
            let figure = Figure(
                id: "birthRatePer1000", value: v, unit: "live births per 1,000 population a year",
                source: "config \(join(path, "birthRatePer1000"))", basis: .config)
            return (population, nil, figure)
        case (_?, let b?):
            r.report(b, join(path, "birthRatePer1000"), expected: "either births or birthRatePer1000, not both")
        case (nil, nil):
            r.missing(join(path, "births"), expected: "births (live births a year) or birthRatePer1000", at: node.location)
        }
        return (population, nil, nil)
    }

    /// An area's risk groups, dropped with a note under a preset that applies no risk adjustment; shares summing over 1
    /// are refused under the exclusive rule.
    private func readAreaRiskGroups(
        _ g: JSONNode, path: String, context: RiskGroupContext, preset: Preset?, combination: CombinationRule,
        findings: inout [Diagnostic], _ r: FieldReader
    ) -> [RiskGroupInput] {
        var groups = readRiskGroups(g, path: path, context: context, r)
        if let preset, preset.ignoreRiskGroups, !groups.isEmpty {
            findings.append(
                Diagnostic(
                    .riskGroupsIgnoredByPreset, .note,
                    message: "Preset '\(preset.id)' applies no risk adjustment, so the \(groups.count) risk groups given are not used.",
                    fieldPath: path, source: preset.citation.text))
            groups = []
        }
        if combination == .exclusive {
            let total = groups.reduce(0) { $0 + $1.share.value }
            if total > 1 + 1e-9 {
                r.report(
                    g, path,
                    expected:
                        "shares summing to at most 1 under the 'exclusive' rule (they sum to \(NumberFormat.plain((total * 1e6).rounded() / 1e6))); use \"combination\": \"highest-risk\" for overlapping groups"
                )
            }
        }
        return groups
    }

    /// A `payYearFallback` finding for each role paid from another year's scale (named in `fieldPath`: a plan's
    /// `pay.bandYears`, a rollout's `labourPerTeam.pay.bandYears`).
    func payFallbackFindings(staffing: StaffingModel, pay: PaySettings, fieldPath: String = "pay.bandYears") -> [Diagnostic] {
        guard !pay.bandYears.isEmpty else { return [] }
        return staffing.roles.filter { $0.annualSalaryGBP.derivation != nil }.map { role in
            Diagnostic(
                .payYearFallback,
                message:
                    "Role '\(role.id)' (band \(role.band ?? "-")) is paid from \(pay.bandYears[role.band ?? ""] ?? "another year")'s scale, uplifted by pay growth to \(pay.year), because the shipped \(pay.year) scale has no such point.",
                fieldPath: fieldPath, source: role.annualSalaryGBP.source)
        }
    }
}

extension AreaPlanner.MoneyScale {
    /// What planning `area` would cost, for the message refusing it.
    func found(_ area: AreaInput) -> String {
        "a plan costing about £\(NumberFormat.approximate(boundGBP)): \(NumberFormat.approximate(teams)) teams by the \(area.sizingMethod.rawValue) method, "
            + "labour of £\(NumberFormat.approximate(labourPerTeamLastYearGBP)) a team a year in \(area.planYears.last ?? "the last plan year")"
    }

    /// What a plan's costs must be.
    static var expected: String {
        "costs of at most \(NumberFormat.gbp(Money(gbp: Money.maxGBP))) in all, the most piplanner holds to the penny; "
            + "look for a population, births, salary, assumption or plan year in the wrong unit or with a misplaced exponent"
    }
}
