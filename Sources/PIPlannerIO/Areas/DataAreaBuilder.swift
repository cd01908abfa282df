import Foundation
import PIPlannerModel

/// An area ready to plan from the shipped data under a scenario, with what the tables need to say about it.
public struct DataArea: Sendable {
    public var area: PlanningArea
    /// The local-authority row, for authorities (nil for ICBs and health boards).
    public var record: AreaRecord?
    /// `county`, `unitary`, ... for authorities; `icb`; or the health board type.
    public var tier: String
    public var input: AreaInput
    public var assumptions: PlanAssumptions
    public var profile: DataRiskProfileRule.Profile
    /// How the low-income share was obtained: `local` (the area's own published share, or a sum of its authorities'
    /// counts), `local-derived` (an IDACI rate derived for a 2020–2023 authority, or an ICB's births-weighted mean of
    /// IDACI rates) or `none`.
    public var lowIncomeBasis: String
    /// The measure the low-income share was taken from (the scenario's `lowIncomeMeasure`).
    public var lowIncomeMeasure: LowIncomeMeasure
}

/// An area that cannot be planned from the data, and why; `AreaSource.build` turns it into a `BatchExclusion`.
public struct DataAreaFailure: Error, Sendable, Equatable {
    public var code: String
    public var name: String?
    public var reason: String
    public init(code: String, name: String? = nil, reason: String) {
        self.code = code
        self.name = name
        self.reason = reason
    }
}

/// Builds an engine input from a `PlanningArea` of the catalog under a scenario: population and births from
/// the data, risk groups from `DataRiskProfileRule`, no existing team (existingWTE 0) and no funding
/// (the plan reports the whole cost as unfunded). I/O glue: no arithmetic beyond weights for the rule.
/// Population and births, the low-income evidence and the maltreatment evidence each have their own file.
public struct DataAreaBuilder: Sendable {
    public var catalog: AreaCatalog
    public var scenario: LoadedScenario
    public var reference: ReferenceData

    /// Source of the area files, for messages: `embedded` or the directory given with --area-data.
    public var areaDataOrigin: String

    public init(catalog: AreaCatalog, scenario: LoadedScenario, reference: ReferenceData, areaDataOrigin: String) {
        self.catalog = catalog
        self.scenario = scenario
        self.reference = reference
        self.areaDataOrigin = areaDataOrigin
    }

    static let populationSource = "ONS mid-2022 population estimates, April 2023 boundaries"
    static let birthsSource = "ONS Birth characteristics 2022, Table 1 (live births, calendar 2022)"

    public func build(_ area: PlanningArea) -> Result<DataArea, DataAreaFailure> {
        let path = "areas[\(area.code)]"
        guard area.populationMid2022 > 0 else {
            return .failure(
                DataAreaFailure(
                    code: area.code, name: area.name, reason: "population is \(area.populationMid2022); expected persons greater than 0"))
        }
        guard area.birthsCount > 0 else {
            return .failure(
                DataAreaFailure(
                    code: area.code, name: area.name, reason: "live births are \(area.birthsCount); expected births a year greater than 0"))
        }
        let people: AreaPeople
        let risk: (inputs: DataRiskProfileRule.Inputs, findings: [Finding])
        switch (self.people(area, path: path), riskInputs(area, path: path)) {
        case (.failure(let failure), _), (_, .failure(let failure)): return .failure(failure)
        case (.success(let p), .success(let r)): (people, risk) = (p, r)
        }
        let profile = DataRiskProfileRule.profile(risk.inputs)
        var groups = profile.groups
        var findings = profile.findings + scenario.staffingFindings + people.findings + risk.findings
        if scenario.ignoreRiskGroups, let preset = scenario.preset {
            findings.append(
                Diagnostic(
                    .riskGroupsIgnoredByPreset, .note,
                    message:
                        "Preset '\(preset.id)' applies no risk adjustment, so the \(groups.count) risk groups from the data are not used.",
                    fieldPath: "\(path).riskGroups", source: preset.citation.text))
            groups = []
        }
        let input = engineInput(area, path: path, people: people, groups: groups, findings: findings)
        let scale = AreaPlanner.moneyScale(input, assumptions: scenario.assumptions)
        guard scale.fits else {
            return .failure(
                DataAreaFailure(
                    code: area.code, name: area.name,
                    reason:
                        "population \(area.populationMid2022) and births \(area.birthsCount) give \(scale.found(input)); expected \(AreaPlanner.MoneyScale.expected)"
                ))
        }
        return .success(
            DataArea(
                area: area, record: people.record, tier: people.tier, input: input, assumptions: scenario.assumptions, profile: profile,
                lowIncomeBasis: profile.groups.first { $0.id == "lowIncome" }?.basis ?? "none", lowIncomeMeasure: scenario.lowIncomeMeasure)
        )
    }

