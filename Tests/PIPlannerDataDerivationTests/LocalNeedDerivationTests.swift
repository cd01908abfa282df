import Foundation
import Testing

@testable import PIPlannerDataDerivation
@testable import PIPlannerIO

/// The children-in-low-income-families (DWP/HMRC, FYE 2025) and children-in-need (DfE, 2024) columns of the shipped
/// area files, checked by hand from the raw source rows, and the errors a corrupt source row gives.
@Suite("Local need derivation")
struct LocalNeedDerivationTests {
    typealias Files = AreaDataDerivationTests
    static let cilifFile = AreaDataBuilder.SourceFile.lowIncome.rawValue
    static let cinFile = AreaDataBuilder.SourceFile.childrenInNeed.rawValue

    @Test("two counties by hand: Σ district counts ÷ Σ district denominators (count ÷ proportion)")
    func countiesByHand() throws {
        // From dwp_cilif_…fye2022_2025.csv, FYE 2025 (children_relative_low_income_bhc_fye2025, proportion_fye2025):
        // Cambridgeshire E10000003 (5 districts):
        //   Cambridge E07000008            2,540 ÷ 0.1163003663… = 21,840
        //   East Cambridgeshire E07000009  1,876 ÷ 0.1098939722… = 17,071
        //   Fenland E07000010              4,402 ÷ 0.2393171686… = 18,394
        //   Huntingdonshire E07000011      4,095 ÷ 0.1178654693… = 34,743
        //   South Cambridgeshire E07000012 2,942 ÷ 0.0858076182… = 34,286
        //   Σ counts 2,540 + 1,876 + 4,402 + 4,095 + 2,942 = 15,855; Σ denominators = 126,334; 15,855 / 126,334 = 0.125501
        //   (the mean of the five rates would be 0.1338: a mean of rates is not the county's rate).
        // Suffolk E10000029 (5 districts):
        //   Babergh E07000200 2,474 ÷ 0.1602954516… = 15,434 (15,433.999…, whole up to float rounding)
        //   Ipswich E07000202 7,229 ÷ 0.2539074848… = 28,471
        //   Mid Suffolk E07000203 2,323 ÷ 0.1321613472… = 17,577
        //   East Suffolk E07000244 7,666 ÷ 0.1989515208… = 38,532
        //   West Suffolk E07000245 4,555 ÷ 0.1325437932… = 34,366
        //   Σ counts = 24,247; Σ denominators = 134,380; 24,247 / 134,380 = 0.180436
        let expected: [String: (count: Int, denominator: Int, share: String, districts: [String: (Int, Int)])] = [
            "E10000003": (
                15_855, 126_334, "0.125501",
                [
                    "E07000008": (2_540, 21_840), "E07000009": (1_876, 17_071), "E07000010": (4_402, 18_394),
                    "E07000011": (4_095, 34_743), "E07000012": (2_942, 34_286),
                ]
            ),
            "E10000029": (
                24_247, 134_380, "0.180436",
                [
                    "E07000200": (2_474, 15_434), "E07000202": (7_229, 28_471), "E07000203": (2_323, 17_577),
                    "E07000244": (7_666, 38_532), "E07000245": (4_555, 34_366),
                ]
            ),
        ]
        let catalog = try Files.shipped()
        let source = try Files.source(Self.cilifFile)
        for (code, county) in expected {
            #expect(county.districts.values.map(\.0).reduce(0, +) == county.count)
            #expect(county.districts.values.map(\.1).reduce(0, +) == county.denominator)
            #expect(Set(catalog.districts(of: code).map(\.code)) == Set(county.districts.keys), "\(code)")
            for (district, (count, denominator)) in county.districts {
                // The raw row: the count as published, and count ÷ proportion a whole number of children.
                let rawCount = try #require(Files.cell(source, "la_code", district, "children_relative_low_income_bhc_fye2025"))
                let rawProportion = try #require(Files.cell(source, "la_code", district, "proportion_fye2025").flatMap(Double.init))
                #expect(Int(rawCount) == count, "\(district)")
                #expect(abs(Double(count) / rawProportion - Double(denominator)) < 1e-6, "\(district)")
                let shipped = try #require(catalog.localAuthority(code: district)?.lowIncome)
                #expect(shipped.childrenLowIncome == count && shipped.childrenAged0To15 == denominator && shipped.basis == .published)
            }
            let shipped = try #require(catalog.localAuthority(code: code)?.lowIncome)
            #expect(shipped.childrenLowIncome == county.count && shipped.childrenAged0To15 == county.denominator, "\(code)")
            #expect(shipped.basis == .summed)
            #expect(shipped.share == Double(county.share)!, "\(code)")
            #expect(Self.relativelyEqual(shipped.share, Double(county.count) / Double(county.denominator), tolerance: 5e-6))
        }
        #expect(Files.cell(source, "la_code", "E10000003", "proportion_fye2025") == nil, "counties have no row of their own")
    }

