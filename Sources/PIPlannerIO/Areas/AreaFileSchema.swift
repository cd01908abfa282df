/// The shipped area files and their columns. Shared by `AreaDataBuilder` (PIPlannerDataDerivation, writes them)
/// and `AreaCatalog` (reads them), so the two cannot drift apart.
public enum AreaFileSchema {
    /// Folder under `ReferenceData/` holding the shipped area files.
    public static let directory = "areas"
    /// Folder under `ReferenceData/` holding the unchanged source files they are derived from.
    public static let sourcesDirectory = "areas/sources"

    public static let localAuthoritiesFile = "local-authorities.csv"
    public static let icbsFile = "icbs.csv"
    public static let healthBoardsFile = "health-boards.csv"

    public static let localAuthorityColumns = [
        "gss_code",
        "name",
        "nation",
        "tier",
        "parent_upper_tier_code",
        "is_planning_unit",
        "population_mid2022_persons",
        "population_mid2022_age0_persons",
        "live_births_2022",
        "births_basis",
        "births_note",
        "idaci2019_rate",
        "idaci2019_basis",
        "idaci2019_note",
        "cilif_fye2025_share",
        "cilif_fye2025_children_low_income",
        "cilif_fye2025_children_aged_0_15",
        "cilif_fye2025_basis",
        "cilif_fye2025_note",
        "cin_2024_rate_per_10000",
        "cin_2024_basis",
        "cin_2024_note",
        "icb22_codes",
        "icb22_lsoa11_counts",
        "icb22_lsoa11_shares",
        "health_board_code",
    ]

    public static let icbColumns = icbOwnColumns + cilifColumns

    public static let healthBoardColumns = healthBoardOwnColumns + cilifColumns

    private static let icbOwnColumns = [
        "icb22_code",
        "icb22_ods_code",
        "icb22_name",
        "population_mid2022_persons",
        "population_mid2022_age0_persons",
        "live_births_2022",
        "basis",
        "n_lower_tier_las",
        "lower_tier_la_codes",
        "apportioned_la_parts",
        "note",
    ]

    private static let healthBoardOwnColumns = [
        "board_code",
        "board_name",
        "nation",
        "board_type",
        "population_mid2022_persons",
        "population_mid2022_age0_persons",
        "live_births_2022",
        "basis",
        "n_local_authorities",
        "la_codes",
        "note",
    ]

    /// The children-in-low-income-families columns of the roll-ups (`icbs.csv`, `health-boards.csv`): the same as an
    /// authority's, summed over its authorities.
    public static let cilifColumns = [
        "cilif_fye2025_share",
        "cilif_fye2025_children_low_income",
        "cilif_fye2025_children_aged_0_15",
        "cilif_fye2025_basis",
        "cilif_fye2025_note",
    ]

    /// Separator inside list-valued cells (`icb22_codes`, `la_codes`, ...).
    public static let listSeparator: Character = ";"
}
