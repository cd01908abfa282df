/// How an April 2023 English upper-tier authority missing from the IoD2019 upper-tier file (File 11) relates to
/// 2019 areas. The derivation (`PIPlannerDataDerivation`) computes each rate from it; the runtime reads it to say
/// how a shipped rate was obtained.
package enum IoD2019Succession: Sendable {
    /// Same area as a 2019 upper-tier authority with another code: its published rate applies unchanged.
    case sameArea(predecessor: String, change: String)
    /// Made of whole 2019 lower-tier districts (part of a 2019 county): weighted from File 10.
    case districts([String], change: String)

    /// Boundary changes between the IoD2019 geography and April 2023 (England), by 2023 code. The 2020 and 2021
    /// district lists are not in any staged lookup, so they are written here from the structural change orders;
    /// the 2023 lists are checked against `ons_lookup_lad22_lad23.csv` when deriving.
    package static let byCode: [String: IoD2019Succession] = [
        "E06000060": .sameArea(
            predecessor: "E10000002",
            change:
                "Buckinghamshire County Council and its 4 districts were replaced on 1 April 2020 by one unitary council for the same area (The Buckinghamshire (Structural Changes) Order 2019)"
        ),
        "E06000061": .districts(
            ["E07000150", "E07000152", "E07000153", "E07000156"],
            change: "created on 1 April 2021 from 4 of Northamptonshire's districts (The Northamptonshire (Structural Changes) Order 2020)"),
        "E06000062": .districts(
            ["E07000151", "E07000154", "E07000155"],
            change: "created on 1 April 2021 from 3 of Northamptonshire's districts (The Northamptonshire (Structural Changes) Order 2020)"),
        "E06000063": .districts(
            ["E07000026", "E07000028", "E07000029"],
            change: "created on 1 April 2023 from 3 of Cumbria's districts (The Cumbria (Structural Changes) Order 2022)"),
        "E06000064": .districts(
            ["E07000027", "E07000030", "E07000031"],
            change: "created on 1 April 2023 from 3 of Cumbria's districts (The Cumbria (Structural Changes) Order 2022)"),
        "E06000065": .sameArea(
            predecessor: "E10000023",
            change:
                "North Yorkshire County Council and its 7 districts were replaced on 1 April 2023 by one unitary council for the same area (The North Yorkshire (Structural Changes) Order 2022)"
        ),
        "E06000066": .sameArea(
            predecessor: "E10000027",
            change:
                "Somerset County Council and its 4 districts were replaced on 1 April 2023 by one unitary council for the same area (The Somerset (Structural Changes) Order 2022)"
        ),
    ]
}
