import Testing

@testable import PIPlannerModel

@Suite struct DataRiskProfileRuleTests {
    static let low = DataRiskProfileRule.GroupReference(
        id: "lowIncome", label: "low income", prevalence: figure("riskGroups.lowIncome.prevalence", 0.34))
    static let malt = DataRiskProfileRule.GroupReference(
        id: "maltreatment", label: "maltreatment", prevalence: figure("riskGroups.maltreatment.prevalence", 0.48))
    static let omitted = [
        DataRiskProfileRule.GroupReference(id: "substanceMisuse", label: "substance", prevalence: figure("p", 0.43)),
        DataRiskProfileRule.GroupReference(id: "parentalDepression", label: "depression", prevalence: figure("p", 0.21)),
    ]
    /// 17,820 / 577,046 = 0.0308814 (the shipped national share: babies under one in need at 31 March 2022 ÷ 2022 births).
    static let national = Figure(
        id: "riskGroups.maltreatment.nationalShare", value: 17_820.0 / 577_046.0, unit: "proportion of births (national, England)",
        source: "DfE a7; ONS", basis: .derived, derivation: "17,820 / 577,046 = 0.030881 (both 2022). Caveats follow.")
    static let englandRate = figure("england.childrenInNeedRatePer10000At31March2024", 332.9)

    func profile(
        _ evidence: DataRiskProfileRule.LowIncomeEvidence, measure: LowIncomeMeasure = .cilifFYE2025,
        maltreatment: DataRiskProfileRule.MaltreatmentEvidence = .noLocalRate(reason: "no rate here"), nation: String = "England"
    ) -> DataRiskProfileRule.Profile {
        DataRiskProfileRule.profile(
            DataRiskProfileRule.Inputs(
                areaName: "Testshire", nationName: nation, fieldPath: "areas[X]", lowIncome: evidence, lowIncomeMeasure: measure,
                lowIncomeGroup: Self.low, maltreatment: maltreatment, nationalShare: Self.national, nationalShareNation: "England",
                nationalShareYear: "2022", maltreatmentGroup: Self.malt, omitted: Self.omitted,
                householdsTwoOfTrio: figure("two", 25_000), householdsAllThreeOfTrio: figure("three", 8_300)))
    }

    static func cilif(_ value: Double, geography: String = "Testshire (E0)") -> DataRiskProfileRule.LowIncomeEvidence {
        .areaRate(
            Figure(id: "cilif", value: value, unit: "proportion of children aged 0–15", source: "DWP/HMRC CILIF", basis: .published),
            LowIncomeMeasure.cilifFYE2025.evidence(geography: geography), scope: .local)
    }

    @Test func birthsWeightedRate() {
        // (0.30 × 1,000 + 0.10 × 3,000) / 4,000 = (300 + 300) / 4,000 = 0.15
        let parts = [
            DataRiskProfileRule.WeightedPart(code: "A", name: "A", rate: 0.30, births: 1_000),
            DataRiskProfileRule.WeightedPart(code: "B", name: "B", rate: 0.10, births: 3_000),
        ]
        #expect(isClose(DataRiskProfileRule.birthsWeightedRate(parts)!, 0.15))
        #expect(DataRiskProfileRule.birthsWeightedRate([]) == nil)
        #expect(DataRiskProfileRule.birthsWeightedRate([.init(code: "A", name: "A", rate: 0.3, births: 0)]) == nil)
    }

