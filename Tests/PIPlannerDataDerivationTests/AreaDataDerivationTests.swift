import Foundation
import Testing

@testable import PIPlannerDataDerivation
@testable import PIPlannerIO

/// Re-derives `ReferenceData/areas/*.csv` from `ReferenceData/areas/sources/` and checks the
/// shipped files byte for byte, plus independent checks computed here straight from the sources.
///
/// To re-record the shipped files after changing the derivation or a source (never done silently):
///
///     PIPLANNER_RECORD=1 swift test --filter AreaDataDerivationTests
///
/// (or `swift run derive-area-data`, which does the same outside the tests).
@Suite("Area data derivation")
struct AreaDataDerivationTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let areasDirectory = packageRoot.appendingPathComponent("ReferenceData/areas")
    static let sourcesDirectory = areasDirectory.appendingPathComponent("sources")
    static let recording = ProcessInfo.processInfo.environment["PIPLANNER_RECORD"] == "1"

    static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }
    static func source(_ name: String) throws -> CSVTable { CSVTable.parse(try text(sourcesDirectory.appendingPathComponent(name))) }
    /// Under PIPLANNER_RECORD=1, rewrites the shipped files once, before any test reads them.
    static let recordOnce: Result<[String], Error>? =
        recording
        ? Result {
            try AreaDataFiles.record(sourcesDirectory: sourcesDirectory, outputDirectory: areasDirectory)
        } : nil

    static func shipped() throws -> AreaCatalog {
        _ = try recordOnce?.get()
        return try AreaCatalog(
            localAuthoritiesCSV: text(areasDirectory.appendingPathComponent("local-authorities.csv")),
            icbsCSV: text(areasDirectory.appendingPathComponent("icbs.csv")),
            healthBoardsCSV: text(areasDirectory.appendingPathComponent("health-boards.csv")))
    }

    /// `column` of the row whose `keyColumn` is `key`, read straight from a source file.
    static func cell(_ table: CSVTable, _ keyColumn: String, _ key: String, _ column: String) -> String? {
        guard let k = table.column(keyColumn), let c = table.column(column) else { return nil }
        return table.rows.first { $0.fields[k] == key }?.fields[c]
    }

    static func relativelyEqual(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
        abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-300)
    }

    @Test("every shipped file is reproduced byte for byte from the sources")
    func shippedFilesAreReproducible() throws {
        if let changed = try Self.recordOnce?.get() {
            print("PIPLANNER_RECORD=1: rewrote \(changed.isEmpty ? "nothing (already up to date)" : changed.joined(separator: ", "))")
        }
        let results = try AreaDataFiles.derive(sourcesDirectory: Self.sourcesDirectory, outputDirectory: Self.areasDirectory)
        #expect(results.map(\.name) == ["health-boards.csv", "icbs.csv", "local-authorities.csv"])
        for result in results where !result.isUpToDate {
            guard let difference = result.firstDifference else {
                Issue.record("ReferenceData/areas/\(result.name) is missing; re-record with PIPLANNER_RECORD=1")
                continue
            }
            Issue.record(
                "ReferenceData/areas/\(result.name) differs from its derivation at line \(difference.line): shipped \(difference.shipped ?? "<end>") / derived \(difference.derived ?? "<end>"). Re-record with PIPLANNER_RECORD=1 if the change is intended."
            )
        }
    }

    @Test("the shipped sources are the staged files listed in the README")
    func everySourceIsShipped() throws {
        for file in AreaDataBuilder.SourceFile.allCases {
            #expect(
                FileManager.default.fileExists(atPath: Self.sourcesDirectory.appendingPathComponent(file.rawValue).path), "\(file.rawValue)"
            )
        }
        let readme = try Self.text(Self.areasDirectory.appendingPathComponent("README.md"))
        for file in AreaDataBuilder.SourceFile.allCases {
            #expect(readme.contains(file.rawValue), "README does not describe \(file.rawValue)")
        }
    }

    @Test("153 English, 22 Welsh, 32 Scottish and 11 NI planning units; 382 local authorities")
    func planningUnitCounts() throws {
        let catalog = try Self.shipped()
        #expect(catalog.rejects.isEmpty)
        #expect(catalog.planningUnits(in: .england).count == 153)
        #expect(catalog.planningUnits(in: .wales).count == 22)
        #expect(catalog.planningUnits(in: .scotland).count == 32)
        #expect(catalog.planningUnits(in: .northernIreland).count == 11)
        #expect(catalog.localAuthorities.count == 382)
        #expect(catalog.localAuthorities(in: .england).filter { $0.tier == .nonMetropolitanDistrict }.count == 164)
        // E06 + E08 + E09 + E10.
        let prefixes = Set(catalog.planningUnits(in: .england).map { String($0.code.prefix(3)) })
        #expect(prefixes == ["E06", "E08", "E09", "E10"])
        #expect(catalog.icbs.count == 42)
        #expect(catalog.healthBoards.filter { $0.nation == .wales }.count == 7)
        #expect(catalog.healthBoards.filter { $0.nation == .scotland }.count == 14)
    }

    @Test("population over the 153 English planning units equals ONS's England figure; births likewise")
    func englandTotals() throws {
        let catalog = try Self.shipped()
        let population = try Self.source("ons_mye_mid2022_population_uk_la_2023boundaries.csv")
        let births = try Self.source("ons_live_births_2022_by_area_uk.csv")
        let englandPopulation = try #require(Self.cell(population, "area_code", "E92000001", "persons_all_ages").flatMap { Int($0) })
        let englandAge0 = try #require(Self.cell(population, "area_code", "E92000001", "persons_age_0").flatMap { Int($0) })
        let englandBirths = try #require(Self.cell(births, "area_code", "E92000001", "live_births_total").flatMap { Int($0) })
        let units = catalog.planningUnits(in: .england)
        #expect(units.map(\.populationMid2022).reduce(0, +) == englandPopulation)
        #expect(units.map(\.populationAge0Mid2022).reduce(0, +) == englandAge0)
        #expect(units.map(\.birthsCount).reduce(0, +) == englandBirths)
        // The 42 ICBs partition England, and their largest-remainder parts keep the totals exact.
        #expect(catalog.icbs.map(\.populationMid2022).reduce(0, +) == englandPopulation)
        #expect(catalog.icbs.map(\.populationAge0Mid2022).reduce(0, +) == englandAge0)
        #expect(catalog.icbs.map(\.birthsCount).reduce(0, +) == englandBirths)
        // The counties equal the sum of their districts.
        for county in units where county.tier == .county {
            let districts = catalog.districts(of: county.code)
            #expect(!districts.isEmpty)
            #expect(districts.map(\.populationMid2022).reduce(0, +) == county.populationMid2022, "\(county.code)")
            #expect(districts.map(\.birthsCount).reduce(0, +) == county.birthsCount, "\(county.code)")
        }
        // Wales and NI: the LA sums equal the country rows in both files.
        for (nation, code) in [(AreaNation.wales, "W92000004"), (.northernIreland, "N92000002"), (.scotland, "S92000003")] {
            let las = catalog.planningUnits(in: nation)
            #expect(
                las.map(\.populationMid2022).reduce(0, +)
                    == Self.cell(population, "area_code", code, "persons_all_ages").flatMap { Int($0) })
            if nation != .scotland {
                #expect(
                    las.map(\.birthsCount).reduce(0, +) == Self.cell(births, "area_code", code, "live_births_total").flatMap { Int($0) })
            }
        }
        // Scotland's council-area births (46,914) fall 45 short of its country figure (46,959) in the ONS table.
        #expect(catalog.planningUnits(in: .scotland).map(\.birthsCount).reduce(0, +) == 46_914)
        #expect(Self.cell(births, "area_code", "S92000003", "live_births_total") == "46959")
    }

    @Test("Leeds: population 822,483 and births 8,617 (published)")
    func leeds() throws {
        let leeds = try #require(try Self.shipped().localAuthority(code: "E08000035"))
        #expect(leeds.name == "Leeds")
        #expect(leeds.populationMid2022 == 822_483)
        #expect(leeds.birthsCount == 8_617)
        #expect(leeds.birthsBasis == .published)
        #expect(leeds.tier == .metropolitanDistrict && leeds.isPlanningUnit && leeds.parentCode == nil)
        #expect(leeds.icbCodes == ["E54000054"])
        #expect(leeds.idaciBasis == .published)
        #expect(Self.relativelyEqual(try #require(leeds.idaciRate), 0.203))
    }

    @Test("the four April 2023 unitaries' births are the hand-summed births of the districts they replaced")
    func unitaries2023() throws {
        // Looked up by hand in ons_live_births_2022_by_area_uk.csv (live_births_total, 2022):
        // Cumberland E06000063 = Allerdale E07000026 755 + Carlisle E07000028 1,024 + Copeland E07000029 537 = 2,316
        // Westmorland and Furness E06000064 = Barrow-in-Furness E07000027 614 + Eden E07000030 372 + South Lakeland E07000031 664 = 1,650
        //   (Cumberland + Westmorland and Furness = 3,966 = former Cumbria county E10000006)
        // North Yorkshire E06000065 = Craven 420 + Hambleton 700 + Harrogate 1,204 + Richmondshire 384 + Ryedale 406
        //   + Scarborough 860 + Selby 960 = 4,934 = former North Yorkshire county E10000023
        // Somerset E06000066 = Mendip E07000187 960 + Sedgemoor E07000188 1,132 + South Somerset E07000189 1,392
        //   + Somerset West and Taunton E07000246 1,333 = 4,817 = former Somerset county E10000027
        let catalog = try Self.shipped()
        let expected = [
            "E06000063": 755 + 1_024 + 537, "E06000064": 614 + 372 + 664,
            "E06000065": 420 + 700 + 1_204 + 384 + 406 + 860 + 960, "E06000066": 960 + 1_132 + 1_392 + 1_333,
        ]
        #expect(expected == ["E06000063": 2_316, "E06000064": 1_650, "E06000065": 4_934, "E06000066": 4_817])
        for (code, births) in expected {
            let la = try #require(catalog.localAuthority(code: code))
            #expect(la.birthsCount == births, "\(code)")
            #expect(la.birthsBasis == .summed, "\(code)")
            #expect(la.tier == .unitary && la.isPlanningUnit)
        }
        let births = try Self.source("ons_live_births_2022_by_area_uk.csv")
        #expect(Self.cell(births, "area_code", "E10000006", "live_births_total") == "3966")
        #expect(Self.cell(births, "area_code", "E10000023", "live_births_total") == "4934")
        #expect(Self.cell(births, "area_code", "E10000027", "live_births_total") == "4817")
    }

    @Test("Cornwall and Isles of Scilly births sum to the combined published figure")
    func cornwallAndScilly() throws {
        let catalog = try Self.shipped()
        let births = try Self.source("ons_live_births_2022_by_area_uk.csv")
        let combined = try #require(Self.cell(births, "area_code", "E06000052, E06000053", "live_births_total").flatMap { Int($0) })
        let cornwall = try #require(catalog.localAuthority(code: "E06000052"))
        let scilly = try #require(catalog.localAuthority(code: "E06000053"))
        #expect(cornwall.birthsCount + scilly.birthsCount == combined)
        #expect(cornwall.birthsBasis == .apportioned && scilly.birthsBasis == .apportioned)
        // Pro rata to age-0 population: 4,456 × 20 / (4,754 + 20) = 18.67 → 19 by largest remainder.
        #expect(combined == 4_456 && scilly.populationAge0Mid2022 == 20 && cornwall.populationAge0Mid2022 == 4_754)
        #expect(scilly.birthsCount == 19 && cornwall.birthsCount == 4_437)
        #expect(catalog.planningArea(code: "E06000053")?.isApproximate == true)
    }

    @Test("every published figure is copied from its source row unchanged")
    func publishedFiguresMatchSources() throws {
        let catalog = try Self.shipped()
        let population = try Self.source("ons_mye_mid2022_population_uk_la_2023boundaries.csv")
        let births = try Self.source("ons_live_births_2022_by_area_uk.csv")
        let upper = try Self.source("mhclg_iod2019_utla_summary.csv")
        for la in catalog.localAuthorities {
            #expect(Self.cell(population, "area_code", la.code, "persons_all_ages") == String(la.populationMid2022), "\(la.code)")
            #expect(Self.cell(population, "area_code", la.code, "persons_age_0") == String(la.populationAge0Mid2022), "\(la.code)")
            if la.birthsBasis == .published {
                #expect(Self.cell(births, "area_code", la.code, "live_births_total") == String(la.birthsCount), "\(la.code)")
            } else {
                #expect(Self.cell(births, "area_code", la.code, "live_births_total") == nil, "\(la.code)")
            }
            if la.idaciBasis == .published {
                let published = try #require(Self.cell(upper, "area_code", la.code, "idaci_avg_score_rate").flatMap { Double($0) })
                #expect(Self.relativelyEqual(try #require(la.idaciRate), published), "\(la.code)")
            }
        }
        let english = catalog.planningUnits(in: .england)
        #expect(english.allSatisfy { $0.idaciRate != nil })
        #expect(english.filter { $0.idaciBasis == .published }.count == 146)
        #expect(
            Set(english.filter { $0.idaciBasis == .derived }.map(\.code))
                == ["E06000060", "E06000061", "E06000062", "E06000063", "E06000064", "E06000065", "E06000066"])
        #expect(
            catalog.localAuthorities.filter { !$0.isPlanningUnit || $0.nation != .england }.allSatisfy {
                $0.idaciRate == nil && $0.idaciBasis == .none
            })
    }

    @Test("IDACI for the 2020-2023 unitaries: same-area copies are exact; the weighted method is checked against published counties")
    func idaciDerivations() throws {
        let catalog = try Self.shipped()
        let upper = try Self.source("mhclg_iod2019_utla_summary.csv")
        let lower = try Self.source("mhclg_iod2019_ltla_summary.csv")
        // Same area as a 2019 county: its published rate.
        for (code, county) in [("E06000060", "E10000002"), ("E06000065", "E10000023"), ("E06000066", "E10000027")] {
            let published = try #require(Self.cell(upper, "area_code", county, "idaci_avg_score_rate").flatMap { Double($0) })
            #expect(Self.relativelyEqual(try #require(catalog.localAuthority(code: code)?.idaciRate), published), "\(code)")
        }
        // The weighted method (weight = income_scale_people / income_avg_score_rate) recomputed here.
        func weighted(_ districts: [String]) -> Double {
            var sum = 0.0
            var weights = 0.0
            for d in districts {
                let idaci = Double(Self.cell(lower, "area_code", d, "idaci_avg_score_rate")!)!
                let weight =
                    Double(Self.cell(lower, "area_code", d, "income_scale_people")!)! / Double(
                        Self.cell(lower, "area_code", d, "income_avg_score_rate")!)!
                sum += idaci * weight
                weights += weight
            }
            return sum / weights
        }
        let splits = [
            "E06000061": ["E07000150", "E07000152", "E07000153", "E07000156"],
            "E06000062": ["E07000151", "E07000154", "E07000155"],
            "E06000063": ["E07000026", "E07000028", "E07000029"],
            "E06000064": ["E07000027", "E07000030", "E07000031"],
        ]
        for (code, districts) in splits {
            let rate = try #require(catalog.localAuthority(code: code)?.idaciRate)
            // Shipped rounded to 3 decimals, the source's precision.
            #expect(Self.relativelyEqual(rate, (weighted(districts) * 1000).rounded(.toNearestOrAwayFromZero) / 1000), "\(code)")
        }
        // Validation of the method on every 2019 two-tier county whose districts are known here. The README
        // states the bound as an absolute ±0.003 on a proportion, so this comparison is absolute by design.
        var counties = Dictionary(grouping: catalog.localAuthorities.filter { $0.tier == .nonMetropolitanDistrict }, by: { $0.parentCode! })
            .mapValues { $0.map(\.code) }
        counties["E10000006"] = splits["E06000063"]! + splits["E06000064"]!  // Cumbria
        counties["E10000021"] = splits["E06000061"]! + splits["E06000062"]!  // Northamptonshire
        for (county, districts) in counties {
            let published = try #require(Self.cell(upper, "area_code", county, "idaci_avg_score_rate").flatMap { Double($0) })
            #expect(abs(weighted(districts) - published) < 0.003, "\(county)")
        }
        #expect(counties.count == 23)
    }

    @Test("ICB shares: county and unitary LSOA counts agree with the staged UTLA to ICB file")
    func icbSharesMatchStagedUTLAFile() throws {
        let catalog = try Self.shipped()
        let staged = try Self.source("derived_utla23_icb22_lsoa11_share.csv")
        var expected: [String: [String: Int]] = [:]
        let (u, i, n) = (staged.column("utla23_code")!, staged.column("icb22_code")!, staged.column("lsoa11_count_in_pair_derived")!)
        for row in staged.rows { expected[row.fields[u], default: [:]][row.fields[i]] = Int(row.fields[n])! }
        #expect(expected.count == 153)
        for la in catalog.planningUnits(in: .england) {
            let got = Dictionary(uniqueKeysWithValues: la.icbs.map { ($0.icbCode, $0.lsoa11Count) })
            #expect(got == expected[la.code], "\(la.code)")
            #expect(Self.relativelyEqual(la.icbs.map(\.share).reduce(0, +), 1, tolerance: 1e-3))
        }
        // Exactly the ICBs containing part of a split lower-tier authority are approximate.
        let split = Set(catalog.localAuthorities.filter { $0.tier != .county && $0.icbs.count > 1 }.map(\.code))
        #expect(split.count == 13)
        for icb in catalog.icbs {
            let hasSplit = icb.lowerTierLACodes.contains { split.contains($0) }
            #expect((icb.basis == .approximate) == hasSplit, "\(icb.code)")
        }
    }

    @Test("health boards are exact sums and agree with the staged health-board sums")
    func healthBoards() throws {
        let catalog = try Self.shipped()
        let staged = try Self.source("derived_health_board_population_mid2022_births_2022.csv")
        #expect(staged.rows.count == 21)
        for board in catalog.healthBoards {
            #expect(board.basis == .exactSum)
            #expect(
                Self.cell(staged, "board_code", board.code, "persons_all_ages_mid2022_derived") == String(board.populationMid2022),
                "\(board.code)")
            #expect(
                Self.cell(staged, "board_code", board.code, "persons_age_0_mid2022_derived") == String(board.populationAge0Mid2022),
                "\(board.code)")
            #expect(Self.cell(staged, "board_code", board.code, "live_births_2022_derived") == String(board.birthsCount), "\(board.code)")
            let las = board.laCodes.compactMap { catalog.localAuthority(code: $0) }
            #expect(las.count == board.laCodes.count && las.allSatisfy { $0.healthBoardCode == board.code })
            #expect(las.map(\.populationMid2022).reduce(0, +) == board.populationMid2022)
        }
        #expect(catalog.localAuthorities(in: .northernIreland).allSatisfy { $0.healthBoardCode == nil && $0.icbs.isEmpty })
    }

    @Test("the embedded copies equal the files on disk")
    func embeddedMatchesDisk() throws {
        // Under PIPLANNER_RECORD=1 the embedded copy is the previous build's; the next build picks up the new files.
        if Self.recording { return }
        let embedded = try AreaCatalog.embedded()
        let disk = try Self.shipped()
        #expect(embedded.localAuthorities.count == disk.localAuthorities.count)
        #expect(embedded.icbs.count == disk.icbs.count)
        #expect(embedded.healthBoards.count == disk.healthBoards.count)
        let la = zip(embedded.localAuthorities, disk.localAuthorities).first { $0 != $1 }
        #expect(la == nil, "embedded row for \(la?.0.code ?? "") differs from disk; rebuild")
        let icb = zip(embedded.icbs, disk.icbs).first { $0 != $1 }
        #expect(icb == nil, "embedded row for \(icb?.0.code ?? "") differs from disk; rebuild")
        let board = zip(embedded.healthBoards, disk.healthBoards).first { $0 != $1 }
        #expect(board == nil, "embedded row for \(board?.0.code ?? "") differs from disk; rebuild")
    }
}
