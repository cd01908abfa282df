import Foundation
import Testing

/// The draw settings (`defaultSeed`, `defaultDraws`, `maxDraws`) come only from `ReferenceData/uncertainty.json`:
/// no defaults in Swift, each key required (and their basis, `settingsBasis`), and help quoting the shipped file
/// (Methodology §7.3).
@Suite struct UncertaintySettingsTests {
    static let leeds = CLI.example("leeds-joint-funded.json")

    /// The shipped file's settings, read from its JSON text by the test itself.
    static func shippedSettings() throws -> [String: Double] {
        let url = CLI.packageRoot.appendingPathComponent("ReferenceData/uncertainty.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        return try ["defaultSeed", "defaultDraws", "maxDraws"].reduce(into: [:]) { $0[$1] = try #require(object[$1] as? Double) }
    }

    /// The ids of the shipped distributions that are not `fixed`, from the file's JSON text.
    static func shippedIDs() throws -> [String] {
        let url = CLI.packageRoot.appendingPathComponent("ReferenceData/uncertainty.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let entries = try #require(object["distributions"] as? [[String: Any]])
        return entries.filter { $0["family"] as? String != "fixed" }.compactMap { $0["id"] as? String }
    }

    @Test func aReferenceDirectoryWithoutTheFileIsAnError() throws {
        let dir = try RobustnessTests.referenceData("uncertainty.json") { $0 + " " }
        try FileManager.default.removeItem(at: dir.appendingPathComponent("uncertainty.json"))
        let result = CLI.run(["plan", Self.leeds, "--reference-data", dir.path])
        #expect(result.code == 1 && result.out.isEmpty)
        #expect(result.err.contains("\(dir.appendingPathComponent("uncertainty.json").path): error: "), "\(result.err)")
        #expect(result.err.contains("missing from \(dir.path)"), "\(result.err)")
    }

    @Test(arguments: ["defaultSeed", "defaultDraws", "maxDraws", "settingsBasis"])
    func aMissingSettingIsAnErrorNamingFileAndKey(_ key: String) throws {
        let dir = try RobustnessTests.referenceData("uncertainty.json") { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("  \"\(key)\":") }.joined(separator: "\n")
        }
        for command in [["plan", Self.leeds], ["reference"]] {
            let result = CLI.run(command + ["--reference-data", dir.path])
            #expect(result.code == 1, "\(command): \(result.err)")
            #expect(
                result.err.contains("\(dir.appendingPathComponent("uncertainty.json").path):1:1: error: \(key): missing; expected "),
                "\(result.err)")
        }
    }

    @Test func theDirectorysMaxDrawsBoundsDraws() throws {
        let dir = try RobustnessTests.referenceData("uncertainty.json") {
            $0.replacingOccurrences(of: "\"maxDraws\": 10000,", with: "\"maxDraws\": 20000,")
                .replacingOccurrences(of: "\"defaultDraws\": 1000,", with: "\"defaultDraws\": 30,")
        }
        let over = CLI.run(["plan", Self.leeds, "--reference-data", dir.path, "--draws", "20001"])
        #expect(over.code == 2 && over.err.contains("--draws must be a whole number from 1 to 20,000; got '20001'"), "\(over.err)")
        // A config's block without a count takes the directory's defaultDraws (30).
        let config = writeConfig(areaConfig("\"population\": 280000, \"births\": 3300", top: "\"uncertainty\": {}"))
        let blocked = CLI.run(["plan", config, "--reference-data", dir.path, "--format", "json"])
        #expect(blocked.code == 0, "\(blocked.err)")
        #expect((parseJSON(blocked.out)["uncertainty"] as? [String: Any])?["draws"] as? Double == 30)
    }

    /// A whole number with thousands separated by commas, worked out here rather than by the product's formatter.
    static func grouped(_ value: Double) -> String {
        var digits = String(Int(value))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        return ([digits] + groups).joined(separator: ",")
    }

    @Test func helpQuotesTheShippedSettings() throws {
        let settings = try Self.shippedSettings()
        let seed = String(Int(settings["defaultSeed"]!))
        let max = Self.grouped(settings["maxDraws"]!)
        let draws = Self.grouped(settings["defaultDraws"]!)
        for command in ["plan", "compare", "batch", "rollout"] {
            // Help wraps lines: compare with the words joined by single spaces.
            let help = CLI.run([command, "--help"]).out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(
                help.contains("maxDraws and defaultDraws are in ReferenceData/uncertainty.json (shipped: \(max) and \(draws))"), "\(help)")
            #expect(help.contains("(default: defaultSeed in ReferenceData/uncertainty.json, shipped: \(seed))"), "\(help)")
        }
        // The figures above are the file's, not Swift's: the shipped file gives 10,000, 1,000 and 20261201.
        #expect(settings == ["defaultSeed": 20_261_201, "defaultDraws": 1_000, "maxDraws": 10_000])
    }
}