    @Test("an ICB with a split district: its part of the district's count and denominator by largest remainder")
    func icbWithASplitDistrict() throws {
        // Bath and North East Somerset, Swindon and Wiltshire ICB E54000040: three whole unitaries and 4 of Vale of White
        // Horse's 76 LSOA11s (the other 72 are in E54000044).
        //   Vale of White Horse E07000180: 2,750 ÷ 0.0941684073… = 29,203 children aged 0–15.
        //   Count 2,750 × 4/76 = 144.74 and × 72/76 = 2,605.26: floors 144 + 2,605 = 2,749; the unit left goes to the larger
        //   remainder (0.74 against 0.26), so E54000040 gets 145.
        //   Denominator 29,203 × 4/76 = 1,537 exactly (and × 72/76 = 27,666).
        //   B&NES E06000022 3,255/32,026 + Swindon E06000030 7,722/48,180 + Wiltshire E06000054 12,044/91,708 + Vale 145/1,537
        //   = 23,166 / 173,451 = 0.133559.
        let catalog = try Files.shipped()
        let icb = try #require(catalog.icb(code: "E54000040"))
        let vale = try #require(catalog.localAuthority(code: "E07000180"))
        #expect(vale.icbs.map(\.icbCode) == ["E54000044", "E54000040"] && vale.icbs.map(\.lsoa11Count) == [72, 4])
        #expect(vale.lowIncome?.childrenLowIncome == 2_750 && vale.lowIncome?.childrenAged0To15 == 29_203)
        #expect(Apportionment.largestRemainder(2_750, weights: [72, 4]) == [2_605, 145])
        #expect(Apportionment.largestRemainder(29_203, weights: [72, 4]) == [27_666, 1_537])
        let figures = try #require(icb.lowIncome)
        #expect(figures.childrenLowIncome == 3_255 + 7_722 + 12_044 + 145 && figures.childrenLowIncome == 23_166)
        #expect(figures.childrenAged0To15 == 32_026 + 48_180 + 91_708 + 1_537 && figures.childrenAged0To15 == 173_451)
        #expect(figures.share == 0.133559 && figures.basis == .apportioned)
        #expect(figures.note.contains("E07000180 145/1537 (4 of 76 LSOA11s)"))
        // The 42 ICBs partition England's children exactly, as they do its population.
        let england = catalog.planningUnits(in: .england).compactMap(\.lowIncome)
        #expect(catalog.icbs.compactMap(\.lowIncome).map(\.childrenLowIncome).reduce(0, +) == england.map(\.childrenLowIncome).reduce(0, +))
        #expect(catalog.icbs.compactMap(\.lowIncome).map(\.childrenAged0To15).reduce(0, +) == england.map(\.childrenAged0To15).reduce(0, +))
        #expect(catalog.icbs.filter { $0.lowIncome?.basis == .apportioned }.count == 15)
    }

