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
    /// How the low-income share was obtained: `local` (published IDACI), `local-derived` (IDACI carried over or
    /// derived for a 2020–2023 authority), `local-births-weighted` (ICB roll-up) or `none`.
    public var lowIncomeBasis: String
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
        var findings = scenario.staffingFindings
        let record = area.kind == .localAuthority ? catalog.localAuthority(code: area.code) : nil

        // Population and births with their provenance.
        let population: Figure
        let births: Figure
        let tier: String
        let lowIncome: DataRiskProfileRule.LowIncomeEvidence
        var lowIncomeBasis = "none"
        switch area.kind {
        case .localAuthority:
            guard let la = record else {
                return .failure(DataAreaFailure(code: area.code, name: area.name, reason: "not in \(AreaFileSchema.localAuthoritiesFile)"))
            }
            let row = "\(AreaFileSchema.localAuthoritiesFile) line \(la.line)"
            tier = la.tier.rawValue
            population = Figure(
                id: "population", value: Double(la.populationMid2022), unit: "persons", source: "\(Self.populationSource), \(row)",
                basis: .published)
            switch la.birthsBasis {
            case .published:
                births = Figure(
                    id: "births", value: Double(la.birthsCount), unit: "live births a year", source: "\(Self.birthsSource), \(row)",
                    basis: .published)
            case .summed, .apportioned:
                births = Figure(
                    id: "births", value: Double(la.birthsCount), unit: "live births a year",
                    source: "\(Self.birthsSource), \(la.birthsBasis.rawValue) for April 2023 boundaries, \(row)", basis: .derived,
                    derivation: la.birthsNote)
            }
            if la.birthsBasis == .apportioned {
                findings.append(
                    Diagnostic(
                        .boundaryApproximation, .note,
                        message:
                            "\(la.name)'s births are apportioned, not published: \(la.birthsNote). See ReferenceData/areas/README.md, Boundary changes.",
                        fieldPath: "\(path).births", source: Self.birthsSource))
            }
            if let rate = la.idaciRate {
                let sourceText = "MHCLG IoD2019 IDACI average score for \(la.code) (\(la.idaciNote)), \(row)"
                lowIncome = .areaRate(
                    Figure(
                        id: "idaci2019Rate", value: rate, unit: "proportion of children aged 0–15", source: sourceText,
                        basis: la.idaciBasis == .published ? .published : .derived,
                        derivation: la.idaciBasis == .derived ? la.idaciNote : nil))
                lowIncomeBasis = la.idaciBasis == .published ? "local" : "local-derived"
                if case .districts? = IoD2019Succession.byCode[la.code] {
                    findings.append(
                        Diagnostic(
                            .boundaryApproximation, .note,
                            message:
                                "\(la.name)'s IDACI rate (\(NumberFormat.trimmed(rate, 3))) is derived from its 2019 districts, not published: \(la.idaciNote). See ReferenceData/areas/README.md, IDACI 2019.",
                            fieldPath: "\(path).riskGroups.lowIncome", source: "MHCLG IoD2019 File 10"))
                }
            } else {
                lowIncome = .none(reason: Self.noDeprivationReason(nation: la.nation, code: la.code, note: la.idaciNote))
            }
        case .icb:
            guard let icb = catalog.icb(code: area.code) else {
                return .failure(DataAreaFailure(code: area.code, name: area.name, reason: "not in \(AreaFileSchema.icbsFile)"))
            }
            let row = "\(AreaFileSchema.icbsFile) line \(icb.line)"
            tier = "icb"
            population = Figure(
                id: "population", value: Double(icb.populationMid2022), unit: "persons",
                source: "\(Self.populationSource), summed over the ICB's lower-tier authorities, \(row)", basis: .derived,
                derivation: icb.note)
            births = Figure(
                id: "births", value: Double(icb.birthsCount), unit: "live births a year",
                source: "\(Self.birthsSource), summed over the ICB's lower-tier authorities, \(row)", basis: .derived, derivation: icb.note)
            if icb.basis == .approximate {
                findings.append(
                    Diagnostic(
                        .boundaryApproximation, .note,
                        message:
                            "\(icb.name) includes part of an authority split between ICBs (\(icb.apportionedLAParts.joined(separator: "; "))); its population and births for that part are apportioned by LSOA count, not population. See ReferenceData/areas/README.md, ICBs.",
                        fieldPath: "\(path).population", source: "ONS LSOA (2011) to ICB (July 2022) lookup"))
            }
            switch constituents(of: icb) {
            case .success(let parts):
                lowIncome = .constituents(parts, areaDescription: icb.name)
                lowIncomeBasis = "local-births-weighted"
            case .failure(let failure):
                return .failure(failure)
            }
        case .healthBoard:
            guard let board = catalog.healthBoard(code: area.code) else {
                return .failure(DataAreaFailure(code: area.code, name: area.name, reason: "not in \(AreaFileSchema.healthBoardsFile)"))
            }
            let row = "\(AreaFileSchema.healthBoardsFile) line \(board.line)"
            tier = board.boardType
            population = Figure(
                id: "population", value: Double(board.populationMid2022), unit: "persons",
                source: "\(Self.populationSource), summed over the board's authorities, \(row)", basis: .derived, derivation: board.note)
            births = Figure(
                id: "births", value: Double(board.birthsCount), unit: "live births a year",
                source: "\(Self.birthsSource), summed over the board's authorities, \(row)", basis: .derived, derivation: board.note)
            lowIncome = .none(reason: Self.noDeprivationReason(nation: board.nation, code: board.code, note: nil))
        }

        // Risk groups from the data.
        let figures = scenario.figures
        func group(_ id: String) -> DataRiskProfileRule.GroupReference? {
            guard var prevalence = figures["riskGroups.\(id).prevalence"] else { return nil }
            prevalence.id = "riskGroups.\(id).prevalence"
            return .init(id: id, label: reference.parameters["riskGroups.\(id).prevalence"]?.description ?? id, prevalence: prevalence)
        }
        guard let lowIncomeGroup = group("lowIncome"), let maltreatmentGroup = group("maltreatment"),
            let nationalShare = figures["riskGroups.maltreatment.nationalShare"],
            let two = figures["england.babiesTwoOfToxicTrio"], let three = figures["england.babiesAllThreeOfToxicTrio"]
        else {
            return .failure(
                DataAreaFailure(
                    code: area.code, name: area.name,
                    reason:
                        "reference data lacks a risk-group figure (riskGroups.*.prevalence, riskGroups.maltreatment.nationalShare, england.babies*OfToxicTrio)"
                ))
        }
        let omitted = ["substanceMisuse", "parentalDepression"].compactMap(group)
        let profile = DataRiskProfileRule.profile(
            areaName: area.name, nationName: area.nation.displayName, fieldPath: path,
            lowIncome: lowIncome, lowIncomeGroup: lowIncomeGroup,
            maltreatmentShare: nationalShare, maltreatmentGroup: maltreatmentGroup, nationalShareNation: AreaNation.england.displayName,
            omitted: omitted, householdsTwoOfTrio: two, householdsAllThreeOfTrio: three)
        var groups = profile.groups
        findings = profile.findings + findings
        if scenario.ignoreRiskGroups, let preset = scenario.preset {
            findings.append(
                Diagnostic(
                    .riskGroupsIgnoredByPreset, .note,
                    message:
                        "Preset '\(preset.id)' applies no risk adjustment, so the \(groups.count) risk groups from the data are not used.",
                    fieldPath: "\(path).riskGroups", source: preset.citation.text))
            groups = []
        }

        let input = AreaInput(
            name: area.name, code: area.code, fieldPath: path, population: population, births: births, birthRatePer1000: nil,
            riskGroups: groups, combination: scenario.combination, combinationSource: scenario.combinationSource,
            existingWTE: Figure(
                id: "existingWTE", value: 0, unit: "WTE",
                source: "none known: the shipped data records no existing teams (give existingWTE in a plan config)", basis: .assumption),
            staffing: scenario.staffing, sizingMethod: scenario.sizingMethod, sizingMethodSource: scenario.sizingMethodSource,
            funding: [], leadCommissioner: nil, camhsAcceptsUnder2: nil, planYears: scenario.planYears,
            payYearsBeforeFirstPlanYear: scenario.payYearsBeforeFirstPlanYear, payYearLabel: scenario.payYearLabel, inputFindings: findings,
            onCosts: scenario.onCosts, recruitment: scenario.recruitment)
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
                area: area, record: record, tier: tier, input: input, assumptions: scenario.assumptions, profile: profile,
                lowIncomeBasis: lowIncomeBasis))
    }

    /// The ICB's lower-tier authorities with their IDACI rates and births weights. A district (which has no rate of
    /// its own) takes its county's rate, as the data's note says; a split authority weighs by its LSOA11 share.
    func constituents(of icb: ICBRecord) -> Result<[DataRiskProfileRule.WeightedPart], DataAreaFailure> {
        var parts: [DataRiskProfileRule.WeightedPart] = []
        for code in icb.lowerTierLACodes {
            guard let la = catalog.localAuthority(code: code) else {
                return .failure(
                    DataAreaFailure(
                        code: icb.code, name: icb.name,
                        reason:
                            "its authority \(code) is not in \(AreaFileSchema.localAuthoritiesFile) (see the rejected rows), so its low-income share cannot be derived"
                    ))
            }
            guard let membership = la.icbs.first(where: { $0.icbCode == icb.code }) else {
                return .failure(
                    DataAreaFailure(
                        code: icb.code, name: icb.name, reason: "its authority \(code) lists no part in \(icb.code) (icb22_codes)"))
            }
            let lsoaTotal = la.icbs.reduce(0) { $0 + $1.lsoa11Count }
            let weight = Double(la.birthsCount) * Double(membership.lsoa11Count) / Double(lsoaTotal)
            var notes: [String] = []
            let rate: Double
            if let own = la.idaciRate {
                rate = own
            } else if let parentCode = la.parentCode, let parent = catalog.localAuthority(code: parentCode),
                let parentRate = parent.idaciRate
            {
                rate = parentRate
                notes.append("county \(parent.name) \(parent.code)'s rate")
            } else {
                return .failure(
                    DataAreaFailure(
                        code: icb.code, name: icb.name,
                        reason:
                            "its authority \(code) \(la.name) has no IDACI rate and no county with one, so its low-income share cannot be derived"
                    ))
            }
            if membership.lsoa11Count != lsoaTotal {
                notes.append("births × \(membership.lsoa11Count)/\(lsoaTotal) LSOA11s in this ICB")
            }
            parts.append(
                .init(code: la.code, name: la.name, rate: rate, births: weight, note: notes.isEmpty ? nil : notes.joined(separator: "; ")))
        }
        return .success(parts)
    }

    static func noDeprivationReason(nation: AreaNation, code: String, note: String?) -> String {
        switch nation {
        case .england:
            return "no IDACI 2019 rate is shipped for \(code)" + (note.map { " (\($0))" } ?? "")
        case .wales, .scotland, .northernIreland:
            let index = nation == .wales ? "WIMD" : nation == .scotland ? "SIMD" : "NIMDM"
            return
                "the IoD2019 IDACI covers England only, and no \(nation.displayName) deprivation measure (\(index), not comparable with IDACI) is shipped"
        }
    }
}
