/// Risk-group shares for an area planned from the shipped area data, each with its basis (local, local-derived or
/// national) and what it measures (Methodology §2.7).
///
/// - **Low income**: the area's share from the chosen `LowIncomeMeasure`: children aged 0–15 in relative low income
///   before housing costs (DWP/HMRC, FYE 2025; every UK council, roll-ups as Σ counts ÷ Σ denominators), or the IDACI
///   2019 average score (England). An ICB under IDACI takes the births-weighted mean over its authorities,
///   `r = Σᵢ rᵢ·bᵢ / Σᵢ bᵢ` (proportion; bᵢ live births a year). Using a 0–15 children measure as a share of *births*
///   is an assumption. Where no share is shipped the group is left out and a `riskSharesMissing` finding says so.
/// - **Maltreatment**: for an English authority with a published children-in-need rate, England's under-1 share
///   scaled by the authority's rate relative to England's (`MaltreatmentProxyRule`, local-derived); otherwise
///   England's national share (babies under one in need ÷ live births, 2022), said to be England's outside England.
/// - **Substance misuse, parental depression**: the sources give no share of births for either group
///   (001's 25,000 and 8,300 are babies in households with two or all three of parental mental
///   ill-health, domestic violence and substance misuse, which is neither group), so neither is applied.
///
/// Units: shares and prevalences are proportions of births. Citation: Methodology §2.3 and §2.7.
public enum DataRiskProfileRule {
    /// A constituent authority of a roll-up: its rate and its births weight.
    public struct WeightedPart: Sendable, Equatable {
        public var code: String
        public var name: String
        /// IDACI 2019 rate (proportion of children 0–15).
        public var rate: Double
        /// Live births a year the authority contributes to the roll-up (its share, if split).
        public var births: Double
        /// How the rate or weight was obtained, when not the authority's own published rate in full.
        public var note: String?

        public init(code: String, name: String, rate: Double, births: Double, note: String? = nil) {
            self.code = code
            self.name = name
            self.rate = rate
            self.births = births
            self.note = note
        }
    }

    /// What the data holds about an area's low-income share.
    public enum LowIncomeEvidence: Sendable, Equatable {
        /// The area's own share (a council's, or a sum of counts over its authorities), with what it measures and its basis.
        case areaRate(Figure, ShareEvidence, scope: RiskShareScope)
        /// The IDACI rates of the authorities the area is made of (an ICB), weighted by births.
        case constituents([WeightedPart], areaDescription: String, geography: String)
        /// No share: why not.
        case none(reason: String)
    }

    /// What the data holds about an area's maltreatment-risk share.
    public enum MaltreatmentEvidence: Sendable, Equatable {
        /// The authority's children-in-need rate and England's (per 10,000 children aged under 18, the same date `year`).
        case authorityRate(Figure, englandRate: Figure, geography: String, year: String)
        /// An English authority whose rate is suppressed or missing: England's share, with a warning naming it and the year.
        case rateUnavailable(reason: String)
        /// An area no rate is published for (an ICB, a health board, outside England): England's share, said in the note.
        case noLocalRate(reason: String)
    }

    /// A group's reference prevalence and label.
    public struct GroupReference: Sendable, Equatable {
        public var id: String
        public var label: String
        public var prevalence: Figure
        public init(id: String, label: String, prevalence: Figure) {
            self.id = id
            self.label = label
            self.prevalence = prevalence
        }
    }

    /// Everything the rule reads about one area.
    public struct Inputs: Sendable {
        /// For messages, e.g. "Leeds".
        public var areaName: String
        /// The area's nation, e.g. "England".
        public var nationName: String
        /// Where findings point, e.g. `areas[E08000035]`.
        public var fieldPath: String
        public var lowIncome: LowIncomeEvidence
        public var lowIncomeMeasure: LowIncomeMeasure
        public var lowIncomeGroup: GroupReference
        public var maltreatment: MaltreatmentEvidence
        /// England's share of births who are babies under one in need (`riskGroups.maltreatment.nationalShare`).
        public var nationalShare: Figure
        /// The nation the national share describes ("England").
        public var nationalShareNation: String
        /// The year the national share describes, e.g. "2022".
        public var nationalShareYear: String
        public var maltreatmentGroup: GroupReference
        /// Groups with no cited share (substance misuse, parental depression).
        public var omitted: [GroupReference]
        /// 001's counts of babies in households with two and all three of the risks, quoted in the note.
        public var householdsTwoOfTrio: Figure
        public var householdsAllThreeOfTrio: Figure

