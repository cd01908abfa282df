import Foundation
import PIPlannerModel

/// What the data holds about an area's low-income share under the scenario's measure, and any note on how it was got.
struct LowIncomeLookup {
    var evidence: DataRiskProfileRule.LowIncomeEvidence
    var findings: [Finding] = []
}

extension DataAreaBuilder {
    static let cilifSource = "DWP/HMRC Children in low income families FYE 2025, Table 7 (relative low income before housing costs)"

    /// The area's low-income evidence: under `cilif-fye2025` its shipped share (every UK area); under `idaci-2019` an
    /// English authority's IDACI rate or an ICB's births-weighted mean of its authorities' rates (none elsewhere).
    func lowIncomeEvidence(_ area: PlanningArea, path: String) -> Result<LowIncomeLookup, DataAreaFailure> {
        switch (scenario.lowIncomeMeasure, area.kind) {
        case (.cilifFYE2025, .localAuthority):
            let la = catalog.localAuthority(code: area.code)
            let summed = la.map { catalog.districts(of: $0.code).count } ?? 0
            return .success(
                cilif(
                    area, la?.lowIncome, row: "\(AreaFileSchema.localAuthoritiesFile) line \(la?.line ?? 0)",
                    parts: "\(summed) districts"))
        case (.cilifFYE2025, .icb):
            let icb = catalog.icb(code: area.code)
            return .success(
                cilif(
                    area, icb?.lowIncome, row: "\(AreaFileSchema.icbsFile) line \(icb?.line ?? 0)",
                    parts: "\(icb?.lowerTierLACodes.count ?? 0) lower-tier authorities"))
        case (.cilifFYE2025, .healthBoard):
            let board = catalog.healthBoard(code: area.code)
            return .success(
                cilif(
                    area, board?.lowIncome, row: "\(AreaFileSchema.healthBoardsFile) line \(board?.line ?? 0)",
                    parts: "\(board?.laCodes.count ?? 0) authorities"))
        case (.idaci2019, .localAuthority):
            return .success(idaci(area, path: path))
        case (.idaci2019, .icb):
            guard let icb = catalog.icb(code: area.code) else { return .success(LowIncomeLookup(evidence: .none(reason: "no ICB row"))) }
            return constituents(of: icb).map {
                LowIncomeLookup(
                    evidence: .constituents(
                        $0, areaDescription: icb.name,
                        geography: "\(icb.name) (\(icb.code)), births-weighted over its \($0.count) lower-tier authorities"))
            }
        case (.idaci2019, .healthBoard):
            return .success(LowIncomeLookup(evidence: .none(reason: Self.noIDACIReason(nation: area.nation, code: area.code, note: nil))))
        }
    }

    /// The shipped CILIF share: a council's as published, a roll-up's as Σ counts ÷ Σ denominators over its `parts`.
    private func cilif(_ area: PlanningArea, _ figures: LowIncomeFigures?, row: String, parts: String) -> LowIncomeLookup {
        guard let f = figures else {
            return LowIncomeLookup(
                evidence: .none(
                    reason:
                        "no children-in-low-income-families share (FYE 2025) is shipped for \(area.code) (\(row), cilif_fye2025_basis none)"
                ))
        }
        let place = "\(area.name) (\(area.code))"
        let geography: String
        switch f.basis {
        case .published, .none: geography = place
        case .summed: geography = "\(place), summed over its \(parts)"
        case .apportioned: geography = "\(place), summed over its \(parts), split ones apportioned by LSOA count"
        }
        let ratio =
            "\(NumberFormat.number(Double(f.childrenLowIncome))) children aged 0–15 in low income ÷ \(NumberFormat.number(Double(f.childrenAged0To15))) children aged 0–15 = \(NumberFormat.fixed(f.share, 6))"
        let figure = Figure(
            id: "cilifFYE2025Share", value: f.share, unit: "proportion of children aged 0–15",
            source: "\(Self.cilifSource) for \(geography), \(row)", basis: f.basis == .published ? .published : .derived,
            derivation: f.basis == .published
                ? nil : "Σ children in low income ÷ Σ children aged 0–15 over its \(parts): \(ratio) (every term: \(row)).")
        return LowIncomeLookup(evidence: .areaRate(figure, scenario.lowIncomeMeasure.evidence(geography: geography), scope: .local))
    }

    /// An English authority's IDACI 2019 rate (local when published, local-derived for a 2020–2023 authority); none
    /// outside England.
    private func idaci(_ area: PlanningArea, path: String) -> LowIncomeLookup {
        guard let la = catalog.localAuthority(code: area.code), let rate = la.idaciRate else {
            let la = catalog.localAuthority(code: area.code)
            return LowIncomeLookup(
                evidence: .none(reason: Self.noIDACIReason(nation: area.nation, code: area.code, note: la?.idaciNote)))
        }
        let row = "\(AreaFileSchema.localAuthoritiesFile) line \(la.line)"
        let figure = Figure(
            id: "idaci2019Rate", value: rate, unit: "proportion of children aged 0–15",
            source: "MHCLG IoD2019 IDACI average score for \(la.code) (\(la.idaciNote)), \(row)",
            basis: la.idaciBasis == .published ? .published : .derived, derivation: la.idaciBasis == .derived ? la.idaciNote : nil)
        var lookup = LowIncomeLookup(
            evidence: .areaRate(
                figure, scenario.lowIncomeMeasure.evidence(geography: "\(la.name) (\(la.code))"),
                scope: la.idaciBasis == .published ? .local : .localDerived))
        if case .districts? = IoD2019Succession.byCode[la.code] {
            lookup.findings.append(
                Finding(
                    .boundaryApproximation, .note,
                    message:
                        "\(la.name)'s IDACI rate (\(NumberFormat.trimmed(rate, 3))) is derived from its 2019 districts, not published: \(la.idaciNote). See ReferenceData/areas/README.md, IDACI 2019.",
                    fieldPath: "\(path).riskGroups.lowIncome", source: "MHCLG IoD2019 File 10"))
        }
        return lookup
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
            let parent = la.parentCode.flatMap { catalog.localAuthority(code: $0) }
            guard let rate = la.idaciRate ?? parent?.idaciRate else {
                return .failure(
                    DataAreaFailure(
                        code: icb.code, name: icb.name,
                        reason:
                            "its authority \(code) \(la.name) has no IDACI rate and no county with one, so its low-income share cannot be derived"
                    ))
            }
            let lsoaTotal = la.icbs.reduce(0) { $0 + $1.lsoa11Count }
            var notes: [String] = []
            if la.idaciRate == nil, let parent { notes.append("county \(parent.name) \(parent.code)'s rate") }
            if membership.lsoa11Count != lsoaTotal { notes.append("births × \(membership.lsoa11Count)/\(lsoaTotal) LSOA11s in this ICB") }
            parts.append(
                .init(
                    code: la.code, name: la.name, rate: rate,
                    births: Double(la.birthsCount) * Double(membership.lsoa11Count) / Double(lsoaTotal),
                    note: notes.isEmpty ? nil : notes.joined(separator: "; ")))
        }
        return .success(parts)
    }

    static func noIDACIReason(nation: AreaNation, code: String, note: String?) -> String {
        switch nation {
        case .england:
            return "no IDACI 2019 rate is shipped for \(code)" + (note.map { " (\($0))" } ?? "")
        case .wales, .scotland, .northernIreland:
            return
                "lowIncomeMeasure is \"\(LowIncomeMeasure.idaci2019.rawValue)\", and the IoD2019 IDACI covers England only (\(nation.displayName)'s own index is not comparable with it)"
        }
    }
}
