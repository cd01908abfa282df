import PIPlannerIO

/// The three shipped files, written from the filled-in authorities: `local-authorities.csv` as is,
/// `icbs.csv` and `health-boards.csv` as sums over them.
extension AreaDerivation {
    /// The text of each shipped file keyed by its file name. Sorts `las` (England, Wales, Scotland, NI; by code within each).
    mutating func shippedFiles() throws -> [String: String] {
        let nationOrder: [AreaNation] = [.england, .wales, .scotland, .northernIreland]
        las.sort { a, b in
            let na = nationOrder.firstIndex(of: a.nation)!
            let nb = nationOrder.firstIndex(of: b.nation)!
            return na != nb ? na < nb : a.code < b.code
        }
        return [
            AreaFileSchema.localAuthoritiesFile: CSVWriter.document(
                header: AreaFileSchema.localAuthorityColumns, rows: localAuthorityRows()),
            AreaFileSchema.icbsFile: CSVWriter.document(header: AreaFileSchema.icbColumns, rows: try icbRows()),
            AreaFileSchema.healthBoardsFile: CSVWriter.document(header: AreaFileSchema.healthBoardColumns, rows: try healthBoardRows()),
        ]
    }

    private func localAuthorityRows() -> [[String]] {
        las.map { la in
            [
                la.code, la.name, la.nation.rawValue, la.tier.rawValue, la.parent ?? "",
                la.tier.isPlanningUnit ? "true" : "false",
                String(la.population), String(la.populationAge0), String(la.births!), la.birthsBasis!.rawValue, la.birthsNote,
                la.idaci ?? "", la.idaciBasis.rawValue, la.idaciNote,
            ] + la.lowIncome!.cells + la.childrenInNeed.cells + [
                la.icbs.map(\.code).joined(separator: ";"),
                la.icbs.map { String($0.count) }.joined(separator: ";"),
                la.icbs.map { Apportionment.decimal($0.count, over: la.icbLSOATotal, places: 4) }.joined(separator: ";"),
                la.healthBoard ?? "",
            ]
        }
    }

    /// Sums over the lower-tier authorities (E06, E07, E08, E09) that partition England; an authority split
    /// between ICBs is apportioned by its LSOA11 counts, by largest remainder so its parts sum to its total.
    private func icbRows() throws -> [[String]] {
        let icbList = try table(.icb22List, ["icb22_code", "icb22_ods_code", "icb22_name"])
        var icbs: [String: DerivedRollUp] = [:]
        var icbOrder: [String] = []
        for row in icbList.rows {
            let code = try icbList.required(row, "icb22_code")
            icbs[code] = DerivedRollUp(name: try icbList.required(row, "icb22_name"), extra: try icbList.required(row, "icb22_ods_code"))
            icbOrder.append(code)
        }
        if icbOrder.count != 42 {
            throw AreaDataError(file: icbList.file, message: "expected 42 ICBs, found \(icbOrder.count)")
        }
        for la in las where la.nation == .england && la.tier != .county {
            let counts = la.icbs.map(\.count)
            let population = Apportionment.largestRemainder(la.population, weights: counts)
            let age0 = Apportionment.largestRemainder(la.populationAge0, weights: counts)
            let birthParts = Apportionment.largestRemainder(la.births!, weights: counts)
            let lowIncomeParts = lowIncomeParts(of: la)
            for (k, icb) in la.icbs.enumerated() {
                guard icbs[icb.code] != nil else {
                    throw AreaDataError(
                        file: SourceFile.lad22ToICB22.rawValue, column: "icb22_code", message: "ICB \(icb.code) is not in \(icbList.file)")
                }
                icbs[icb.code]!.population += population[k]
                icbs[icb.code]!.populationAge0 += age0[k]
                icbs[icb.code]!.births += birthParts[k]
                icbs[icb.code]!.laCodes.append(la.code)
                icbs[icb.code]!.lowIncomeCount += lowIncomeParts[k].count
                icbs[icb.code]!.lowIncomeDenominator += lowIncomeParts[k].denominator
                icbs[icb.code]!.lowIncomeTerms.append(
                    "\(la.code) \(lowIncomeParts[k].count)/\(lowIncomeParts[k].denominator)"
                        + (la.icbs.count > 1 ? " (\(icb.count) of \(la.icbLSOATotal) LSOA11s)" : ""))
                if la.icbs.count > 1 {
                    icbs[icb.code]!.apportioned.append("\(la.code) \(icb.count) of \(la.icbLSOATotal) LSOA11s")
                }
            }
        }
        return try icbOrder.sorted().map { code in
            let roll = icbs[code]!
            if roll.laCodes.isEmpty { throw AreaDataError(file: icbList.file, message: "ICB \(code) has no local authority") }
            let exact = roll.apportioned.isEmpty
            return [
                code, roll.extra, roll.name, String(roll.population), String(roll.populationAge0), String(roll.births),
                exact ? "exact-sum" : "approximate", String(roll.laCodes.count), roll.laCodes.sorted().joined(separator: ";"),
                roll.apportioned.sorted().joined(separator: ";"),
                exact
                    ? "sum over whole lower-tier local authorities"
                    : "sum over lower-tier local authorities; those split between ICBs (apportioned_la_parts) are apportioned by their share of 2011 LSOAs in the ICB (July 2022 lookup), a count of areas not a population weight, rounded by largest remainder so each authority's parts sum to its total",
            ] + Self.rollUpLowIncomeCells(roll, over: "its \(roll.laCodes.count) lower-tier authorities", apportioned: !exact)
        }
    }