        public init(
            areaName: String, nationName: String, fieldPath: String, lowIncome: LowIncomeEvidence, lowIncomeMeasure: LowIncomeMeasure,
            lowIncomeGroup: GroupReference, maltreatment: MaltreatmentEvidence, nationalShare: Figure, nationalShareNation: String,
            nationalShareYear: String, maltreatmentGroup: GroupReference, omitted: [GroupReference], householdsTwoOfTrio: Figure,
            householdsAllThreeOfTrio: Figure
        ) {
            self.areaName = areaName
            self.nationName = nationName
            self.fieldPath = fieldPath
            self.lowIncome = lowIncome
            self.lowIncomeMeasure = lowIncomeMeasure
            self.lowIncomeGroup = lowIncomeGroup
            self.maltreatment = maltreatment
            self.nationalShare = nationalShare
            self.nationalShareNation = nationalShareNation
            self.nationalShareYear = nationalShareYear
            self.maltreatmentGroup = maltreatmentGroup
            self.omitted = omitted
            self.householdsTwoOfTrio = householdsTwoOfTrio
            self.householdsAllThreeOfTrio = householdsAllThreeOfTrio
        }
    }

    /// The shares found and what the plan must say about them.
    public struct Profile: Sendable, Equatable {
        public var groups: [RiskGroupInput]
        public var findings: [Finding]
        /// The low-income share used, if any.
        public var lowIncomeShare: Figure?
        /// The maltreatment share used.
        public var maltreatmentShare: Figure
    }

    /// One group's part of the profile: the group (if applied), its sentence in the note, and its own findings.
    struct Part {
        var group: RiskGroupInput?
        var text: String
        var findings: [Finding] = []
    }

    /// `Σ rᵢ·bᵢ / Σ bᵢ`; nil when there are no parts or no births.
    public static func birthsWeightedRate(_ parts: [WeightedPart]) -> Double? {
        let births = parts.reduce(0) { $0 + $1.births }
        guard !parts.isEmpty, births > 0 else { return nil }
        return parts.reduce(0) { $0 + $1.rate * $1.births } / births
    }

    /// The risk groups and findings for one area: low income, maltreatment, and one note saying where each share
    /// comes from and which groups are not applied.
    public static func profile(_ inputs: Inputs) -> Profile {
        let lowIncome = lowIncomePart(inputs)
        let maltreatment = maltreatmentPart(inputs)
        let omitted = inputs.omitted
        let omittedText =
            omitted.isEmpty
            ? ""
            : " " + omitted.map(\.id).joined(separator: " and ")
                + ": not applied, because no source gives a share of births for \(omitted.count == 1 ? "it" : "either group") (001's \(NumberFormat.fixed(inputs.householdsTwoOfTrio.value)) and \(NumberFormat.fixed(inputs.householdsAllThreeOfTrio.value)) are babies in households with two or all three of parental mental ill-health, domestic violence and substance misuse); the prevalence is understated to that extent."
        let note = Finding(
            .riskSharesNational, .note,
            message: "Risk shares from shipped data for \(inputs.areaName): " + lowIncome.text + " " + maltreatment.text + omittedText,
            fieldPath: join(inputs.fieldPath, "riskGroups"), source: inputs.nationalShare.source)
        return Profile(
            groups: [lowIncome.group, maltreatment.group].compactMap { $0 }, findings: [note] + lowIncome.findings + maltreatment.findings,
            lowIncomeShare: lowIncome.group?.share, maltreatmentShare: maltreatment.group!.share)
    }