    @Test func localShareAndNationalShareWithTheirEvidence() {
        let p = profile(Self.cilif(0.25))
        #expect(p.groups.map(\.id) == ["lowIncome", "maltreatment"])
        #expect(p.groups.map(\.scope) == [.local, .national])
        #expect(p.groups.map(\.basis) == ["local", "national"])
        #expect(p.groups[0].share.value == 0.25 && p.groups[0].share.basis == .published)
        #expect(p.groups[0].share.source.hasPrefix("local:"))
        #expect(p.groups[0].share.derivation!.contains("assumption"))
        #expect(
            p.groups[0].evidence
                == ShareEvidence(measure: LowIncomeMeasure.cilifFYE2025.measureText, year: "FYE 2025", geography: "Testshire (E0)"))
        #expect(p.groups[1].evidence?.geography == "England" && p.groups[1].evidence?.year == "2022")
        #expect(isClose(p.groups[1].share.value, 0.0308814, relativeTolerance: 1e-5))
        #expect(p.groups[1].share.id == "riskGroups.maltreatment.share" && p.groups[1].share.basis == .derived)
        // One note: where each share comes from, and the groups not applied (with 001's household counts).
        #expect(p.findings.map(\.code) == [.riskSharesNational])
        #expect(p.findings[0].severity == .note)
        let message = p.findings[0].message
        #expect(message.contains("FYE 2025") && message.contains("England's national figure") && message.contains("no rate here"))
        #expect(message.contains("substanceMisuse and parentalDepression: not applied"))
        #expect(message.contains("25000") && message.contains("8300"))
        // With the highest-risk rule: P = m × 0.48 + 0.25 × (1 − m) × 0.34 + (1 − m)(1 − 0.25) × 0.15, m = 0.0308814
        //   = 0.0148231 + 0.0823750 + 0.1090259 = 0.2062240.
        let shares = p.groups.map { RiskGroupShare(id: $0.id, share: $0.share.value, prevalence: $0.prevalence.value) }
        #expect(
            isClose(AreaPrevalenceRule.prevalence(baseline: 0.15, groups: shares, rule: .highestRisk), 0.2062240, relativeTolerance: 1e-6))
    }

    @Test func maltreatmentProxyScalesTheNationalShareByTheRate() {
        // 17,820 / 577,046 × 400 / 332.9 = 0.0308814 × 1.2015620 = 0.0371059.
        let rate = figure("childrenInNeed2024RatePer10000", 400)
        let p = profile(
            Self.cilif(0.2),
            maltreatment: .authorityRate(rate, englandRate: Self.englandRate, geography: "Testshire (E0)", year: "31 March 2024"))
        let malt = p.groups[1]
        #expect(malt.scope == .localDerived && malt.basis == "local-derived")
        #expect(isClose(malt.share.value, 17_820.0 / 577_046.0 * 400 / 332.9))
        #expect(isClose(malt.share.value, 0.0371059, relativeTolerance: 1e-5))
        #expect(malt.evidence?.year == "under-1s 2022; rates 31 March 2024" && malt.evidence?.geography == "Testshire (E0)")
        #expect(malt.share.derivation!.contains("Assumption") && malt.share.derivation!.contains("age mix"))
        #expect(p.findings.allSatisfy { $0.code != .riskSharesMissing })
        #expect(p.findings[0].message.contains("local-derived"))
    }

    @Test func maltreatmentProxyRule() {
        #expect(isClose(MaltreatmentProxyRule.share(nationalShare: 0.03, ratePer10000: 333, englandRatePer10000: 333)!, 0.03))
        #expect(isClose(MaltreatmentProxyRule.share(nationalShare: 0.03, ratePer10000: 666, englandRatePer10000: 333)!, 0.06))
        #expect(MaltreatmentProxyRule.share(nationalShare: 0.03, ratePer10000: 300, englandRatePer10000: 0) == nil)
        // Never above 1, whatever a config sets.
        #expect(MaltreatmentProxyRule.share(nationalShare: 0.9, ratePer10000: 900, englandRatePer10000: 300) == 1)
    }

    @Test func anUnavailableRateFallsBackToNationalWithAWarningNamingIt() {
        let p = profile(Self.cilif(0.2), maltreatment: .rateUnavailable(reason: "DfE publishes no rate for Testshire at 31 March 2024"))
        #expect(p.groups[1].scope == .national)
        let missing = p.findings.first { $0.code == .riskSharesMissing }
        #expect(missing?.severity == .warning && missing?.fieldPath == "areas[X].riskGroups.maltreatment")
        #expect(
            missing?.message.contains("Testshire at 31 March 2024") == true && missing?.message.contains("England's national share") == true
        )
    }

    @Test func idaciConstituentsAreWeightedByBirths() {
        let parts = [
            DataRiskProfileRule.WeightedPart(code: "A", name: "Aton", rate: 0.30, births: 1_000),
            DataRiskProfileRule.WeightedPart(code: "B", name: "Bville", rate: 0.10, births: 3_000, note: "county rate"),
        ]
        let p = profile(.constituents(parts, areaDescription: "Test ICB", geography: "Test ICB (E54)"), measure: .idaci2019)
        #expect(isClose(p.lowIncomeShare!.value, 0.15))
        #expect(p.lowIncomeShare!.basis == .derived)
        #expect(p.lowIncomeShare!.derivation!.contains("B Bville 0.100 × 3000 (county rate)"))
        #expect(p.groups.first?.scope == .localDerived)
        #expect(p.groups.first?.evidence?.year == "2019 (2015/16 data)")
    }

    @Test func noLocalShareIsAWarningNotAGuess() {
        let p = profile(
            .none(reason: "IDACI covers England only"), measure: .idaci2019,
            maltreatment: .noLocalRate(reason: "DfE's statistics cover England only"), nation: "Wales")
        #expect(p.groups.map(\.id) == ["maltreatment"])
        #expect(p.lowIncomeShare == nil)
        let missing = p.findings.first { $0.code == .riskSharesMissing }
        #expect(missing?.severity == .warning)
        #expect(missing?.message.contains("no low-income adjustment") == true)
        #expect(missing?.message.contains("IDACI covers England only") == true && missing?.message.contains("cilif-fye2025") == true)
        // England's figure outside England is said to be England's.
        #expect(
            p.findings.first { $0.code == .riskSharesNational }?.message.contains("England's national figure, applied to Wales") == true)
        #expect(p.groups[0].share.derivation?.contains("England's figure, applied to Wales") == true)
    }
}
