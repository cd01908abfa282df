import PIPlannerIO

/// The NHS areas each authority is in: ICBs (July 2022, England) by LSOA11 count, and the Welsh and
/// Scottish health boards from their lookups.
extension AreaDerivation {
    /// ICB membership of every English authority, by the LSOA11s it has in each ICB; counties sum their districts.
    mutating func addICBShares() throws {
        let icbLookup = try table(.lad22ToICB22, ["lad22_code", "icb22_code", "lsoa11_count_in_pair_derived"])
        var lsoaCounts: [String: [String: Int]] = [:]  // LAD23 → ICB → LSOA11 count
        for row in icbLookup.rows {
            let lad22 = try icbLookup.required(row, "lad22_code")
            guard let lad23 = lad22ToLad23[lad22] else {
                throw AreaDataError(
                    file: icbLookup.file, line: row.line, column: "lad22_code", message: "\(lad22) is not in the LAD22 to LAD23 lookup")
            }
            lsoaCounts[lad23, default: [:]][try icbLookup.required(row, "icb22_code"), default: 0] += try icbLookup.int(
                row, "lsoa11_count_in_pair_derived")
        }
        for la in las where la.nation == .england && la.tier != .county {
            guard let counts = lsoaCounts[la.code] else {
                throw AreaDataError(file: icbLookup.file, message: "no LSOA11 in any ICB for \(la.code) \(la.name)")
            }
            las[laIndex[la.code]!].setICBs(counts)
        }
        for la in las where la.tier == .county {
            var counts: [String: Int] = [:]
            for district in las where district.parent == la.code {
                for (icb, n) in lsoaCounts[district.code] ?? [:] { counts[icb, default: 0] += n }
            }
            las[laIndex[la.code]!].setICBs(counts)
        }
    }

    /// The health board of every Welsh and Scottish authority, and every board's name.
    mutating func addHealthBoards() throws {
        let walesTable = try table(.walesUAToLHB, ["ua_code", "lhb22_code", "lhb22_name"])
        let scotlandTable = try table(.scotlandCAToHB, ["council_area_code", "health_board_code"])
        let namesTable = try table(.healthBoardSums, ["board_code", "board_name"])
        for row in namesTable.rows { boardNames[try namesTable.required(row, "board_code")] = try namesTable.required(row, "board_name") }
        for (table, laColumn, boardColumn) in [
            (walesTable, "ua_code", "lhb22_code"), (scotlandTable, "council_area_code", "health_board_code"),
        ] {
            for row in table.rows {
                let code = try table.required(row, laColumn)
                guard let i = laIndex[code] else {
                    throw AreaDataError(
                        file: table.file, line: row.line, column: laColumn, message: "\(code) is not in the mid-2022 population file")
                }
                las[i].healthBoard = try table.required(row, boardColumn)
            }
        }
        for row in walesTable.rows { boardNames[try walesTable.required(row, "lhb22_code")] = try walesTable.required(row, "lhb22_name") }
        if let missing = las.first(where: { ($0.nation == .wales || $0.nation == .scotland) && $0.healthBoard == nil }) {
            throw AreaDataError(
                file: missing.nation == .wales ? walesTable.file : scotlandTable.file,
                message: "no health board for \(missing.code) \(missing.name)")
        }
    }
}
