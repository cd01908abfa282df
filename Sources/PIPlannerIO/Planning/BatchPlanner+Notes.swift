import Foundation
import PIPlannerModel

extension BatchPlanner {
    /// Coverage and boundary-change notes for the areas planned, and where their risk shares come from
    /// (ReferenceData/areas/README.md).
    static func notes(selection: BatchSelection, catalog: AreaCatalog, planned: [(area: DataArea, plan: AreaPlan)]) -> [String] {
        var notes: [String] = []
        let las = planned.compactMap(\.area.record)
        if case .set(let set) = selection, set == .all || set == .england {
            notes += coverageNotes(set: set, catalog: catalog, authorities: las)
        }
        let measure = planned.first?.area.lowIncomeMeasure ?? .cilifFYE2025
        notes += boundaryNotes(las, measure: measure)
        let icbs = planned.filter { $0.area.area.kind == .icb }
        if !icbs.isEmpty {
            let approx = icbs.filter(\.area.area.isApproximate).count
            let lowIncome =
                measure == .cilifFYE2025
                ? "Low-income shares are Σ children aged 0–15 in low income ÷ Σ children aged 0–15 over their authorities (split ones apportioned likewise)."
                : "Low-income shares are births-weighted means of the authorities' IDACI rates, districts taking their county's rate."
            notes.append(
                "ICB figures are sums over lower-tier authorities; \(approx) of \(icbs.count) include an authority split between ICBs, apportioned by LSOA count (approximate). \(lowIncome)"
            )
        }
        return notes + shareNotes(planned, measure: measure)
    }

    /// How many areas have a local low-income share and a local maltreatment proxy, and what the others use.
    private static func shareNotes(_ planned: [(area: DataArea, plan: AreaPlan)], measure: LowIncomeMeasure) -> [String] {
        func count(_ n: Int) -> String { "\(n) area\(n == 1 ? "" : "s")" }
        let lowIncome = Dictionary(grouping: planned) { $0.area.shareBasis(of: "lowIncome", in: $0.plan) }
        let local = (lowIncome["local"]?.count ?? 0) + (lowIncome["local-derived"]?.count ?? 0)
        var notes = [
            "Low-income share (\(measure.rawValue): \(measure.measureText), \(measure.year)): local in \(local) of \(count(planned.count)); a share of children aged 0–15 used as the share of births (an assumption)."
        ]
        if let none = lowIncome["none"], !none.isEmpty {
            let nations = Array(Set(none.map(\.area.area.nation))).sorted { $0.rawValue < $1.rawValue }.map(\.displayName)
            notes.append(
                "No low-income adjustment for \(count(none.count)) (\(nations.joined(separator: ", "))): \(measure == .idaci2019 ? "IDACI 2019 covers England only; lowIncomeMeasure \"cilif-fye2025\" covers every UK council" : "no share is shipped for them") (finding risk-shares-missing)."
            )
        }
        let maltreatment = Dictionary(grouping: planned) { $0.area.shareBasis(of: "maltreatment", in: $0.plan) }
        var parts: [String] = []
        if let proxies = maltreatment["local-derived"], !proxies.isEmpty {
            parts.append(
                "a local-derived proxy in \(count(proxies.count)) (English authorities with a published children-in-need rate at 31 March 2024: England's under-1 share × the authority's rate ÷ England's, assuming the same age mix of children in need everywhere)"
            )
        }
        if let national = maltreatment["national"], !national.isEmpty {
            let unavailable = national.filter { $0.area.record?.childrenInNeedBasis == .unavailable }.map {
                "\($0.area.area.name) \($0.area.area.code)"
            }
            parts.append(
                "England's national share (babies under one in need ÷ live births, 2022) in \(count(national.count))"
                    + (unavailable.isEmpty
                        ? "" : ", including \(unavailable.joined(separator: ", ")) (no published rate: finding risk-shares-missing)")
                    + (national.contains { $0.area.area.nation != .england }
                        ? "; outside England it is England's figure, used for want of one for that nation" : ""))
        }
        let text = "Maltreatment share: " + (parts.isEmpty ? "not applied" : parts.joined(separator: "; "))
        notes.append(
            text
                + ". Substance misuse and parental depression are not applied (no cited share). Every area: existing WTE 0 and no funding (the whole cost is unfunded)."
        )
        return notes
    }

    /// For `all` and `england`: how many authorities of each nation were planned, and the districts left to their counties.
    private static func coverageNotes(set: AreaSet, catalog: AreaCatalog, authorities las: [AreaRecord]) -> [String] {
        var counts: [String] = []
        for nation in (set == .all ? AreaNation.allCases : [.england]) {
            let n = las.filter { $0.nation == nation }.count
            let what: String
            switch nation {
            case .england: what = "English upper-tier (counties, unitaries, metropolitan districts, London boroughs)"
            case .wales: what = "Welsh unitary authorities"
            case .scotland: what = "Scottish council areas"
            case .northernIreland: what = "Northern Ireland districts"
            }
            counts.append("\(n) \(what)")
        }
        let districts = catalog.localAuthorities.filter { $0.tier == .nonMetropolitanDistrict }
        let counties = Set(districts.compactMap(\.parentCode))
        return [
            "Planned: " + counts.joined(separator: ", ") + ".",
            "The \(districts.count) English non-metropolitan districts are not planned separately: each is covered by its county (\(counties.count) counties).",
        ]
    }

    /// Births summed or apportioned for new boundaries, county low-income counts summed over their districts, and
    /// IDACI rates carried over or derived for new authorities.
    private static func boundaryNotes(_ las: [AreaRecord], measure: LowIncomeMeasure) -> [String] {
        var notes: [String] = []
        let summed = las.filter { $0.birthsBasis == .summed }
        if !summed.isEmpty {
            notes.append(
                "Births of " + summed.map(\.name).joined(separator: ", ")
                    + " (April 2023 unitaries) are the exact sums of the 2022 births of the districts they replaced.")
        }
        let apportioned = las.filter { $0.birthsBasis == .apportioned }
        if !apportioned.isEmpty {
            notes.append(
                "Births of " + apportioned.map(\.name).joined(separator: " and ")
                    + " are apportioned from ONS's single combined figure by age-0 population (approximate).")
        }
        let summedCounties = las.filter { $0.lowIncome?.basis == .summed }
        if measure == .cilifFYE2025 && !summedCounties.isEmpty {
            notes.append(
                "Children in low income families are published for districts, not counties: the \(summedCounties.count) counties' shares are Σ district counts ÷ Σ district children aged 0–15 (exact sums)."
            )
        }
        let derived = las.filter { $0.idaciBasis == .derived }
        if measure == .idaci2019 && !derived.isEmpty {
            let fromDistricts = derived.filter {
                if case .districts? = IoD2019Succession.byCode[$0.code] { return true } else { return false }
            }
            let carried = derived.filter { d in !fromDistricts.contains { $0.code == d.code } }
            var text = "IDACI 2019 rates for authorities created 2020–2023:"
            if !carried.isEmpty {
                text +=
                    " " + carried.map(\.name).joined(separator: ", ") + " carry over their predecessor county's published rate (same area);"
            }
            if !fromDistricts.isEmpty {
                text +=
                    " " + fromDistricts.map(\.name).joined(separator: ", ")
                    + " are weighted from their 2019 districts (File 10): approximate, within the tolerance ReferenceData/areas/README.md states."
            }
            notes.append(text)
        }
        return notes
    }
}
