import Foundation

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
    }

    /// How each 2023 upper-tier authority missing from the IoD2019 upper-tier file relates to 2019 areas.
    enum IoDSuccession {
        /// Same area as a 2019 upper-tier authority with another code: its published rate applies unchanged.
        case sameArea(predecessor: String, change: String)
        /// Made of whole 2019 lower-tier districts (part of a 2019 county): weighted from File 10.
        case districts([String], change: String)
    }

    /// Boundary changes between the IoD2019 geography and April 2023 (England). The 2020 and 2021
    /// district lists are not in any staged lookup, so they are written here from the structural
    /// change orders; the 2023 lists are checked against `ons_lookup_lad22_lad23.csv` when deriving.
    static let iod2019Successions: [String: IoDSuccession] = [
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

    /// Derives the shipped files. `sources` must hold the text of every `SourceFile`.
    /// Returns the text of each shipped file keyed by its file name (`AreaFileSchema`).
    public static func build(sources: [SourceFile: String]) throws -> [String: String] {
        func text(_ file: SourceFile) throws -> String {
            guard let text = sources[file] else {
                throw AreaDataError(file: file.rawValue, message: "source file not provided")
            }
            return text
        }

        // MARK: Population (mid-2022, April 2023 boundaries): defines the set of local authorities.
        let populationTable = try AreaSourceTable(
            file: SourceFile.population.rawValue, text: text(.population),
            requiredColumns: ["area_code", "area_name", "persons_all_ages", "persons_age_0"])
        var las: [LA] = []
        var laIndex: [String: Int] = [:]
        for row in populationTable.rows {
            let code = try populationTable.required(row, "area_code")
            guard let (nation, tier) = classify(code) else { continue }
            if laIndex[code] != nil {
                throw AreaDataError(file: populationTable.file, line: row.line, column: "area_code", message: "duplicate code \(code)")
            }
            laIndex[code] = las.count
            las.append(
                LA(
                    code: code, name: try populationTable.required(row, "area_name"), nation: nation, tier: tier,
                    population: try populationTable.int(row, "persons_all_ages"),
                    populationAge0: try populationTable.int(row, "persons_age_0")))
        }

        // MARK: Upper-tier parents (April 2023).
        let utlaTable = try AreaSourceTable(
            file: SourceFile.ltla23ToUtla23.rawValue, text: text(.ltla23ToUtla23),
            requiredColumns: ["ltla23_code", "utla23_code"])
        for row in utlaTable.rows {
            let lower = try utlaTable.required(row, "ltla23_code")
            let upper = try utlaTable.required(row, "utla23_code")
            guard let i = laIndex[lower] else {
                throw AreaDataError(
                    file: utlaTable.file, line: row.line, column: "ltla23_code", message: "\(lower) is not in the mid-2022 population file")
            }
            if las[i].tier == .nonMetropolitanDistrict {
                guard let p = laIndex[upper], las[p].tier == .county else {
                    throw AreaDataError(
                        file: utlaTable.file, line: row.line, column: "utla23_code",
                        message: "district \(lower) must have a county parent, got \(upper)")
                }
                las[i].parent = upper
            } else if lower != upper {
                throw AreaDataError(
                    file: utlaTable.file, line: row.line, column: "utla23_code",
                    message: "\(lower) is not a district but has parent \(upper)")
            }
        }
        for la in las where la.tier == .nonMetropolitanDistrict && la.parent == nil {
            throw AreaDataError(file: utlaTable.file, message: "no upper-tier parent for district \(la.code)")
        }

        // MARK: Planning-unit counts.
        let expectedPlanningUnits: [(AreaNation, Int)] = [(.england, 153), (.wales, 22), (.scotland, 32), (.northernIreland, 11)]
        for (nation, expected) in expectedPlanningUnits {
            let count = las.filter { $0.nation == nation && $0.tier.isPlanningUnit }.count
            if count != expected {
                throw AreaDataError(
                    file: populationTable.file, message: "expected \(expected) planning units in \(nation.rawValue), found \(count)")
            }
        }

        // MARK: Births 2022 (pre-April-2023 boundaries) → April 2023 authorities.
        let birthsTable = try AreaSourceTable(
            file: SourceFile.births.rawValue, text: text(.births),
            requiredColumns: ["area_code", "area_name", "live_births_total"])
        var births: [String: (name: String, count: Int)] = [:]
        var combinedBirths: [(codes: [String], name: String, count: Int, line: Int)] = []
        for row in birthsTable.rows {
            let code = try birthsTable.required(row, "area_code")
            let name = try birthsTable.required(row, "area_name")
            let count = try birthsTable.int(row, "live_births_total")
            if code.contains(",") {
                let parts = code.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.allSatisfy({ laIndex[$0] != nil }) { combinedBirths.append((parts, name, count, row.line)) }
            } else {
                births[code] = (name, count)
            }
        }
        let lad23Table = try AreaSourceTable(
            file: SourceFile.lad22ToLad23.rawValue, text: text(.lad22ToLad23),
            requiredColumns: ["lad22_code", "lad22_name", "lad23_code"])
        var lad22ToLad23: [String: String] = [:]
        var predecessors: [String: [String]] = [:]  // LAD23 → LAD22 codes, when the code changed
        for row in lad23Table.rows {
            let old = try lad23Table.required(row, "lad22_code")
            let new = try lad23Table.required(row, "lad23_code")
            guard laIndex[new] != nil else {
                throw AreaDataError(
                    file: lad23Table.file, line: row.line, column: "lad23_code", message: "\(new) is not in the mid-2022 population file")
            }
            lad22ToLad23[old] = new
            if old != new { predecessors[new, default: []].append(old) }
        }
        for i in las.indices {
            let code = las[i].code
            if let published = births[code] {
                las[i].births = published.count
                las[i].birthsBasis = .published
                switch las[i].nation {
                case .scotland: las[i].birthsNote = "ONS Birth characteristics 2022 Table 1 (NRS figure as compiled by ONS), same code"
                case .northernIreland:
                    las[i].birthsNote = "ONS Birth characteristics 2022 Table 1 (NISRA figure as compiled by ONS), same code"
                case .england, .wales: las[i].birthsNote = "ONS Birth characteristics 2022 Table 1, same code"
                }
            } else if let olds = predecessors[code]?.sorted() {
                var terms: [String] = []
                var total = 0
                for old in olds {
                    guard let b = births[old] else {
                        throw AreaDataError(
                            file: birthsTable.file, column: "area_code", message: "no 2022 births for \(old), a predecessor of \(code)")
                    }
                    terms.append("\(b.name) \(old) \(b.count)")
                    total += b.count
                }
                las[i].births = total
                las[i].birthsBasis = .summed
                las[i].birthsNote =
                    "created 1 April 2023; sum of the 2022 births of the districts it replaced (ONS LAD22 to LAD23 lookup): "
                    + terms.joined(separator: " + ") + " = \(total)"
            }
        }
        for combined in combinedBirths {
            let members = combined.codes.map { las[laIndex[$0]!] }
            if let already = members.first(where: { $0.births != nil }) {
                throw AreaDataError(
                    file: birthsTable.file, line: combined.line, column: "area_code",
                    message: "\(already.code) has births of its own and in a combined row")
            }
            let parts = Apportionment.largestRemainder(combined.count, weights: members.map(\.populationAge0))
            let description = zip(members, parts).map { "\($0.name) \($0.code) \($1) (age-0 population \($0.populationAge0))" }
            for (member, part) in zip(members, parts) {
                let i = laIndex[member.code]!
                las[i].births = part
                las[i].birthsBasis = .apportioned
                las[i].birthsNote =
                    "ONS publishes one figure, \(combined.count), for \(combined.name) (code \"\(combined.codes.joined(separator: ", "))\"); "
                    + "split pro rata to mid-2022 age-0 population, rounded by largest remainder so the parts sum to \(combined.count): "
                    + description.joined(separator: "; ")
            }
        }
        if let missing = las.first(where: { $0.births == nil }) {
            throw AreaDataError(file: birthsTable.file, message: "no 2022 births for \(missing.code) \(missing.name)")
        }

        // MARK: IDACI 2019 for the English upper tier.
        let iodColumns = ["area_code", "area_name", "idaci_avg_score_rate", "income_avg_score_rate", "income_scale_people"]
        let upperIoD = try AreaSourceTable(
            file: SourceFile.iod2019UpperTier.rawValue, text: text(.iod2019UpperTier), requiredColumns: iodColumns)
        let lowerIoD = try AreaSourceTable(
            file: SourceFile.iod2019LowerTier.rawValue, text: text(.iod2019LowerTier), requiredColumns: iodColumns)
        var upperRows: [String: CSVTable.Row] = [:]
        for row in upperIoD.rows { upperRows[try upperIoD.required(row, "area_code")] = row }
        var lowerRows: [String: CSVTable.Row] = [:]
        for row in lowerIoD.rows { lowerRows[try lowerIoD.required(row, "area_code")] = row }
        for i in las.indices {
            let la = las[i]
            guard la.nation == .england else {
                las[i].idaciNote = "IoD2019 covers England only; no comparable deprivation measure is shipped for \(la.nation.displayName)"
                continue
            }
            guard la.tier.isPlanningUnit else {
                las[i].idaciNote = "lower-tier district: use its upper-tier authority's rate"
                continue
            }
            if let row = upperRows[la.code] {
                las[i].idaci = try upperIoD.required(row, "idaci_avg_score_rate")
                _ = try upperIoD.double(row, "idaci_avg_score_rate")
                las[i].idaciBasis = .published
                las[i].idaciNote = "MHCLG IoD2019 File 11 (upper-tier), same code"
                continue
            }
            guard let succession = iod2019Successions[la.code] else {
                throw AreaDataError(
                    file: upperIoD.file, column: "area_code",
                    message: "\(la.code) \(la.name) is not in IoD2019 File 11 and has no stated succession")
            }
            switch succession {
            case .sameArea(let predecessor, let change):
                guard let row = upperRows[predecessor] else {
                    throw AreaDataError(
                        file: upperIoD.file, column: "area_code", message: "predecessor \(predecessor) of \(la.code) not found")
                }
                las[i].idaci = try upperIoD.required(row, "idaci_avg_score_rate")
                las[i].idaciBasis = .derived
                las[i].idaciNote =
                    "not in IoD2019 File 11 under this code: \(change). The published 2019 rate of \(try upperIoD.required(row, "area_name")) \(predecessor) is copied unchanged"
            case .districts(let codes, let change):
                if let olds = predecessors[la.code], Set(olds) != Set(codes) {
                    throw AreaDataError(
                        file: lad23Table.file,
                        message: "stated districts of \(la.code) \(codes.sorted()) differ from the lookup's \(olds.sorted())")
                }
                var weighted = 0.0
                var totalWeight = 0.0
                var terms: [String] = []
                for code in codes {
                    guard let row = lowerRows[code] else {
                        throw AreaDataError(file: lowerIoD.file, column: "area_code", message: "district \(code) of \(la.code) not found")
                    }
                    let idaciText = try lowerIoD.required(row, "idaci_avg_score_rate")
                    let idaci = try lowerIoD.double(row, "idaci_avg_score_rate")
                    let weight = try lowerIoD.double(row, "income_scale_people") / lowerIoD.double(row, "income_avg_score_rate")
                    weighted += idaci * weight
                    totalWeight += weight
                    terms.append("\(try lowerIoD.required(row, "area_name")) \(code) \(idaciText) (weight \(Int(weight.rounded())))")
                }
                las[i].idaci = Apportionment.decimal(weighted / totalWeight, places: 3)
                las[i].idaciBasis = .derived
                las[i].idaciNote =
                    "not in IoD2019 File 11: \(change). Weighted mean of the IoD2019 File 10 (lower-tier) IDACI average scores of "
                    + terms.joined(separator: ", ")
                    + "; weight = the district's total population implied by the same file (income_scale_people / income_avg_score_rate, IoD2019's mid-2015 base); rounded to 3 decimals. "
                    + "Approximate: MHCLG weights IDACI by children aged 0-15, which is not staged; on the 2019 two-tier counties this method is within 0.003 of the published county rate"
            }
        }

        // MARK: ICBs (July 2022) by LSOA11 count, for every English authority.
        let icbLookup = try AreaSourceTable(
            file: SourceFile.lad22ToICB22.rawValue, text: text(.lad22ToICB22),
            requiredColumns: ["lad22_code", "icb22_code", "lsoa11_count_in_pair_derived"])
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
            laICBs(&las[laIndex[la.code]!], counts)
        }
        for la in las where la.tier == .county {
            var counts: [String: Int] = [:]
            for district in las where district.parent == la.code {
                for (icb, n) in lsoaCounts[district.code] ?? [:] { counts[icb, default: 0] += n }
            }
            laICBs(&las[laIndex[la.code]!], counts)
        }

        // MARK: Welsh and Scottish health boards.
        let walesTable = try AreaSourceTable(
            file: SourceFile.walesUAToLHB.rawValue, text: text(.walesUAToLHB),
            requiredColumns: ["ua_code", "lhb22_code", "lhb22_name"])
        let scotlandTable = try AreaSourceTable(
            file: SourceFile.scotlandCAToHB.rawValue, text: text(.scotlandCAToHB),
            requiredColumns: ["council_area_code", "health_board_code"])
        let namesTable = try AreaSourceTable(
            file: SourceFile.healthBoardSums.rawValue, text: text(.healthBoardSums),
            requiredColumns: ["board_code", "board_name"])
        var boardNames: [String: String] = [:]
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

        // MARK: Write local-authorities.csv (England, Wales, Scotland, NI; by code within each).
        let nationOrder: [AreaNation] = [.england, .wales, .scotland, .northernIreland]
        las.sort { a, b in
            let na = nationOrder.firstIndex(of: a.nation)!
            let nb = nationOrder.firstIndex(of: b.nation)!
            return na != nb ? na < nb : a.code < b.code
        }
        let laRows: [[String]] = las.map { la in
            [
                la.code, la.name, la.nation.rawValue, la.tier.rawValue, la.parent ?? "",
                la.tier.isPlanningUnit ? "true" : "false",
                String(la.population), String(la.populationAge0), String(la.births!), la.birthsBasis!.rawValue, la.birthsNote,
                la.idaci ?? "", la.idaciBasis.rawValue, la.idaciNote,
                la.icbs.map(\.code).joined(separator: ";"),
                la.icbs.map { String($0.count) }.joined(separator: ";"),
                la.icbs.map { Apportionment.decimal($0.count, over: la.icbLSOATotal, places: 4) }.joined(separator: ";"),
                la.healthBoard ?? "",
            ]
        }

        // MARK: icbs.csv: sums over the lower-tier authorities (E06, E07, E08, E09) that partition England.
        let icbList = try AreaSourceTable(
            file: SourceFile.icb22List.rawValue, text: text(.icb22List),
            requiredColumns: ["icb22_code", "icb22_ods_code", "icb22_name"])
        var icbs: [String: Roll] = [:]
        var icbOrder: [String] = []
        for row in icbList.rows {
            let code = try icbList.required(row, "icb22_code")
            icbs[code] = Roll(name: try icbList.required(row, "icb22_name"), extra: try icbList.required(row, "icb22_ods_code"))
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
            for (k, icb) in la.icbs.enumerated() {
                guard icbs[icb.code] != nil else {
                    throw AreaDataError(file: icbLookup.file, column: "icb22_code", message: "ICB \(icb.code) is not in \(icbList.file)")
                }
                icbs[icb.code]!.population += population[k]
                icbs[icb.code]!.populationAge0 += age0[k]
                icbs[icb.code]!.births += birthParts[k]
                icbs[icb.code]!.laCodes.append(la.code)
                if la.icbs.count > 1 {
                    icbs[icb.code]!.apportioned.append("\(la.code) \(icb.count) of \(la.icbLSOATotal) LSOA11s")
                }
            }
        }
        let icbRows: [[String]] = try icbOrder.sorted().map { code in
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
            ]
        }

        // MARK: health-boards.csv: exact sums of whole authorities.
        var boards: [String: Roll] = [:]
        for la in las {
            guard let board = la.healthBoard else { continue }
            guard let name = boardNames[board] else {
                throw AreaDataError(file: namesTable.file, column: "board_code", message: "no name for health board \(board)")
            }
            boards[board, default: Roll(name: name, extra: la.nation.rawValue)].population += la.population
            boards[board]!.populationAge0 += la.populationAge0
            boards[board]!.births += la.births!
            boards[board]!.laCodes.append(la.code)
        }
        let boardCodes = boards.keys.sorted { a, b in a.first! != b.first! ? a.first! == "W" : a < b }
        let walesBoards = boardCodes.filter { $0.hasPrefix("W") }.count
        if walesBoards != 7 || boardCodes.count - walesBoards != 14 {
            throw AreaDataError(
                file: walesTable.file,
                message: "expected 7 Welsh and 14 Scottish boards, found \(walesBoards) and \(boardCodes.count - walesBoards)")
        }
        let boardRows: [[String]] = boardCodes.map { code in
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
        }

        return [
            AreaFileSchema.localAuthoritiesFile: CSVWriter.document(header: AreaFileSchema.localAuthorityColumns, rows: laRows),
            AreaFileSchema.icbsFile: CSVWriter.document(header: AreaFileSchema.icbColumns, rows: icbRows),
            AreaFileSchema.healthBoardsFile: CSVWriter.document(header: AreaFileSchema.healthBoardColumns, rows: boardRows),
        ]
    }

    // MARK: - Working types

    private struct LA {
        var code: String
        var name: String
        var nation: AreaNation
        var tier: AreaTier
        var population: Int
        var populationAge0: Int
        var parent: String? = nil
        var births: Int? = nil
        var birthsBasis: BirthsBasis? = nil
        var birthsNote = ""
        var idaci: String? = nil
        var idaciBasis: IDACIBasis = .none
        var idaciNote = ""
        /// ICBs by LSOA11 count, largest first then by code.
        var icbs: [(code: String, count: Int)] = []
        var icbLSOATotal = 0
        var healthBoard: String? = nil
    }

    private struct Roll {
        var name: String
        var extra: String
        var population = 0
        var populationAge0 = 0
        var births = 0
        var laCodes: [String] = []
        var apportioned: [String] = []
    }

    private static func laICBs(_ la: inout LA, _ counts: [String: Int]) {
        la.icbs = counts.map { (code: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.code < $1.code }
        la.icbLSOATotal = counts.values.reduce(0, +)
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
