import Foundation
import PIPlannerIO
import Testing

@Suite("Area catalog")
struct AreaCatalogTests {
    static let areasDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ReferenceData/areas")
    static func file(_ name: String) throws -> String {
        try String(contentsOf: areasDirectory.appendingPathComponent(name), encoding: .utf8)
    }
    static func shipped() throws -> (la: String, icb: String, hb: String) {
        (try file("local-authorities.csv"), try file("icbs.csv"), try file("health-boards.csv"))
    }

    /// The shipped local-authorities.csv with line `line` (1-based) passed through `edit`.
    static func editing(line: Int, _ edit: (String) -> String) throws -> String {
        var lines = try file("local-authorities.csv").components(separatedBy: "\n")
        lines[line - 1] = edit(lines[line - 1])
        return lines.joined(separator: "\n")
    }

    static func relativelyEqual(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
        abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-300)
    }

    @Test("sets and lookups")
    func setsAndLookups() throws {
        let f = try Self.shipped()
        let catalog = try AreaCatalog(localAuthoritiesCSV: f.la, icbsCSV: f.icb, healthBoardsCSV: f.hb)
        #expect(catalog.planningAreas(in: .all).count == 218)
        #expect(catalog.planningAreas(in: .england).count == 153)
        #expect(catalog.planningAreas(in: .wales).count == 22)
        #expect(catalog.planningAreas(in: .scotland).count == 32)
        #expect(catalog.planningAreas(in: .northernIreland).count == 11)
        #expect(catalog.planningAreas(in: .icbs).count == 42)
        #expect(catalog.planningAreas(in: .healthBoards).count == 21)
        #expect(AreaSet(rawValue: "northern-ireland") == .northernIreland)
        #expect(AreaSet(rawValue: "health-boards") == .healthBoards)

        let kent = try #require(catalog.localAuthority(code: "E10000016"))
        #expect(kent.tier == .county && kent.isPlanningUnit && kent.idaciBasis == .published)
        #expect(Self.relativelyEqual(try #require(kent.idaciRate), 0.158))
        #expect(catalog.districts(of: "E10000016").count == 12)
        let ashford = try #require(catalog.localAuthority(code: "E07000105"))
        #expect(ashford.parentCode == "E10000016" && !ashford.isPlanningUnit && ashford.idaciRate == nil)
        #expect(catalog.planningArea(code: "E07000105") == nil)

        let bucks = try #require(catalog.localAuthority(code: "E06000060"))
        #expect(bucks.icbCodes == ["E54000044", "E54000024"])
        #expect(bucks.icbs.map(\.lsoa11Count) == [315, 4])
        #expect(Self.relativelyEqual(bucks.icbs[0].share, 0.9875))

        let cardiff = try #require(catalog.localAuthority(code: "W06000015"))
        #expect(cardiff.healthBoardCode == "W11000029" && cardiff.icbs.isEmpty && cardiff.idaciRate == nil)
        #expect(catalog.healthBoard(code: "W11000029")?.laCodes == ["W06000014", "W06000015"])

        let icb = try #require(catalog.planningArea(code: "E54000044"))
        #expect(icb.kind == .icb && icb.isApproximate)
        #expect(catalog.planningArea(code: "E54000057")?.isApproximate == false)
        let board = try #require(catalog.planningArea(code: "S08000024"))
        #expect(board.kind == .healthBoard && board.nation == .scotland && !board.isApproximate)
        #expect(catalog.planningArea(code: "N09000003")?.nation == .northernIreland)
        #expect(catalog.planningArea(code: "X99999999") == nil)
    }

    @Test("a bad row throws naming file, line and column")
    func strictErrorNamesPlace() throws {
        let f = try Self.shipped()
        // Line 2 is Hartlepool; column 7 is population_mid2022_persons.
        let corrupt = try Self.editing(line: 2) { $0.replacingOccurrences(of: ",93861,", with: ",93x61,") }
        do {
            _ = try AreaCatalog(localAuthoritiesCSV: corrupt, icbsCSV: f.icb, healthBoardsCSV: f.hb)
            Issue.record("expected an error")
        } catch let error as AreaDataError {
            #expect(error.file == "local-authorities.csv")
            #expect(error.line == 2)
            #expect(error.column == "population_mid2022_persons")
            #expect(
                DiagnosticFormatter.terminal(error.diagnostic())
                    == "local-authorities.csv:2: error: population_mid2022_persons: not a whole number: \"93x61\"")
        }
    }

    @Test("a missing column always throws")
    func missingColumn() throws {
        let f = try Self.shipped()
        let noBirths = f.la.replacingOccurrences(of: "live_births_2022,", with: "births,")
        #expect(throws: AreaDataError.self) {
            _ = try AreaCatalog(localAuthoritiesCSV: noBirths, icbsCSV: f.icb, healthBoardsCSV: f.hb, badRows: .collect)
        }
    }

    @Test("collect mode keeps the good rows and lists each bad one")
    func collectRejects() throws {
        let f = try Self.shipped()
        var text = try Self.editing(line: 2) { $0.replacingOccurrences(of: ",93861,", with: ",93x61,") }  // Hartlepool
        var lines = text.components(separatedBy: "\n")
        lines[2] = lines[2].replacingOccurrences(of: ",unitary,", with: ",borough,")  // Middlesbrough, line 3
        lines[3] = lines[3].replacingOccurrences(of: ",0.256,published,", with: ",1.256,published,")  // Redcar, line 4
        text = lines.joined(separator: "\n")
        let catalog = try AreaCatalog(localAuthoritiesCSV: text, icbsCSV: f.icb, healthBoardsCSV: f.hb, badRows: .collect)
        #expect(catalog.localAuthorities.count == 379)
        #expect(catalog.rejects.map(\.line) == [2, 3, 4])
        #expect(catalog.rejects.map(\.code) == ["E06000001", "E06000002", "E06000003"])
        #expect(catalog.rejects.map(\.column) == ["population_mid2022_persons", "tier", "idaci2019_rate"])
        #expect(catalog.rejects.allSatisfy { $0.file == "local-authorities.csv" })
        #expect(catalog.localAuthority(code: "E06000001") == nil)
        #expect(catalog.localAuthority(code: "E06000004")?.populationMid2022 == 199_966)
        #expect(catalog.planningAreas(in: .england).count == 150)
    }

    @Test("a district whose county is missing is rejected")
    func orphanDistrict() throws {
        let f = try Self.shipped()
        let lines = f.la.components(separatedBy: "\n")
        let withoutKent = lines.filter { !$0.hasPrefix("E10000016,") }.joined(separator: "\n")
        let catalog = try AreaCatalog(localAuthoritiesCSV: withoutKent, icbsCSV: f.icb, healthBoardsCSV: f.hb, badRows: .collect)
        #expect(catalog.rejects.count == 12)
        #expect(catalog.rejects.allSatisfy { $0.column == "parent_upper_tier_code" })
        #expect(throws: AreaDataError.self) {
            _ = try AreaCatalog(localAuthoritiesCSV: withoutKent, icbsCSV: f.icb, healthBoardsCSV: f.hb)
        }
    }

    @Test("duplicate codes and inconsistent list columns are rejected")
    func duplicatesAndLists() throws {
        let f = try Self.shipped()
        let lines = f.la.components(separatedBy: "\n")
        let duplicated = (lines + [lines[1]]).joined(separator: "\n")
        let a = try AreaCatalog(localAuthoritiesCSV: duplicated, icbsCSV: f.icb, healthBoardsCSV: f.hb, badRows: .collect)
        #expect(a.rejects.count == 1 && a.rejects[0].reason.contains("duplicate"))
        let badShares = try Self.editing(line: 2) {
            $0.replacingOccurrences(of: ",E54000050,58,1.0000,", with: ",E54000050,58,1.0000;0.5,")
        }
        let b = try AreaCatalog(localAuthoritiesCSV: badShares, icbsCSV: f.icb, healthBoardsCSV: f.hb, badRows: .collect)
        #expect(b.rejects.map(\.code) == ["E06000001"])
    }

    @Test("the embedded catalog loads")
    func embedded() throws {
        let catalog = try AreaCatalog.embedded()
        #expect(catalog.rejects.isEmpty)
        #expect(catalog.planningUnits().count == 218)
    }
}