    /// Exact sums of whole authorities; Welsh boards first, then Scottish, by code within each.
    private func healthBoardRows() throws -> [[String]] {
        var boards: [String: DerivedRollUp] = [:]
        for la in las {
            guard let board = la.healthBoard else { continue }
            guard let name = boardNames[board] else {
                throw AreaDataError(
                    file: SourceFile.healthBoardSums.rawValue, column: "board_code", message: "no name for health board \(board)")
            }
            boards[board, default: DerivedRollUp(name: name, extra: la.nation.rawValue)].population += la.population
            boards[board]!.populationAge0 += la.populationAge0
            boards[board]!.births += la.births!
            boards[board]!.laCodes.append(la.code)
            boards[board]!.lowIncomeCount += la.lowIncome!.count
            boards[board]!.lowIncomeDenominator += la.lowIncome!.denominator
            boards[board]!.lowIncomeTerms.append("\(la.code) \(la.lowIncome!.fraction)")
        }
        let boardCodes = boards.keys.sorted { a, b in a.first! != b.first! ? a.first! == "W" : a < b }
        let walesBoards = boardCodes.filter { $0.hasPrefix("W") }.count
        if walesBoards != 7 || boardCodes.count - walesBoards != 14 {
            throw AreaDataError(
                file: SourceFile.walesUAToLHB.rawValue,
                message: "expected 7 Welsh and 14 Scottish boards, found \(walesBoards) and \(boardCodes.count - walesBoards)")
        }
        return boardCodes.map { code in
            let roll = boards[code]!
            let welsh = code.hasPrefix("W")
            return [
                code, roll.name, roll.extra, welsh ? "welsh-local-health-board" : "scottish-nhs-board",
                String(roll.population), String(roll.populationAge0), String(roll.births), "exact-sum",
                String(roll.laCodes.count), roll.laCodes.sorted().joined(separator: ";"),
                welsh
                    ? "sum over whole unitary authorities (ONS UA to LHB December 2022 lookup)"
                    : "sum over whole council areas (PHS council area to health board 2019 lookup)",
            ]
                + Self.rollUpLowIncomeCells(
                    roll, over: "its \(roll.laCodes.count) \(welsh ? "unitary authorities" : "council areas")", apportioned: false)
        }
    }
}
