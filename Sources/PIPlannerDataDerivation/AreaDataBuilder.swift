import PIPlannerIO

/// Derives the shipped area files (`ReferenceData/areas/*.csv`) from the unchanged source
/// files in `ReferenceData/areas/sources/`. Pure: text in, text out, no file I/O
/// (`AreaDataFiles` reads and writes). Every step is described in `ReferenceData/areas/README.md`;
/// `AreaDataDerivationTests` re-runs it and fails if a shipped file differs by one byte.
public enum AreaDataBuilder {
    /// The source files the derivation reads, by file name in `ReferenceData/areas/sources/`.
    public enum SourceFile: String, CaseIterable, Sendable {
        /// ONS mid-2022 population estimates, UK, April 2023 boundaries.
        case population = "ons_mye_mid2022_population_uk_la_2023boundaries.csv"
        /// ONS Birth characteristics 2022, Table 1 (pre-April-2023 boundaries).
        case births = "ons_live_births_2022_by_area_uk.csv"
        /// MHCLG IoD2019 File 11, upper-tier LAs as at 2019.
        case iod2019UpperTier = "mhclg_iod2019_utla_summary.csv"
        /// MHCLG IoD2019 File 10, lower-tier LADs as at 2019.
        case iod2019LowerTier = "mhclg_iod2019_ltla_summary.csv"
        /// ONS LAD 2022 to LAD 2023 lookup.
        case lad22ToLad23 = "ons_lookup_lad22_lad23.csv"
        /// ONS LTLA to UTLA (April 2023) lookup, England and Wales.
        case ltla23ToUtla23 = "ons_lookup_ltla23_utla23.csv"
        /// ONS LSOA11 → sub-ICB → ICB (July 2022), counted by LAD22 × sub-ICB.
        case lad22ToICB22 = "ons_lookup_ltla22_sicbl22_icb22_from_lsoa11.csv"
        /// The 42 ICBs (July 2022): codes, ODS codes, names.
        case icb22List = "ons_icb22_list.csv"
        /// ONS Unitary Authority to Local Health Board (December 2022), Wales.
        case walesUAToLHB = "ons_lookup_wales_ua22_lhb22.csv"
        /// PHS council area to health board (2019), Scotland.
        case scotlandCAToHB = "phs_lookup_scotland_ca_hb19.csv"
        /// Staged health-board sums; only its Scottish board names are used (the PHS lookup has none).
        case healthBoardSums = "derived_health_board_population_mid2022_births_2022.csv"
        /// DWP/HMRC Children in low income families, Table 7: children 0–15 in relative low income before housing
        /// costs, FYE 2022–2025, every UK authority (April 2023 boundaries).
        case lowIncome = "dwp_cilif_la_children_0_15_relative_low_income_bhc_fye2022_2025.csv"
        /// DfE Characteristics of children in need 2024, b1: children in need and rates per 10,000, 2020–2024.
        case childrenInNeed = "dfe_children_in_need_b1_2020_2024.csv"
    }

    /// Derives the shipped files. `sources` must hold the text of every `SourceFile`.
    /// Returns the text of each shipped file keyed by its file name (`AreaFileSchema`).
    /// The stages run in this order because each reads what the one before filled in.
    public static func build(sources: [SourceFile: String]) throws -> [String: String] {
        var derivation = try AreaDerivation(sources: sources)
        try derivation.assignUpperTierParents()
        try derivation.checkPlanningUnitCounts()
        try derivation.addBirths()
        try derivation.addIDACI()
        try derivation.addLowIncome()
        try derivation.addChildrenInNeed()
        try derivation.addICBShares()
        try derivation.addHealthBoards()
        return try derivation.shippedFiles()
    }

    /// Nation and tier from a GSS code's entity prefix; nil for areas that are not local authorities
    /// (countries, regions, metropolitan counties).
    static func classify(_ code: String) -> (AreaNation, AreaTier)? {
        switch code.prefix(3) {
        case "E10": return (.england, .county)
        case "E06": return (.england, .unitary)
        case "E08": return (.england, .metropolitanDistrict)
        case "E09": return (.england, .londonBorough)
        case "E07": return (.england, .nonMetropolitanDistrict)
        case "W06": return (.wales, .welshUnitary)
        case "S12": return (.scotland, .scottishCouncil)
        case "N09": return (.northernIreland, .niDistrict)
        default: return nil
        }
    }
}
