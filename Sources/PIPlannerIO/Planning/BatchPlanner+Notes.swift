import Foundation
import PIPlannerModel

extension BatchPlanner {
    /// Coverage and boundary-change notes for the areas planned (ReferenceData/areas/README.md).
    static func notes(selection: BatchSelection, catalog: AreaCatalog, planned: [DataArea]) -> [String] {
        var notes: [String] = []
        let las = planned.compactMap(\.record)
        if case .set(let set) = selection, set == .all || set == .england {
            notes += coverageNotes(set: set, catalog: catalog, authorities: las)
        }
        notes += boundaryNotes(las)
        let icbs = planned.filter { $0.area.kind == .icb }
        if !icbs.isEmpty {
            let approx = icbs.filter(\.area.isApproximate).count
            notes.append(
                "ICB figures are sums over lower-tier authorities; \(approx) of \(icbs.count) include an authority split between ICBs, apportioned by LSOA count (approximate). Low-income shares are births-weighted means of the authorities' IDACI rates, districts taking their county's rate."
            )
        }
        let noLowIncome = planned.filter { $0.lowIncomeBasis == "none" }
        if !noLowIncome.isEmpty {
            let nations = Array(Set(noLowIncome.map(\.area.nation))).sorted { $0.rawValue < $1.rawValue }.map(\.displayName)
            notes.append(
                "No low-income adjustment for \(noLowIncome.count) area\(noLowIncome.count == 1 ? "" : "s") (\(nations.joined(separator: ", "))): IDACI covers England only and no other deprivation measure is shipped (finding risk-shares-missing)."
            )
        }
        notes.append(
            "Risk shares: low income is local where an IDACI 2019 rate is shipped (a share of children aged 0–15 used for births: an assumption); maltreatment is national (England's babies under one in need ÷ England's births in 2022, different years; England's figure outside England); substance misuse and parental depression are not applied (no cited share). Every area: existing WTE 0 and no funding (the whole cost is unfunded)."
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

    /// Births summed or apportioned for new boundaries, and IDACI rates carried over or derived for new authorities.
    private static func boundaryNotes(_ las: [AreaRecord]) -> [String] {
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
        let derived = las.filter { $0.idaciBasis == .derived }
        if !derived.isEmpty {
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
