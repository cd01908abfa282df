import Foundation

// MARK: - Vocabulary

/// A UK nation, as written in the `nation` column.
public enum AreaNation: String, Sendable, CaseIterable, Codable {
    case england
    case wales
    case scotland
    case northernIreland = "northern-ireland"

    public var displayName: String {
        switch self {
        case .england: return "England"
        case .wales: return "Wales"
        case .scotland: return "Scotland"
        case .northernIreland: return "Northern Ireland"
        }
    }
}

/// The kind of local authority, as written in the `tier` column.
public enum AreaTier: String, Sendable, CaseIterable, Codable {
    /// English county council (E10), upper tier of a two-tier area.
    case county
    /// English unitary authority (E06), including the Isles of Scilly.
    case unitary
    /// English metropolitan district (E08).
    case metropolitanDistrict = "metropolitan-district"
    /// London borough (E09), including the City of London.
    case londonBorough = "london-borough"
    /// English non-metropolitan district (E07), lower tier under a county.
    case nonMetropolitanDistrict = "non-metropolitan-district"
    /// Welsh unitary authority (W06).
    case welshUnitary = "welsh-unitary"
    /// Scottish council area (S12).
    case scottishCouncil = "scottish-council"
    /// Northern Ireland local government district (N09).
    case niDistrict = "ni-district"

    public var nation: AreaNation {
        switch self {
        case .county, .unitary, .metropolitanDistrict, .londonBorough, .nonMetropolitanDistrict: return .england
        case .welshUnitary: return .wales
        case .scottishCouncil: return .scotland
        case .niDistrict: return .northernIreland
        }
    }

    /// Upper tier, unitary, Welsh UA, Scottish council or NI LGD: the units a plan is made for.
    public var isPlanningUnit: Bool { self != .nonMetropolitanDistrict }
}

/// How an authority's 2022 births were obtained (`births_basis`).
public enum BirthsBasis: String, Sendable, CaseIterable, Codable {
    /// Copied from the ONS births table under the same code.
    case published
    /// Sum of the published births of the districts the authority replaced in April 2023.
    case summed
    /// Share of a combined published figure (Cornwall and Isles of Scilly).
    case apportioned
}

/// How an authority's IDACI 2019 rate was obtained (`idaci2019_basis`).
public enum IDACIBasis: String, Sendable, CaseIterable, Codable {
    /// Copied from IoD2019 File 11 under the same code.
    case published
    /// Computed or carried over from 2019 areas as stated in `idaci2019_note`.
    case derived
    /// No rate shipped (lower-tier district, or outside England).
    case none
}

/// Whether a roll-up is an exact sum of whole authorities (`basis` of icbs.csv / health-boards.csv).
public enum RollUpBasis: String, Sendable, CaseIterable, Codable {
    case exactSum = "exact-sum"
    /// Includes authorities split between bodies, apportioned as stated.
    case approximate
}

// MARK: - Records

/// An authority's part in an ICB, by its count of 2011 LSOAs (not a population weight).
public struct ICBShare: Sendable, Equatable {
    public var icbCode: String
    public var lsoa11Count: Int
    /// `lsoa11Count` over the authority's LSOA11 total (as shipped, 4 decimals).
    public var share: Double
}

/// One row of `local-authorities.csv`.
public struct AreaRecord: Sendable, Equatable {
    public var code: String
    public var name: String
    public var nation: AreaNation
    public var tier: AreaTier
    /// The county (E10) of a non-metropolitan district; nil otherwise.
    public var parentCode: String?
    public var isPlanningUnit: Bool
    /// Mid-2022 persons, all ages (ONS, April 2023 boundaries).
    public var populationMid2022: Int
    /// Mid-2022 persons aged 0.
    public var populationAge0Mid2022: Int
    /// Live births in calendar year 2022.
    public var birthsCount: Int
    public var birthsBasis: BirthsBasis
    public var birthsNote: String
    /// IDACI 2019 average score: the share (0–1) of children aged 0–15 in income-deprived families.
    public var idaciRate: Double?
    public var idaciBasis: IDACIBasis
    public var idaciNote: String
    /// ICBs (July 2022) the authority falls in, largest LSOA11 count first (England only).
    public var icbs: [ICBShare]
    /// Welsh Local Health Board or Scottish NHS Board; nil in England and Northern Ireland.
    public var healthBoardCode: String?
    /// 1-based line in `local-authorities.csv`.
    public var line: Int

