import Foundation
import PIPlannerModel

extension AreaCatalog {
    // MARK: Row parsing

    static func code(_ t: AreaSourceTable, _ row: CSVTable.Row, _ column: String) throws -> String {
        let value = try t.required(row, column)
        let valid = value.count == 9 && value.first!.isLetter && value.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
        if !valid { throw AreaDataError(file: t.file, line: row.line, column: column, message: "not a GSS code: \"\(value)\"") }
        return value
    }

    static func count(_ t: AreaSourceTable, _ row: CSVTable.Row, _ column: String) throws -> Int {
        let value = try t.int(row, column)
        if value < 0 { throw AreaDataError(file: t.file, line: row.line, column: column, message: "negative: \(value)") }
        return value
    }

    static func choice<E: RawRepresentable>(_ t: AreaSourceTable, _ row: CSVTable.Row, _ column: String, _: E.Type) throws -> E
    where E.RawValue == String, E: CaseIterable {
        let value = try t.required(row, column)
        guard let parsed = E(rawValue: value) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw AreaDataError(file: t.file, line: row.line, column: column, message: "\"\(value)\" is not one of \(allowed)")
        }
        return parsed
    }

    static func list(_ t: AreaSourceTable, _ row: CSVTable.Row, _ column: String) throws -> [String] {
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

        let (rate, idaciBasis) = try idaci(t, row)
        let icbs = try icbShares(t, row, nation: nation)
        let (cinRate, cinBasis) = try childrenInNeed(t, row, tier: tier)
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
            idaciNote: try t.string(row, "idaci2019_note"), lowIncome: try lowIncome(t, row), childrenInNeedRatePer10000: cinRate,
            childrenInNeedBasis: cinBasis, childrenInNeedNote: try t.string(row, "cin_2024_note"), icbs: icbs, healthBoardCode: board,
            line: row.line)
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
            apportionedLAParts: try list(t, row, "apportioned_la_parts"), note: try t.string(row, "note"),
            lowIncome: try lowIncome(t, row), line: row.line)
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
            laCodes: las, note: try t.string(row, "note"), lowIncome: try lowIncome(t, row), line: row.line)
    }
}
