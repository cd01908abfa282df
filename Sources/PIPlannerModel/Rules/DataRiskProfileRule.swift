/// Risk-group shares for an area planned from the shipped area data, each marked local or national.
///
/// - **Low income** (local): share = the area's IDACI 2019 average score, the proportion (0–1) of children
///   aged 0–15 in income-deprived families (MHCLG IoD2019, 2015/16 data). For a roll-up of authorities
///   (an ICB) it is the births-weighted mean over its constituent authorities,
///   `r = Σᵢ rᵢ·bᵢ / Σᵢ bᵢ` (proportion; bᵢ live births a year). Using a 0–15 children measure as a
///   share of *births* is an assumption (Methodology §2.7). Where no rate is shipped (Wales, Scotland,
///   Northern Ireland, their health boards) the group is left out and a `riskSharesMissing` finding says so.
/// - **Maltreatment** (national): share = England's babies under one in need ÷ England's live births,
///   19,640 / 577,046 = 0.0340 (001 note ix; ONS 2022): different years, a proxy for "maltreatment or
///   risk of it" (004). Outside England it is England's figure, used for want of one for that nation.
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
        /// The area's own rate, as a figure with its source and basis.
        case areaRate(Figure)
        /// The rates of the authorities the area is made of (an ICB).
        case constituents([WeightedPart], areaDescription: String)
        /// No rate: why not.
        case none(reason: String)
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

    /// The shares found and what the plan must say about them.
    public struct Profile: Sendable, Equatable {
        public var groups: [RiskGroupInput]
        public var findings: [Diagnostic]
        /// The low-income share used, if any.
        public var lowIncomeShare: Figure?
        /// The maltreatment share used.
        public var maltreatmentShare: Figure
    }

    /// `Σ rᵢ·bᵢ / Σ bᵢ`; nil when there are no parts or no births.
    public static func birthsWeightedRate(_ parts: [WeightedPart]) -> Double? {
        let births = parts.reduce(0) { $0 + $1.births }
        guard !parts.isEmpty, births > 0 else { return nil }
        return parts.reduce(0) { $0 + $1.rate * $1.births } / births
    }

    /// The risk groups and findings for one area.
    ///
    /// - Parameters:
    ///   - areaName: for messages, e.g. "Leeds".
    ///   - nationName: the area's nation, e.g. "England".
    ///   - fieldPath: where findings point, e.g. `areas[E08000035]`.
    ///   - lowIncome: what the data holds about the area's low-income share.
    ///   - lowIncomeGroup: the low-income group's id, label and reference prevalence.
    ///   - maltreatmentShare: the national share figure (`riskGroups.maltreatment.nationalShare`).
    ///   - maltreatmentGroup: the maltreatment group's id, label and reference prevalence.
    ///   - nationalShareNation: the nation the national share describes ("England").
    ///   - omitted: groups with no cited share (substance misuse, parental depression).
    ///   - householdsTwoOfTrio: 001's count of babies in households with two of the three risks, quoted in the finding.
    ///   - householdsAllThreeOfTrio: 001's count of babies in households with all three, quoted in the finding.
    public static func profile(
        areaName: String, nationName: String, fieldPath: String,
        lowIncome: LowIncomeEvidence, lowIncomeGroup: GroupReference,
        maltreatmentShare: Figure, maltreatmentGroup: GroupReference, nationalShareNation: String,
        omitted: [GroupReference], householdsTwoOfTrio: Figure, householdsAllThreeOfTrio: Figure
    ) -> Profile {
        var groups: [RiskGroupInput] = []
        var findings: [Diagnostic] = []
        let proxyCaveat =
            "IDACI is the share of children aged 0–15 in income-deprived families (IoD2019, 2015/16 data); using it as the share of births in low-income families is an assumption (Methodology §2.7)."

        // Low income.
        var lowIncomeShare: Figure? = nil
        var lowIncomeText: String
        switch lowIncome {
        case .areaRate(let rate):
            let share = Figure(
                id: "riskGroups.lowIncome.share", value: rate.value, unit: "proportion of births (local)",
                source: "local: \(rate.source)", basis: rate.basis,
                derivation: [rate.derivation, proxyCaveat].compactMap { $0 }.joined(separator: " "))
            lowIncomeShare = share
            lowIncomeText =
                "low income \(NumberFormat.percent(rate.value)) is \(areaName)'s own IDACI 2019 rate (local; \(rate.basis.rawValue)). \(proxyCaveat)"
        case .constituents(let parts, let areaDescription):
            if let rate = birthsWeightedRate(parts) {
                let births = parts.reduce(0) { $0 + $1.births }
                let terms = parts.map {
                    "\($0.code) \($0.name) \(fmt3($0.rate)) × \(fmtBirths($0.births))" + ($0.note.map { " (\($0))" } ?? "")
                }
                let derivation =
                    "Births-weighted mean of the IDACI 2019 rates of the \(parts.count) authorities in \(areaDescription): Σ rate × births ÷ Σ births = ("
                    + terms.joined(separator: " + ") + ") ÷ \(fmtBirths(births)) = \(NumberFormat.fixed(rate, 4)). " + proxyCaveat
                let share = Figure(
                    id: "riskGroups.lowIncome.share", value: rate, unit: "proportion of births (local, births-weighted)",
                    source:
                        "local: births-weighted mean of IDACI 2019 rates (MHCLG IoD2019) of \(areaDescription)'s \(parts.count) authorities",
                    basis: .derived, derivation: derivation)
                lowIncomeShare = share
                lowIncomeText =
                    "low income \(NumberFormat.percent(rate)) is the births-weighted mean of the IDACI 2019 rates of \(areaName)'s \(parts.count) constituent authorities (local; derived). \(proxyCaveat)"
            } else {
                lowIncomeText = "no low-income share (none of \(areaName)'s constituent authorities has births to weight by)."
                findings.append(
                    Diagnostic(
                        .riskSharesMissing,
                        message:
                            "The plan uses no low-income adjustment for \(areaName): its constituent authorities give no births to weight their IDACI rates by. Give a low-income share in a plan config if you have one.",
                        fieldPath: join(fieldPath, "riskGroups.lowIncome")))
            }
        case .none(let reason):
            lowIncomeText = "no low-income share (\(reason))."
            findings.append(
                Diagnostic(
                    .riskSharesMissing,
                    message:
                        "The plan uses no low-income adjustment for \(areaName): \(reason). Its prevalence is therefore understated wherever low income is commoner than in the baseline samples; give a low-income share (e.g. from WIMD, SIMD or NIMDM, stating its basis) in a plan config if you have one.",
                    fieldPath: join(fieldPath, "riskGroups.lowIncome")))
        }
        if let lowIncomeShare {
            groups.append(
                RiskGroupInput(
                    id: lowIncomeGroup.id, label: lowIncomeGroup.label, share: lowIncomeShare, prevalence: lowIncomeGroup.prevalence,
                    scope: .local))
        }

        // Maltreatment: the national figure.
        let outside = nationName != nationalShareNation
        var malt = maltreatmentShare
        malt.id = "riskGroups.maltreatment.share"
        malt.unit = "proportion of births (national, \(nationalShareNation))"
        malt.source = "national (\(nationalShareNation)): \(maltreatmentShare.source)"
        if outside {
            malt.derivation = [
                maltreatmentShare.derivation,
                "\(nationalShareNation)'s figure, applied to \(nationName) because no figure for \(nationName) is shipped.",
            ].compactMap { $0 }.joined(separator: " ")
        }
        groups.append(
            RiskGroupInput(
                id: maltreatmentGroup.id, label: maltreatmentGroup.label, share: malt, prevalence: maltreatmentGroup.prevalence,
                scope: .national))

        let omittedText =
            omitted.isEmpty
            ? ""
            : " " + omitted.map(\.id).joined(separator: " and ")
                + ": not applied, because no source gives a share of births for \(omitted.count == 1 ? "it" : "either group") (001's \(NumberFormat.fixed(householdsTwoOfTrio.value)) and \(NumberFormat.fixed(householdsAllThreeOfTrio.value)) are babies in households with two or all three of parental mental ill-health, domestic violence and substance misuse); the prevalence is understated to that extent."
        let message =
            "Risk shares from shipped data for \(areaName): " + lowIncomeText
            + " Maltreatment \(NumberFormat.percent(malt.value)) is a national figure (\(nationalShareNation)"
            + (outside ? ", applied to \(nationName) for want of a \(nationName) figure" : "")
            + "): \(maltreatmentShare.derivation ?? maltreatmentShare.source)" + omittedText
        findings.insert(
            Diagnostic(
                .riskSharesNational, .note, message: message, fieldPath: join(fieldPath, "riskGroups"), source: maltreatmentShare.source),
            at: 0)
        return Profile(groups: groups, findings: findings, lowIncomeShare: lowIncomeShare, maltreatmentShare: malt)
    }

    private static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    private static func fmt3(_ v: Double) -> String { NumberFormat.fixed(v, 3) }
    private static func fmtBirths(_ v: Double) -> String { v == v.rounded() ? NumberFormat.fixed(v) : NumberFormat.fixed(v, 2) }
}