    /// The engine input: the data's population, births and risk groups, the scenario's settings, no team, no funding.
    private func engineInput(_ area: PlanningArea, path: String, people: AreaPeople, groups: [RiskGroupInput], findings: [Finding])
        -> AreaInput
    {
        AreaInput(
            name: area.name, code: area.code, fieldPath: path, population: people.population, births: people.births,
            birthRatePer1000: nil, riskGroups: groups, combination: scenario.combination, combinationSource: scenario.combinationSource,
            existingWTE: Figure(
                id: "existingWTE", value: 0, unit: "WTE",
                source: "none known: the shipped data records no existing teams (give existingWTE in a plan config)", basis: .assumption),
            staffing: scenario.staffing, sizingMethod: scenario.sizingMethod, sizingMethodSource: scenario.sizingMethodSource,
            funding: [], leadCommissioner: nil, camhsAcceptsUnder2: nil, planYears: scenario.planYears,
            payYearsBeforeFirstPlanYear: scenario.payYearsBeforeFirstPlanYear, payYearLabel: scenario.payYearLabel, inputFindings: findings,
            onCosts: scenario.onCosts, recruitment: scenario.recruitment)
    }

    /// What `DataRiskProfileRule` reads: the area's low-income and maltreatment evidence and the reference figures.
    private func riskInputs(_ area: PlanningArea, path: String) -> Result<
        (inputs: DataRiskProfileRule.Inputs, findings: [Finding]), DataAreaFailure
    > {
        let figures = scenario.figures
        func group(_ id: String) -> DataRiskProfileRule.GroupReference? {
            guard var prevalence = figures["riskGroups.\(id).prevalence"] else { return nil }
            prevalence.id = "riskGroups.\(id).prevalence"
            return .init(id: id, label: reference.parameters["riskGroups.\(id).prevalence"]?.description ?? id, prevalence: prevalence)
        }
        guard let lowIncomeGroup = group("lowIncome"), let maltreatmentGroup = group("maltreatment"),
            let nationalShare = figures["riskGroups.maltreatment.nationalShare"],
            let englandRate = figures[Self.englandChildrenInNeedRateID],
            let two = figures["england.babiesTwoOfToxicTrio"], let three = figures["england.babiesAllThreeOfToxicTrio"]
        else {
            return .failure(
                DataAreaFailure(
                    code: area.code, name: area.name,
                    reason:
                        "reference data lacks a risk-group figure (riskGroups.*.prevalence, riskGroups.maltreatment.nationalShare, \(Self.englandChildrenInNeedRateID), england.babies*OfToxicTrio)"
                ))
        }
        let lowIncome: LowIncomeLookup
        switch lowIncomeEvidence(area, path: path) {
        case .success(let found): lowIncome = found
        case .failure(let failure): return .failure(failure)
        }
        let inputs = DataRiskProfileRule.Inputs(
            areaName: area.name, nationName: area.nation.displayName, fieldPath: path, lowIncome: lowIncome.evidence,
            lowIncomeMeasure: scenario.lowIncomeMeasure, lowIncomeGroup: lowIncomeGroup,
            maltreatment: maltreatmentEvidence(area, englandRate: englandRate), nationalShare: nationalShare,
            nationalShareNation: AreaNation.england.displayName, nationalShareYear: Self.nationalShareYear(nationalShare),
            maltreatmentGroup: maltreatmentGroup, omitted: ["substanceMisuse", "parentalDepression"].compactMap(group),
            householdsTwoOfTrio: two, householdsAllThreeOfTrio: three)
        return .success((inputs, lowIncome.findings))
    }
}
