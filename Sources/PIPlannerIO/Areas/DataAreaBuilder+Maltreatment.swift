import Foundation
import PIPlannerModel

extension DataAreaBuilder {
    /// England's children-in-need rate at 31 March 2024, the denominator of every authority's ratio.
    static let englandChildrenInNeedRateID = "england.childrenInNeedRatePer10000At31March2024"
    /// The date of the shipped children-in-need rates (`cin_2024_*`).
    static let childrenInNeedDate = "31 March 2024"
    /// The year of the shipped national share (`riskGroups.maltreatment.nationalShare`: 31 March 2022 count, 2022 births).
    static let nationalShareReferenceYear = "2022"

    /// The year the national share describes: the shipped figure's, or where a config replaced it.
    static func nationalShareYear(_ share: Figure) -> String {
        share.override.map { "as set by \($0.fieldPath)" } ?? nationalShareReferenceYear
    }

    /// An English upper-tier authority's children-in-need rate against England's (local-derived proxy), a suppressed
    /// or missing rate (national, with a warning naming the authority and year), or no rate published for the area
    /// (national: ICBs, health boards, Wales, Scotland, Northern Ireland).
    func maltreatmentEvidence(_ area: PlanningArea, englandRate: Figure) -> DataRiskProfileRule.MaltreatmentEvidence {
        let place = "\(area.name) (\(area.code))"
        guard area.nation == .england else {
            return .noLocalRate(
                reason: "DfE's children-in-need statistics cover England only; no \(area.nation.displayName) figure is shipped")
        }
        guard area.kind == .localAuthority, let la = catalog.localAuthority(code: area.code) else {
            return .noLocalRate(
                reason:
                    "children-in-need rates are published for upper-tier authorities, not for \(area.kind == .icb ? "ICBs" : "this area"), and no roll-up of them is shipped"
            )
        }
        let row = "\(AreaFileSchema.localAuthoritiesFile) line \(la.line)"
        guard la.childrenInNeedBasis == .published, let rate = la.childrenInNeedRatePer10000 else {
            let detail = la.childrenInNeedNote.isEmpty ? "" : " (\(la.childrenInNeedNote))"
            return .rateUnavailable(
                reason: "DfE publishes no children-in-need rate for \(place) at \(Self.childrenInNeedDate)\(detail); \(row)")
        }
        var england = englandRate
        england.id = Self.englandChildrenInNeedRateID
        return .authorityRate(
            Figure(
                id: "childrenInNeed2024RatePer10000", value: rate, unit: "children in need per 10,000 children aged under 18",
                source:
                    "DfE Characteristics of children in need 2024 (b1), children in need at \(Self.childrenInNeedDate), \(la.code), \(row)",
                basis: .published),
            englandRate: england, geography: place, year: Self.childrenInNeedDate)
    }
}