    public var icbCodes: [String] { icbs.map(\.icbCode) }
}

/// One row of `icbs.csv`.
public struct ICBRecord: Sendable, Equatable {
    public var code: String
    public var odsCode: String
    public var name: String
    public var populationMid2022: Int
    public var populationAge0Mid2022: Int
    public var birthsCount: Int
    public var basis: RollUpBasis
    public var lowerTierLACodes: [String]
    /// e.g. `E06000060 4 of 319 LSOA11s`: the parts of split authorities included.
    public var apportionedLAParts: [String]
    public var note: String
    public var line: Int
}

/// One row of `health-boards.csv`.
public struct HealthBoardRecord: Sendable, Equatable {
    public var code: String
    public var name: String
    public var nation: AreaNation
    /// `welsh-local-health-board` or `scottish-nhs-board`.
    public var boardType: String
    public var populationMid2022: Int
    public var populationAge0Mid2022: Int
    public var birthsCount: Int
    public var basis: RollUpBasis
    public var laCodes: [String]
    public var note: String
    public var line: Int
}

/// A unit a plan can be made for, whatever file it came from.
public struct PlanningArea: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case localAuthority = "local-authority"
        case icb
        case healthBoard = "health-board"
    }
    public var kind: Kind
    public var code: String
    public var name: String
    public var nation: AreaNation
    public var populationMid2022: Int
    public var populationAge0Mid2022: Int
    public var birthsCount: Int
    /// True when births or population include an apportionment (Cornwall and Scilly births; split ICBs).
    public var isApproximate: Bool
    /// IDACI 2019 rate, English upper-tier authorities only.
    public var idaciRate: Double?
    /// How the figures were obtained.
    public var basisNote: String
}

/// Named sets of planning areas.
public enum AreaSet: String, Sendable, CaseIterable {
    /// Every local-authority planning unit in the UK (153 + 22 + 32 + 11).
    case all
    case england
    case wales
    case scotland
    case northernIreland = "northern-ireland"
    /// The 42 ICBs (July 2022).
    case icbs
    /// The 7 Welsh Local Health Boards and 14 Scottish NHS Boards.
    case healthBoards = "health-boards"
}

/// A row left out of the catalog, and why.
public struct AreaRowReject: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    /// The row's code, if it could be read.
    public var code: String
    public var column: String?
    public var reason: String

    public var description: String {
        "\(file):\(line)\(column.map { " column \($0)" } ?? "") [\(code.isEmpty ? "no code" : code)]: \(reason)"
    }

    public var error: AreaDataError { AreaDataError(file: file, line: line, column: column, message: reason) }
}

/// What to do with a row that fails validation.
public enum BadRowPolicy: Sendable {
    /// Throw an `AreaDataError` naming file, line and column (the default).
    case throwError
    /// Leave the row out and list it in `AreaCatalog.rejects`.
    case collect
}

// MARK: - Catalog

/// The shipped area data (`ReferenceData/areas/*.csv`), typed and indexed.
public struct AreaCatalog: Sendable {
    public private(set) var localAuthorities: [AreaRecord] = []
    public private(set) var icbs: [ICBRecord] = []
    public private(set) var healthBoards: [HealthBoardRecord] = []
    /// Rows left out under `BadRowPolicy.collect`, in file and line order.
    public private(set) var rejects: [AreaRowReject] = []

    private var laByCode: [String: Int] = [:]
    private var icbByCode: [String: Int] = [:]
    private var boardByCode: [String: Int] = [:]

