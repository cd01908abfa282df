import PIPlannerIO

/// The derivation's working state: every local authority, filled in stage by stage from the sources.
/// `AreaDataBuilder.build` runs the stages in order; births, IDACI, ICBs, health boards and the
/// shipped files each have their own file (`AreaDerivation+*.swift`).
struct AreaDerivation {
    typealias SourceFile = AreaDataBuilder.SourceFile

    let sources: [SourceFile: String]
    /// Every local authority in the mid-2022 population file, in its order until `shippedFiles` sorts them.
    var las: [DerivedLocalAuthority] = []
    /// Index in `las` by GSS code.
    var laIndex: [String: Int] = [:]
    /// LAD22 → LAD23 code, from the ONS lookup (read with the births).
    var lad22ToLad23: [String: String] = [:]
    /// LAD23 → the LAD22 codes it replaced, where the code changed.
    var predecessors: [String: [String]] = [:]
    /// Health-board code → name.
    var boardNames: [String: String] = [:]

    /// Reads the mid-2022 population file, which defines the set of local authorities (April 2023 boundaries).
    init(sources: [SourceFile: String]) throws {
        self.sources = sources
        let populationTable = try table(.population, ["area_code", "area_name", "persons_all_ages", "persons_age_0"])
        for row in populationTable.rows {
            let code = try populationTable.required(row, "area_code")
            guard let (nation, tier) = AreaDataBuilder.classify(code) else { continue }
            if laIndex[code] != nil {
                throw AreaDataError(file: populationTable.file, line: row.line, column: "area_code", message: "duplicate code \(code)")
            }
            laIndex[code] = las.count
            las.append(
                DerivedLocalAuthority(
                    code: code, name: try populationTable.required(row, "area_name"), nation: nation, tier: tier,
                    population: try populationTable.int(row, "persons_all_ages"),
                    populationAge0: try populationTable.int(row, "persons_age_0")))
        }
    }

    /// A source file parsed, failing if any of `columns` is missing.
    func table(_ file: SourceFile, _ columns: [String]) throws -> AreaSourceTable {
        guard let text = sources[file] else {
            throw AreaDataError(file: file.rawValue, message: "source file not provided")
        }
        return try AreaSourceTable(file: file.rawValue, text: text, requiredColumns: columns)
    }

    /// Upper-tier parents (April 2023): every non-metropolitan district has a county; nothing else has a parent.
    mutating func assignUpperTierParents() throws {
        let utlaTable = try table(.ltla23ToUtla23, ["ltla23_code", "utla23_code"])
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
    }

    /// Planning-unit counts by nation, April 2023: a guard against a source file for other boundaries.
    func checkPlanningUnitCounts() throws {
        let expectedPlanningUnits: [(AreaNation, Int)] = [(.england, 153), (.wales, 22), (.scotland, 32), (.northernIreland, 11)]
        for (nation, expected) in expectedPlanningUnits {
            let count = las.filter { $0.nation == nation && $0.tier.isPlanningUnit }.count
            if count != expected {
                throw AreaDataError(
                    file: SourceFile.population.rawValue,
                    message: "expected \(expected) planning units in \(nation.rawValue), found \(count)")
            }
        }
    }
}
