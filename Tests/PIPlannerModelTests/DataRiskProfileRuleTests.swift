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
    /// 19,640 / 577,046 = 0.0340354 (the shipped national share).
    static let national = Figure(
        id: "riskGroups.maltreatment.nationalShare", value: 19_640.0 / 577_046.0, unit: "proportion of births (national, England)",
        source: "001 note ix; ONS", basis: .derived, derivation: "19,640 / 577,046; the years differ")

    func profile(_ evidence: DataRiskProfileRule.LowIncomeEvidence, nation: String = "England") -> DataRiskProfileRule.Profile {
        DataRiskProfileRule.profile(
            areaName: "Testshire", nationName: nation, fieldPath: "areas[X]", lowIncome: evidence, lowIncomeGroup: Self.low,
            maltreatmentShare: Self.national, maltreatmentGroup: Self.malt, nationalShareNation: "England",
            omitted: Self.omitted, householdsTwoOfTrio: figure("two", 25_000), householdsAllThreeOfTrio: figure("three", 8_300))
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

    @Test func localRateAndNationalShare() {
        let p = profile(
            .areaRate(
                Figure(id: "idaci", value: 0.203, unit: "proportion of children aged 0–15", source: "IoD2019 File 11", basis: .published)))
        #expect(p.groups.map(\.id) == ["lowIncome", "maltreatment"])
        #expect(p.groups.map(\.scope) == [.local, .national])
        #expect(p.groups[0].share.value == 0.203 && p.groups[0].share.basis == .published)
        #expect(p.groups[0].share.source.hasPrefix("local:"))
        #expect(p.groups[0].share.derivation!.contains("assumption"))
        #expect(isClose(p.groups[1].share.value, 0.0340354, relativeTolerance: 1e-5))
        #expect(p.groups[1].share.id == "riskGroups.maltreatment.share" && p.groups[1].share.basis == .derived)
        // One note: local and national shares, and the groups not applied (with 001's household counts).
        #expect(p.findings.map(\.category) == [.riskSharesNational])
        #expect(p.findings[0].severity == .note)
        let message = p.findings[0].message
        #expect(
            message.contains("local") && message.contains("national")
                && message.contains("substanceMisuse and parentalDepression: not applied"))
        #expect(message.contains("25000") && message.contains("8300"))
        // With the highest-risk rule: P = m × 0.48 + 0.203 × (1 − m) × 0.34 + (1 − m)(1 − 0.203) × 0.15
        //   = 0.0163370 + 0.0666709 + 0.1154811 = 0.1984889.
        let shares = p.groups.map { RiskGroupShare(id: $0.id, share: $0.share.value, prevalence: $0.prevalence.value) }
        #expect(
            isClose(AreaPrevalenceRule.prevalence(baseline: 0.15, groups: shares, rule: .highestRisk), 0.1984889, relativeTolerance: 1e-6))
    }

    @Test func constituentsAreWeightedByBirths() {
        let parts = [
            DataRiskProfileRule.WeightedPart(code: "A", name: "Aton", rate: 0.30, births: 1_000),
            DataRiskProfileRule.WeightedPart(code: "B", name: "Bville", rate: 0.10, births: 3_000, note: "county rate"),
        ]
        let p = profile(.constituents(parts, areaDescription: "Test ICB"))
        #expect(isClose(p.lowIncomeShare!.value, 0.15))
        #expect(p.lowIncomeShare!.basis == .derived)
        #expect(p.lowIncomeShare!.derivation!.contains("B Bville 0.100 × 3000 (county rate)"))
        #expect(p.groups.first?.scope == .local)
    }

    @Test func noLocalRateIsAWarningNotAGuess() {
        let p = profile(.none(reason: "IDACI covers England only"), nation: "Wales")
        #expect(p.groups.map(\.id) == ["maltreatment"])
        #expect(p.lowIncomeShare == nil)
        let missing = p.findings.first { $0.category == .riskSharesMissing }
        #expect(missing?.severity == .warning)
        #expect(missing?.message.contains("no low-income adjustment") == true)
        #expect(missing?.message.contains("IDACI covers England only") == true)
        // England's figure outside England is said to be England's.
        #expect(p.findings.first { $0.category == .riskSharesNational }?.message.contains("applied to Wales") == true)
        #expect(p.groups[0].share.derivation?.contains("applied to Wales") == true)
    }
}