    /// Parses the three shipped files. A missing column always throws; a bad row throws
    /// (`.throwError`) or is listed in `rejects` and left out (`.collect`).
    public init(localAuthoritiesCSV: String, icbsCSV: String, healthBoardsCSV: String, badRows: BadRowPolicy = .throwError) throws {
        let laTable = try AreaSourceTable(
            file: AreaFileSchema.localAuthoritiesFile, text: localAuthoritiesCSV, requiredColumns: AreaFileSchema.localAuthorityColumns)
        let icbTable = try AreaSourceTable(file: AreaFileSchema.icbsFile, text: icbsCSV, requiredColumns: AreaFileSchema.icbColumns)
        let boardTable = try AreaSourceTable(
            file: AreaFileSchema.healthBoardsFile, text: healthBoardsCSV, requiredColumns: AreaFileSchema.healthBoardColumns)

        func reject(_ table: AreaSourceTable, _ row: CSVTable.Row, _ codeColumn: String, _ error: Error) throws {
            let code = (try? table.string(row, codeColumn)) ?? ""
            let reject: AreaRowReject
            if let e = error as? AreaDataError {
                reject = AreaRowReject(file: e.file, line: e.line ?? row.line, code: code, column: e.column, reason: e.message)
            } else {
                reject = AreaRowReject(file: table.file, line: row.line, code: code, column: nil, reason: String(describing: error))
            }
            if badRows == .throwError { throw reject.error }
            rejects.append(reject)
        }

        /// Parses every row of a table, leaving out (or throwing on) bad rows and duplicate codes.
        func parseRows<Record>(
            _ table: AreaSourceTable, codeColumn: String, code: (Record) -> String, parse: (AreaSourceTable, CSVTable.Row) throws -> Record
        ) throws -> (records: [Record], index: [String: Int]) {
            var records: [Record] = []
            var index: [String: Int] = [:]
            for row in table.rows {
                do {
                    let record = try parse(table, row)
                    if index[code(record)] != nil {
                        throw AreaDataError(file: table.file, line: row.line, column: codeColumn, message: "duplicate code \(code(record))")
                    }
                    index[code(record)] = records.count
                    records.append(record)
                } catch {
                    try reject(table, row, codeColumn, error)
                }
            }
            return (records, index)
        }

        localAuthorities = try parseRows(laTable, codeColumn: "gss_code", code: \.code, parse: Self.parseLocalAuthority).records
        // Cross-row check: a district's parent must be a county in the file.
        var kept: [AreaRecord] = []
        for record in localAuthorities {
            if let parent = record.parentCode, localAuthorities.first(where: { $0.code == parent })?.tier != .county {
                let error = AreaDataError(
                    file: laTable.file, line: record.line, column: "parent_upper_tier_code",
                    message: "parent \(parent) is not a county in this file")
                let r = AreaRowReject(file: laTable.file, line: record.line, code: record.code, column: error.column, reason: error.message)
                if badRows == .throwError { throw error }
                rejects.append(r)
            } else {
                kept.append(record)
            }
        }
        localAuthorities = kept

        (icbs, icbByCode) = try parseRows(icbTable, codeColumn: "icb22_code", code: \.code, parse: Self.parseICB)
        (healthBoards, boardByCode) = try parseRows(boardTable, codeColumn: "board_code", code: \.code, parse: Self.parseHealthBoard)
        laByCode = Dictionary(uniqueKeysWithValues: localAuthorities.enumerated().map { ($1.code, $0) })
        rejects.sort { ($0.file, $0.line) < ($1.file, $1.line) }
    }

    /// The catalog from the files embedded in the binary at build time.
    public static func embedded(badRows: BadRowPolicy = .throwError) throws -> AreaCatalog {
        func file(_ name: String) throws -> String {
            let key = AreaFileSchema.directory + "/" + name
            guard let base64 = EmbeddedReferenceData.base64Files[key], let data = Data(base64Encoded: base64),
                let text = String(data: data, encoding: .utf8)
            else {
                throw AreaDataError(file: name, message: "not embedded in this build (ReferenceData/\(key))")
            }
            return text
        }
        return try AreaCatalog(
            localAuthoritiesCSV: file(AreaFileSchema.localAuthoritiesFile),
            icbsCSV: file(AreaFileSchema.icbsFile),
            healthBoardsCSV: file(AreaFileSchema.healthBoardsFile),
            badRows: badRows)
    }

    // MARK: Lookups

    public func localAuthority(code: String) -> AreaRecord? { laByCode[code].map { localAuthorities[$0] } }
    public func icb(code: String) -> ICBRecord? { icbByCode[code].map { icbs[$0] } }
    public func healthBoard(code: String) -> HealthBoardRecord? { boardByCode[code].map { healthBoards[$0] } }