    @Test("every council's share is its published FYE 2025 cell; the boards sum their councils")
    func councilsArePublishedAndSumToTheUK() throws {
        let catalog = try Files.shipped()
        let source = try Files.source(Self.cilifFile)
        let councils = catalog.localAuthorities.filter { $0.tier != .county }
        #expect(councils.count == 361)
        for la in councils {
            let figures = try #require(la.lowIncome, "\(la.code)")
            #expect(figures.basis == .published, "\(la.code)")
            #expect(Files.cell(source, "la_code", la.code, "proportion_fye2025").flatMap(Double.init) == figures.share, "\(la.code)")
        }
        // The UK row, 2,429,265, is 38 more than the sum over the 361 councils, 2,429,227 (the table does not say why);
        // nothing shipped uses the UK row.
        let uk = try #require(Files.cell(source, "la_code", "K02000001", "children_relative_low_income_bhc_fye2025").flatMap { Int($0) })
        #expect(uk == 2_429_265)
        #expect(councils.compactMap(\.lowIncome).map(\.childrenLowIncome).reduce(0, +) == 2_429_227)
        // Every Welsh and Scottish board is a sum of whole councils.
        for board in catalog.healthBoards {
            let parts = board.laCodes.compactMap { catalog.localAuthority(code: $0)?.lowIncome }
            #expect(board.lowIncome?.childrenLowIncome == parts.map(\.childrenLowIncome).reduce(0, +), "\(board.code)")
            #expect(board.lowIncome?.basis == .summed)
        }
    }

