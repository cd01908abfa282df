import Foundation
import PIPlannerModel

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

        let parsed = try parseRows(laTable, codeColumn: "gss_code", code: \.code, parse: Self.parseLocalAuthority).records
        let checked = try Self.withCountyParents(parsed, file: laTable.file, badRows: badRows)
        localAuthorities = checked.kept
        rejects += checked.rejects

        (icbs, icbByCode) = try parseRows(icbTable, codeColumn: "icb22_code", code: \.code, parse: Self.parseICB)
        (healthBoards, boardByCode) = try parseRows(boardTable, codeColumn: "board_code", code: \.code, parse: Self.parseHealthBoard)
        laByCode = Dictionary(uniqueKeysWithValues: localAuthorities.enumerated().map { ($1.code, $0) })
        rejects.sort { ($0.file, $0.line) < ($1.file, $1.line) }
    }

    /// The cross-row check of the councils: a district's parent must be a county in the file. The districts that
    /// fail are rejected (thrown on, under `.throwError`); the others are kept in order.
    private static func withCountyParents(
        _ records: [AreaRecord], file: String, badRows: BadRowPolicy
    ) throws -> (kept: [AreaRecord], rejects: [AreaRowReject]) {
        var kept: [AreaRecord] = []
        var rejects: [AreaRowReject] = []
        for record in records {
            if let parent = record.parentCode, records.first(where: { $0.code == parent })?.tier != .county {
                let error = AreaDataError(
                    file: file, line: record.line, column: "parent_upper_tier_code",
                    message: "parent \(parent) is not a county in this file")
                if badRows == .throwError { throw error }
                rejects.append(AreaRowReject(file: file, line: record.line, code: record.code, column: error.column, reason: error.message))
            } else {
                kept.append(record)
            }
        }
        return (kept, rejects)
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
}