    /// Any planning area by code: a local-authority planning unit, an ICB or a health board.
    /// Non-metropolitan districts are not planning units and give nil (use `localAuthority(code:)`).
    public func planningArea(code: String) -> PlanningArea? {
        if let la = localAuthority(code: code) { return la.isPlanningUnit ? Self.planningArea(la) : nil }
        if let icb = icb(code: code) { return Self.planningArea(icb) }
        if let board = healthBoard(code: code) { return Self.planningArea(board) }
        return nil
    }

    /// Every local authority (planning units and districts) of a nation, in file order.
    public func localAuthorities(in nation: AreaNation) -> [AreaRecord] { localAuthorities.filter { $0.nation == nation } }

    /// Local-authority planning units, of one nation or (nil) of the UK.
    public func planningUnits(in nation: AreaNation? = nil) -> [AreaRecord] {
        localAuthorities.filter { $0.isPlanningUnit && (nation == nil || $0.nation == nation) }
    }

    /// The districts of a county.
    public func districts(of countyCode: String) -> [AreaRecord] { localAuthorities.filter { $0.parentCode == countyCode } }

    /// The planning areas of a named set, in file order.
    public func planningAreas(in set: AreaSet) -> [PlanningArea] {
        switch set {
        case .all: return planningUnits().map(Self.planningArea)
        case .england: return planningUnits(in: .england).map(Self.planningArea)
        case .wales: return planningUnits(in: .wales).map(Self.planningArea)
        case .scotland: return planningUnits(in: .scotland).map(Self.planningArea)
        case .northernIreland: return planningUnits(in: .northernIreland).map(Self.planningArea)
        case .icbs: return icbs.map(Self.planningArea)
        case .healthBoards: return healthBoards.map(Self.planningArea)
        }
    }

    static func planningArea(_ la: AreaRecord) -> PlanningArea {
        PlanningArea(
            kind: .localAuthority, code: la.code, name: la.name, nation: la.nation,
            populationMid2022: la.populationMid2022, populationAge0Mid2022: la.populationAge0Mid2022,
            birthsCount: la.birthsCount, isApproximate: la.birthsBasis == .apportioned,
            idaciRate: la.idaciRate, basisNote: "births \(la.birthsBasis.rawValue): \(la.birthsNote)")
    }

    static func planningArea(_ icb: ICBRecord) -> PlanningArea {
        PlanningArea(
            kind: .icb, code: icb.code, name: icb.name, nation: .england,
            populationMid2022: icb.populationMid2022, populationAge0Mid2022: icb.populationAge0Mid2022,
            birthsCount: icb.birthsCount, isApproximate: icb.basis == .approximate, idaciRate: nil,
            basisNote: "\(icb.basis.rawValue): \(icb.note)")
    }

    static func planningArea(_ board: HealthBoardRecord) -> PlanningArea {
        PlanningArea(
            kind: .healthBoard, code: board.code, name: board.name, nation: board.nation,
            populationMid2022: board.populationMid2022, populationAge0Mid2022: board.populationAge0Mid2022,
            birthsCount: board.birthsCount, isApproximate: board.basis == .approximate, idaciRate: nil,
            basisNote: "\(board.basis.rawValue): \(board.note)")
    }

    // MARK: Row parsing

    private static func code(_ t: AreaSourceTable, _ row: CSVTable.Row, _ column: String) throws -> String {
        let value = try t.required(row, column)
        let valid = value.count == 9 && value.first!.isLetter && value.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
        if !valid { throw AreaDataError(file: t.file, line: row.line, column: column, message: "not a GSS code: \"\(value)\"") }
        return value
    }

    private static func count(_ t: AreaSourceTable, _ row: CSVTable.Row, _ column: String) throws -> Int {
        let value = try t.int(row, column)
        if value < 0 { throw AreaDataError(file: t.file, line: row.line, column: column, message: "negative: \(value)") }
        return value
    }

