import Foundation
import PIPlannerDataDerivation
import Testing

/// `derive-area-data` run in-process, as `swift run derive-area-data` runs it.
@Suite("derive-area-data")
struct DeriveAreaDataCommandTests {
    struct Result {
        var code: Int32
        var out = ""
        var err = ""
    }

    static func run(_ arguments: [String]) -> Result {
        // Under PIPLANNER_RECORD=1 the shipped files are rewritten first, as the derivation suite does.
        _ = try? AreaDataDerivationTests.recordOnce?.get()
        var out = ""
        var err = ""
        let code = DeriveAreaDataCommand.run(arguments: arguments, out: { out += $0 }, err: { err += $0 })
        return Result(code: code, out: out, err: err)
    }

    static let names = ["health-boards.csv", "icbs.csv", "local-authorities.csv"]

    /// A fresh directory holding copies of the shipped area files.
    static func copyOfShippedFiles() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("derive-area-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in names {
            try FileManager.default.copyItem(
                at: AreaDataDerivationTests.areasDirectory.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        return dir
    }

    @Test("--check on the repository's files exits 0")
    func checkPasses() {
        let result = Self.run(["--check"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.hasPrefix("up to date: health-boards.csv, icbs.csv, local-authorities.csv in "), "\(result.out)")
        #expect(result.err.isEmpty)
    }

    @Test("--check exits 1 and names each differing file at its first differing line")
    func checkNamesTheDifference() throws {
        let dir = try Self.copyOfShippedFiles()
        let icbs = dir.appendingPathComponent("icbs.csv")
        var lines = try String(contentsOf: icbs, encoding: .utf8).components(separatedBy: "\n")
        lines[4] = lines[4].replacingOccurrences(of: ",exact-sum,", with: ",approximate,")
        try lines.joined(separator: "\n").write(to: icbs, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("health-boards.csv"))
        let before = try String(contentsOf: icbs, encoding: .utf8)

        let result = Self.run(["--check", AreaDataDerivationTests.sourcesDirectory.path, dir.path])
        #expect(result.code == 1)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("\(icbs.path):5: error: differs from its derivation\n  note: shipped: \(lines[4])\n"), "\(result.err)")
        #expect(result.err.contains("health-boards.csv: error: missing"), "\(result.err)")
        #expect(!result.err.contains("local-authorities.csv"), "\(result.err)")
        // --check writes nothing.
        #expect(try String(contentsOf: icbs, encoding: .utf8) == before)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("health-boards.csv").path))
    }

    @Test("without --check, rewrites only the files that differ, byte for byte")
    func writeRewritesStaleFiles() throws {
        let dir = try Self.copyOfShippedFiles()
        try Data("stale\n".utf8).write(to: dir.appendingPathComponent("icbs.csv"))
        let result = Self.run([AreaDataDerivationTests.sourcesDirectory.path, dir.path])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("wrote: \(dir.appendingPathComponent("icbs.csv").path)\n"), "\(result.out)")
        #expect(result.out.contains("unchanged: \(dir.appendingPathComponent("local-authorities.csv").path)\n"), "\(result.out)")
        for name in Self.names {
            let written = try Data(contentsOf: dir.appendingPathComponent(name))
            #expect(written == (try Data(contentsOf: AreaDataDerivationTests.areasDirectory.appendingPathComponent(name))), "\(name)")
        }
        #expect(Self.run(["--check", AreaDataDerivationTests.sourcesDirectory.path, dir.path]).code == 0)
    }

    @Test("a broken source file is named with its line and column; exit 1")
    func badSource() throws {
        let sources = FileManager.default.temporaryDirectory.appendingPathComponent("derive-area-data-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: AreaDataDerivationTests.sourcesDirectory, to: sources)
        let births = sources.appendingPathComponent("ons_live_births_2022_by_area_uk.csv")
        var lines = try String(contentsOf: births, encoding: .utf8).components(separatedBy: "\n")
        let header = lines[0].components(separatedBy: ",")
        let column = try #require(header.firstIndex(of: "live_births_total"))
        var fields = lines[1].components(separatedBy: ",")
        fields[column] = "many"
        lines[1] = fields.joined(separator: ",")
        try lines.joined(separator: "\n").write(to: births, atomically: true, encoding: .utf8)
        let result = Self.run(["--check", sources.path])
        #expect(result.code == 1)
        #expect(result.err == "\(births.path):2: error: live_births_total: not a whole number: \"many\"\n", "\(result.err)")
    }

    @Test("usage errors exit 2; a missing directory exits 1; --help exits 0")
    func usage() {
        let unknown = Self.run(["--chek"])
        #expect(unknown.code == 2 && unknown.err.contains("unknown option '--chek'") && unknown.err.contains("--help"))
        #expect(Self.run(["a", "b", "c"]).code == 2)
        let missing = Self.run(["--check", "/nonexistent-derive-area-data"])
        #expect(missing.code == 1 && missing.err == "/nonexistent-derive-area-data: error: not a directory\n", "\(missing.err)")
        let help = Self.run(["--help"])
        #expect(help.code == 0 && help.out.contains("USAGE: derive-area-data [--check] [SOURCES_DIR [OUTPUT_DIR]]"))
    }
}