    /// The low-income group from the area's own share, a births-weighted mean of its authorities' rates, or none.
    static func lowIncomePart(_ inputs: Inputs) -> Part {
        let caveat = inputs.lowIncomeMeasure.caveat
        let group = inputs.lowIncomeGroup
        switch inputs.lowIncome {
        case .areaRate(let rate, let evidence, let scope):
            let share = Figure(
                id: "riskGroups.lowIncome.share", value: rate.value, unit: "proportion of births (\(scope.rawValue))",
                source: "\(scope.rawValue): \(rate.source)", basis: rate.basis,
                derivation: [rate.derivation, caveat].compactMap { $0 }.joined(separator: " "))
            return Part(
                group: RiskGroupInput(
                    id: group.id, label: group.label, share: share, prevalence: group.prevalence, scope: scope, evidence: evidence),
                text:
                    "low income \(NumberFormat.percent(rate.value)) is the \(evidence.measure), \(evidence.year), for \(evidence.geography) (\(scope.rawValue); \(rate.basis.rawValue)). \(caveat)"
            )
        case .constituents(let parts, let areaDescription, let geography):
            return constituentsPart(inputs, parts: parts, areaDescription: areaDescription, geography: geography)
        case .none(let reason):
            return Part(
                group: nil, text: "no low-income share (\(reason)).",
                findings: [
                    Finding(
                        .riskSharesMissing,
                        message:
                            "The plan uses no low-income adjustment for \(inputs.areaName): \(reason). Its prevalence is therefore understated wherever low income is commoner than in the baseline samples; plan with lowIncomeMeasure \"\(LowIncomeMeasure.cilifFYE2025.rawValue)\" (every UK council), or give a low-income share, stating its basis, in a plan config.",
                        fieldPath: join(inputs.fieldPath, "riskGroups.lowIncome"))
                ])
        }
    }

    /// An ICB under IDACI: the births-weighted mean of its authorities' rates (local-derived).
    static func constituentsPart(_ inputs: Inputs, parts: [WeightedPart], areaDescription: String, geography: String) -> Part {
        let caveat = inputs.lowIncomeMeasure.caveat
        guard let rate = birthsWeightedRate(parts) else {
            return Part(
                group: nil, text: "no low-income share (none of \(inputs.areaName)'s constituent authorities has births to weight by).",
                findings: [
                    Finding(
                        .riskSharesMissing,
                        message:
                            "The plan uses no low-income adjustment for \(inputs.areaName): its constituent authorities give no births to weight their IDACI rates by. Give a low-income share in a plan config if you have one.",
                        fieldPath: join(inputs.fieldPath, "riskGroups.lowIncome"))
                ])
        }
        let births = parts.reduce(0) { $0 + $1.births }
        let terms = parts.map {
            "\($0.code) \($0.name) \(NumberFormat.fixed($0.rate, 3)) × \(birthsText($0.births))" + ($0.note.map { " (\($0))" } ?? "")
        }
        let derivation =
            "Births-weighted mean of the IDACI 2019 rates of the \(parts.count) authorities in \(areaDescription): Σ rate × births ÷ Σ births = ("
            + terms.joined(separator: " + ") + ") ÷ \(birthsText(births)) = \(NumberFormat.fixed(rate, 4)). " + caveat
        let share = Figure(
            id: "riskGroups.lowIncome.share", value: rate, unit: "proportion of births (local-derived, births-weighted)",
            source:
                "local-derived: births-weighted mean of IDACI 2019 rates (MHCLG IoD2019) of \(areaDescription)'s \(parts.count) authorities",
            basis: .derived, derivation: derivation)
        let group = inputs.lowIncomeGroup
        return Part(
            group: RiskGroupInput(
                id: group.id, label: group.label, share: share, prevalence: group.prevalence, scope: .localDerived,
                evidence: inputs.lowIncomeMeasure.evidence(geography: geography)),
            text:
                "low income \(NumberFormat.percent(rate)) is the births-weighted mean of the IDACI 2019 rates of \(inputs.areaName)'s \(parts.count) constituent authorities (local-derived). \(caveat)"
        )
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    private static func birthsText(_ v: Double) -> String { v == v.rounded() ? NumberFormat.fixed(v) : NumberFormat.fixed(v, 2) }
}