    private static func choice<E: RawRepresentable>(_ t: AreaSourceTable, _ row: CSVTable.Row, _ column: String, _: E.Type) throws -> E
    where E.RawValue == String, E: CaseIterable {
        let value = try t.required(row, column)
        guard let parsed = E(rawValue: value) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw AreaDataError(file: t.file, line: row.line, column: column, message: "\"\(value)\" is not one of \(allowed)")
        }
        return parsed
    }

    private static func list(_ t: AreaSourceTable, _ row: CSVTable.Row, _ column: String) throws -> [String] {
        let value = try t.string(row, column)
        if value.isEmpty { return [] }
        return value.split(separator: AreaFileSchema.listSeparator, omittingEmptySubsequences: false).map(String.init)
    }

    private static func populations(_ t: AreaSourceTable, _ row: CSVTable.Row) throws -> (Int, Int, Int) {
        let population = try count(t, row, "population_mid2022_persons")
        let age0 = try count(t, row, "population_mid2022_age0_persons")
        if age0 > population {
            throw AreaDataError(
                file: t.file, line: row.line, column: "population_mid2022_age0_persons",
                message: "age-0 population \(age0) exceeds all-ages \(population)")
        }
        return (population, age0, try count(t, row, "live_births_2022"))
    }

    static func parseLocalAuthority(_ t: AreaSourceTable, _ row: CSVTable.Row) throws -> AreaRecord {
        func fail(_ column: String, _ message: String) -> AreaDataError {
            AreaDataError(file: t.file, line: row.line, column: column, message: message)
        }
        let gss = try code(t, row, "gss_code")
        let name = try t.required(row, "name")
        let nation = try choice(t, row, "nation", AreaNation.self)
        let tier = try choice(t, row, "tier", AreaTier.self)
        if tier.nation != nation { throw fail("tier", "tier \(tier.rawValue) is not in \(nation.rawValue)") }
        let parentText = try t.string(row, "parent_upper_tier_code")
        let parent = parentText.isEmpty ? nil : try code(t, row, "parent_upper_tier_code")
        if (tier == .nonMetropolitanDistrict) != (parent != nil) {
            throw fail(
                "parent_upper_tier_code", tier == .nonMetropolitanDistrict ? "a district needs its county" : "only districts have a parent")
        }
        let planningText = try t.required(row, "is_planning_unit")
        guard planningText == "true" || planningText == "false" else {
            throw fail("is_planning_unit", "expected true or false, got \"\(planningText)\"")
        }
        let isPlanningUnit = planningText == "true"
        if isPlanningUnit != tier.isPlanningUnit { throw fail("is_planning_unit", "\(planningText) contradicts tier \(tier.rawValue)") }
        let (population, age0, births) = try populations(t, row)
        let birthsBasis = try choice(t, row, "births_basis", BirthsBasis.self)
        let birthsNote = try t.required(row, "births_note")

        let rateText = try t.string(row, "idaci2019_rate")
        let idaciBasis = try choice(t, row, "idaci2019_basis", IDACIBasis.self)
        var rate: Double? = nil
        if !rateText.isEmpty {
            let value = try t.double(row, "idaci2019_rate")
            if !(0...1).contains(value) { throw fail("idaci2019_rate", "\(value) is not a proportion between 0 and 1") }
            rate = value
        }
        if (rate == nil) != (idaciBasis == .none) {
            throw fail("idaci2019_basis", "basis \(idaciBasis.rawValue) does not match \(rate == nil ? "an empty" : "a given") rate")
        }

        let icbCodes = try list(t, row, "icb22_codes")
        let icbCounts = try list(t, row, "icb22_lsoa11_counts")
        let icbShares = try list(t, row, "icb22_lsoa11_shares")
        guard icbCodes.count == icbCounts.count, icbCodes.count == icbShares.count else {
            throw fail("icb22_lsoa11_counts", "icb22_codes, icb22_lsoa11_counts and icb22_lsoa11_shares must list the same number of items")
        }
        var icbs: [ICBShare] = []
        for k in icbCodes.indices {
            let c = icbCodes[k]
            guard c.count == 9, c.hasPrefix("E54") else { throw fail("icb22_codes", "not an ICB code: \"\(c)\"") }
            guard let n = Int(icbCounts[k]), n > 0 else { throw fail("icb22_lsoa11_counts", "not a positive count: \"\(icbCounts[k])\"") }
            guard let s = Double(icbShares[k]), (0...1).contains(s) else {
                throw fail("icb22_lsoa11_shares", "not a share between 0 and 1: \"\(icbShares[k])\"")
            }
            icbs.append(ICBShare(icbCode: c, lsoa11Count: n, share: s))
        }
        if nation == .england && icbs.isEmpty { throw fail("icb22_codes", "an English authority needs at least one ICB") }
        if nation != .england && !icbs.isEmpty { throw fail("icb22_codes", "ICBs are for English authorities only") }
        // The counts are added up to weigh an authority split between ICBs: a sum past Int.max trapped.
        var lsoaTotal = 0
        for share in icbs {
            let (sum, overflow) = lsoaTotal.addingReportingOverflow(share.lsoa11Count)
            if overflow { throw fail("icb22_lsoa11_counts", "counts too large to add up: \"\(icbCounts.joined(separator: ";"))\"") }
            lsoaTotal = sum
        }
        if !icbs.isEmpty {
            let sum = icbs.map(\.share).reduce(0, +)
            if abs(sum - 1) > 1e-3 { throw fail("icb22_lsoa11_shares", "shares sum to \(sum), not 1") }
        }
        let boardText = try t.string(row, "health_board_code")
        let board = boardText.isEmpty ? nil : try code(t, row, "health_board_code")
        if (nation == .wales || nation == .scotland) != (board != nil) {
            throw fail(
                "health_board_code",
                board == nil
                    ? "Welsh and Scottish authorities need a health board" : "only Welsh and Scottish authorities have a health board")
        }
        return AreaRecord(
            code: gss, name: name, nation: nation, tier: tier, parentCode: parent, isPlanningUnit: isPlanningUnit,
            populationMid2022: population, populationAge0Mid2022: age0, birthsCount: births,
            birthsBasis: birthsBasis, birthsNote: birthsNote, idaciRate: rate, idaciBasis: idaciBasis,
            idaciNote: try t.string(row, "idaci2019_note"), icbs: icbs, healthBoardCode: board, line: row.line)
    }

    static func parseICB(_ t: AreaSourceTable, _ row: CSVTable.Row) throws -> ICBRecord {
        let gss = try code(t, row, "icb22_code")
        guard gss.hasPrefix("E54") else {
            throw AreaDataError(file: t.file, line: row.line, column: "icb22_code", message: "not an ICB code: \"\(gss)\"")
        }
        let (population, age0, births) = try populations(t, row)
        let las = try list(t, row, "lower_tier_la_codes")
        let n = try count(t, row, "n_lower_tier_las")
        if las.isEmpty || las.count != n {
            throw AreaDataError(
                file: t.file, line: row.line, column: "lower_tier_la_codes",
                message: "lists \(las.count) codes but n_lower_tier_las is \(n)")
        }
        return ICBRecord(
            code: gss, odsCode: try t.required(row, "icb22_ods_code"), name: try t.required(row, "icb22_name"),
            populationMid2022: population, populationAge0Mid2022: age0, birthsCount: births,
            basis: try choice(t, row, "basis", RollUpBasis.self), lowerTierLACodes: las,
            apportionedLAParts: try list(t, row, "apportioned_la_parts"), note: try t.string(row, "note"), line: row.line)
    }

    static func parseHealthBoard(_ t: AreaSourceTable, _ row: CSVTable.Row) throws -> HealthBoardRecord {
        let gss = try code(t, row, "board_code")
        let nation = try choice(t, row, "nation", AreaNation.self)
        guard nation == .wales || nation == .scotland else {
            throw AreaDataError(file: t.file, line: row.line, column: "nation", message: "health boards are Welsh or Scottish")
        }
        let (population, age0, births) = try populations(t, row)
        let las = try list(t, row, "la_codes")
        let n = try count(t, row, "n_local_authorities")
        if las.isEmpty || las.count != n {
            throw AreaDataError(
                file: t.file, line: row.line, column: "la_codes", message: "lists \(las.count) codes but n_local_authorities is \(n)")
        }
        return HealthBoardRecord(
            code: gss, name: try t.required(row, "board_name"), nation: nation,
            boardType: try t.required(row, "board_type"), populationMid2022: population,
            populationAge0Mid2022: age0, birthsCount: births, basis: try choice(t, row, "basis", RollUpBasis.self),
            laCodes: las, note: try t.string(row, "note"), line: row.line)
    }
}
