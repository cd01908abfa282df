extension DataRiskProfileRule {
    /// The national measure: England's babies under one in need over England's live births.
    static let nationalMaltreatmentMeasure = "babies under one in need (DfE) ÷ live births (ONS)"
    /// The local proxy: the national measure scaled by the area's children-in-need rate relative to England's.
    static let proxyMaltreatmentMeasure =
        "babies under one in need ÷ live births (England), × the area's children-in-need rate ÷ England's (DfE, per 10,000 children aged under 18)"

    /// The maltreatment group: local-derived from the authority's children-in-need rate, or England's national share.
    static func maltreatmentPart(_ inputs: Inputs) -> Part {
        switch inputs.maltreatment {
        case .authorityRate(let rate, let englandRate, let geography, let year):
            guard
                let value = MaltreatmentProxyRule.share(
                    nationalShare: inputs.nationalShare.value, ratePer10000: rate.value, englandRatePer10000: englandRate.value)
            else {
                return nationalPart(inputs, reason: "\(inputs.nationalShareNation)'s children-in-need rate is not positive", warn: true)
            }
            return proxyPart(inputs, value: value, rate: rate, englandRate: englandRate, geography: geography, year: year)
        case .rateUnavailable(let reason):
            return nationalPart(inputs, reason: reason, warn: true)
        case .noLocalRate(let reason):
            return nationalPart(inputs, reason: reason, warn: false)
        }
    }

    /// England's share × the authority's rate ÷ England's, marked local-derived with its assumption.
    private static func proxyPart(
        _ inputs: Inputs, value: Double, rate: Figure, englandRate: Figure, geography: String, year: String
    ) -> Part {
        let national = inputs.nationalShare
        let nation = inputs.nationalShareNation
        let ratio =
            "\(inputs.areaName)'s children-in-need rate \(NumberFormat.trimmed(rate.value, 1)) ÷ \(nation)'s \(NumberFormat.trimmed(englandRate.value, 1)) per 10,000 children aged under 18 (\(year))"
        let assumption =
            "Assumption: babies under one are the same share of children in need in every authority; the age mix of children in need differs between authorities, so this is a proxy."
        let share = Figure(
            id: "riskGroups.maltreatment.share", value: value, unit: "proportion of births (local-derived)",
            source: "local-derived: \(nation)'s under-1 share × \(ratio); \(rate.source); \(nation)'s rate: \(englandRate.id)",
            basis: .derived,
            derivation:
                "\(nation)'s share of births who are babies under one in need \(NumberFormat.fixed(national.value, 6)) (\(firstSentence(national.derivation) ?? national.source)) × \(ratio) = \(NumberFormat.fixed(value, 6)). \(assumption)"
        )
        let group = inputs.maltreatmentGroup
        return Part(
            group: RiskGroupInput(
                id: group.id, label: group.label, share: share, prevalence: group.prevalence, scope: .localDerived,
                evidence: ShareEvidence(
                    measure: proxyMaltreatmentMeasure, year: "under-1s \(inputs.nationalShareYear); rates \(year)", geography: geography)),
            text:
                "Maltreatment \(NumberFormat.percent(value)) is local-derived: \(nation)'s share \(NumberFormat.percent(national.value)) × \(ratio). \(assumption)"
        )
    }

    /// The text up to its first full stop: the formula of a derivation without its caveats.
    static func firstSentence(_ text: String?) -> String? {
        guard let text else { return nil }
        return text.range(of: ". ").map { String(text[..<$0.lowerBound]) } ?? text
    }

    /// England's national share; outside England said to be England's. `warn` adds a warning naming what is missing
    /// (an English authority whose rate is suppressed or missing).
    private static func nationalPart(_ inputs: Inputs, reason: String, warn: Bool) -> Part {
        let nation = inputs.nationalShareNation
        let outside = inputs.nationName != nation
        var share = inputs.nationalShare
        share.id = "riskGroups.maltreatment.share"
        share.unit = "proportion of births (national, \(nation))"
        share.source = "national (\(nation)): \(inputs.nationalShare.source)"
        share.derivation = [
            inputs.nationalShare.derivation,
            outside
                ? "\(nation)'s figure, applied to \(inputs.nationName) because no figure for \(inputs.nationName) is shipped."
                : "\(nation)'s figure: \(reason).",
        ].compactMap { $0 }.joined(separator: " ")
        let group = inputs.maltreatmentGroup
        let text =
            "Maltreatment \(NumberFormat.percent(share.value)) is \(nation)'s national figure"
            + (outside ? ", applied to \(inputs.nationName) for want of a \(inputs.nationName) figure" : "")
            + " (\(reason)): \(inputs.nationalShare.derivation ?? inputs.nationalShare.source)"
        var findings: [Finding] = []
        if warn {
            findings.append(
                Finding(
                    .riskSharesMissing,
                    message:
                        "No local maltreatment proxy for \(inputs.areaName): \(reason). The plan uses \(nation)'s national share, \(NumberFormat.percent(share.value)), instead.",
                    fieldPath: join(inputs.fieldPath, "riskGroups.maltreatment"), source: inputs.nationalShare.source))
        }
        return Part(
            group: RiskGroupInput(
                id: group.id, label: group.label, share: share, prevalence: group.prevalence, scope: .national,
                evidence: ShareEvidence(measure: nationalMaltreatmentMeasure, year: inputs.nationalShareYear, geography: nation)),
            text: text, findings: findings)
    }
}