    @Test("children in need: 152 published 2024 rates, Hampshire unavailable ('u'), none outside the English upper tier")
    func childrenInNeedRates() throws {
        let catalog = try Files.shipped()
        let source = try Files.source(Self.cinFile)
        let english = catalog.planningUnits(in: .england)
        #expect(english.filter { $0.childrenInNeedBasis == .published }.count == 152)
        let hampshire = try #require(catalog.localAuthority(code: "E10000014"))
        #expect(hampshire.childrenInNeedBasis == .unavailable && hampshire.childrenInNeedRatePer10000 == nil)
        #expect(hampshire.childrenInNeedNote.contains("'u' (low reliability)"))
        // Leeds 332.4 and Manchester 431.5 per 10,000 at 31 March 2024, copied from their 2024 rows.
        for (code, rate) in [("E08000035", 332.4), ("E08000003", 431.5)] {
            let row = try #require(source.rows.first { $0.fields[source.column("new_la_code")!] == code && $0.fields[0] == "2024" })
            #expect(Double(row.fields[source.column("At31_episodes_rate")!]) == rate)
            #expect(catalog.localAuthority(code: code)?.childrenInNeedRatePer10000 == rate)
        }
        #expect(
            catalog.localAuthorities.filter { !$0.isPlanningUnit || $0.nation != .england }.allSatisfy {
                $0.childrenInNeedBasis == .none && $0.childrenInNeedRatePer10000 == nil
            })
    }

    struct Corruption: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var find: String
        var replace: String
        /// The line the corrupt row is on, and the column named.
        var line: Int
        var column: String
        var message: String
        var testDescription: String { name }
    }

    static let corruptions = [
        Corruption(
            name: "text in a low-income count", file: cilifFile, find: "Leeds,E08000035,37633,40063,39472,39240,",
            replace: "Leeds,E08000035,37633,40063,39472,39 240,", line: 63, column: "children_relative_low_income_bhc_fye2025",
            message: "not a whole number: \"39 240\""),
        Corruption(
            name: "a low-income proportion above 1", file: cilifFile, find: ",0.24975495500082742", replace: ",24.975495500082742",
            line: 63, column: "proportion_fye2025", message: "is not a proportion above 0 and at most 1"),
        Corruption(
            name: "a missing authority in the low-income file", file: cilifFile, find: "Leeds,E08000035,", replace: "Leeds,,",
            line: 63, column: "la_code", message: "empty value"),
        Corruption(
            name: "text in a children-in-need rate", file: cinFile, find: "Leeds,Children in Need,8668,497.8,4258,244.5,5789,332.4",
            replace: "Leeds,Children in Need,8668,497.8,4258,244.5,5789,abc", line: 57, column: "At31_episodes_rate",
            message: "not a number or a DfE marker (c, u, x, z): \"abc\""),
        Corruption(
            name: "a children-in-need rate above 10,000 per 10,000", file: cinFile,
            find: "Leeds,Children in Need,8668,497.8,4258,244.5,5789,332.4",
            replace: "Leeds,Children in Need,8668,497.8,4258,244.5,5789,33240",
            line: 57, column: "At31_episodes_rate", message: "33240 is not a rate per 10,000 children (0 to 10,000)"),
        Corruption(
            name: "a missing authority in the children-in-need file", file: cinFile, find: "383,E08000035,Leeds", replace: "383,,Leeds",
            line: 57, column: "new_la_code", message: "empty value"),
    ]

    @Test("a corrupt source row names its file, line and column", arguments: corruptions)
    func corruptRow(_ corruption: Corruption) throws {
        var sources = try AreaDataFiles.readSources(from: Files.sourcesDirectory)
        let file = try #require(AreaDataBuilder.SourceFile(rawValue: corruption.file))
        let text = try #require(sources[file])
        #expect(text.contains(corruption.find), "\(corruption.name): the row to corrupt is not in \(corruption.file)")
        sources[file] = text.replacingOccurrences(of: corruption.find, with: corruption.replace)
        do {
            _ = try AreaDataBuilder.build(sources: sources)
            Issue.record("\(corruption.name): derived without an error")
        } catch let error as AreaDataError {
            #expect(error.file == corruption.file, "\(corruption.name): \(error)")
            #expect(error.line == corruption.line, "\(corruption.name): \(error)")
            #expect(error.column == corruption.column, "\(corruption.name): \(error)")
            #expect(error.message.contains(corruption.message), "\(corruption.name): \(error)")
        }
    }

    @Test("an authority with no row in a new source is named; derive-area-data prints file:line: column")
    func missingRowsAndTheCommandLine() throws {
        var sources = try AreaDataFiles.readSources(from: Files.sourcesDirectory)
        let cin = sources[.childrenInNeed]!.split(separator: "\n", omittingEmptySubsequences: false).filter {
            !($0.hasPrefix("2024,") && $0.contains(",E08000035,"))
        }
        sources[.childrenInNeed] = cin.joined(separator: "\n")
        #expect(
            throws: AreaDataError(file: Self.cinFile, column: "new_la_code", message: "no 2024 local-authority row for E08000035 Leeds")
        ) {
            _ = try AreaDataBuilder.build(sources: sources)
        }
        // A copy of the sources with a corrupt low-income count: the command names the file, line and column.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("derive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for source in AreaDataBuilder.SourceFile.allCases {
            var text = try Files.text(Files.sourcesDirectory.appendingPathComponent(source.rawValue))
            if source == .lowIncome {
                text = text.replacingOccurrences(
                    of: "Leeds,E08000035,37633,40063,39472,39240,", with: "Leeds,E08000035,37633,40063,39472,n/a,")
            }
            try text.write(to: dir.appendingPathComponent(source.rawValue), atomically: true, encoding: .utf8)
        }
        var err = ""
        let code = DeriveAreaDataCommand.run(
            arguments: ["--check", dir.path, Files.areasDirectory.path], out: { _ in }, err: { err += $0 })
        #expect(code == 1)
        // Leeds is on line 63 of the DWP/HMRC file.
        #expect(
            err.contains("\(Self.cilifFile):63: error: children_relative_low_income_bhc_fye2025: not a whole number: \"n/a\""),
            "\(err)")
    }

    static func relativelyEqual(_ a: Double, _ b: Double, tolerance: Double) -> Bool { Files.relativelyEqual(a, b, tolerance: tolerance) }
}
