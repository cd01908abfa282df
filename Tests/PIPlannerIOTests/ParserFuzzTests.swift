import Foundation
import Testing

@testable import PIPlannerIO

/// A small deterministic generator (SplitMix64), so every fuzz run sees the same inputs and a failure can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The parsers never crash on any bytes: they return a value or fail with a message and a location in the text.
@Suite struct ParserFuzzTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Bytes JSON and CSV give meaning to, mixed into the random input so it reaches deep into the parsers.
    static let syntaxBytes = Array("{}[]:,\"'\\/*\n\r\t -+.eE0123456789tfnulaNIy_u".utf8)

    static func randomBytes(_ rng: inout SeededGenerator, maxCount: Int) -> [UInt8] {
        let count = Int.random(in: 0...maxCount, using: &rng)
        return (0..<count).map { _ in
            Bool.random(using: &rng) ? syntaxBytes.randomElement(using: &rng)! : UInt8.random(in: 0...255, using: &rng)
        }
    }

    /// Checks one parse: a value, or a syntax error whose line and column lie inside the text.
    static func checkJSON(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        do {
            _ = try JSONParser.parse(text)
        } catch {
            let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
            #expect(!error.message.isEmpty, sourceLocation: sourceLocation)
            #expect(
                error.location.line >= 1 && error.location.line <= max(lines, 1), "line \(error.location.line) of \(lines)",
                sourceLocation: sourceLocation)
            #expect(error.location.column >= 1, sourceLocation: sourceLocation)
        }
    }

    @Test func jsonParserSurvivesRandomBytes() {
        var rng = SeededGenerator(seed: 0x5EED_0001)
        for _ in 0..<2_000 {
            let bytes = Self.randomBytes(&rng, maxCount: 200)
            Self.checkJSON(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func jsonParserSurvivesMutatedExampleConfigs() throws {
        let examples = try FileManager.default.contentsOfDirectory(atPath: Self.packageRoot.appendingPathComponent("Examples").path)
            .filter { $0.hasSuffix(".json") }.sorted()
            .map { try String(contentsOf: Self.packageRoot.appendingPathComponent("Examples").appendingPathComponent($0), encoding: .utf8) }
        #expect(examples.count >= 4)
        var rng = SeededGenerator(seed: 0x5EED_0002)
        for _ in 0..<1_500 {
            var bytes = Array(examples.randomElement(using: &rng)!.utf8)
            for _ in 0..<Int.random(in: 1...4, using: &rng) where !bytes.isEmpty {
                let i = Int.random(in: 0..<bytes.count, using: &rng)
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: bytes.remove(at: i)
                case 1: bytes.insert(bytes[i], at: i)
                case 2: bytes[i] = Self.syntaxBytes.randomElement(using: &rng)!
                default: bytes[i] = UInt8.random(in: 0...255, using: &rng)
                }
            }
            Self.checkJSON(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Regression: 200,000 nested `[` overflowed the stack (signal 11) instead of failing with a message.
    @Test func deepNestingFailsWithAMessage() {
        for open in ["[", "{\"a\":"] {
            let depth = 200_000
            let text = String(repeating: open, count: depth) + "1"
            do {
                _ = try JSONParser.parse(text)
                Issue.record("should fail")
            } catch {
                #expect(error.message.contains("nested more than \(JSONParser.maxDepth) deep"))
                #expect(error.location.line == 1)
            }
        }
        // The limit itself parses: 100 nested arrays.
        #expect(
            (try? JSONParser.parse(String(repeating: "[", count: JSONParser.maxDepth) + String(repeating: "]", count: JSONParser.maxDepth)))
                != nil)
    }

    @Test func csvParserSurvivesRandomBytes() {
        var rng = SeededGenerator(seed: 0x5EED_0003)
        for _ in 0..<2_000 {
            let text = String(decoding: Self.randomBytes(&rng, maxCount: 200), as: UTF8.self)
            let table = CSVTable.parse(text)
            // Data rows come after the header, in line order, within the text.
            let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
            #expect(table.rows.allSatisfy { $0.line >= 2 && $0.line <= lines })
            #expect(zip(table.rows, table.rows.dropFirst()).allSatisfy { $0.line < $1.line })
            if table.header.isEmpty { #expect(table.rows.isEmpty) }
        }
    }

    /// Regression: a field with a Windows line break ("\r\n", one Character) was written unquoted, splitting the row.
    @Test func csvRoundTripsRandomFields() {
        var rng = SeededGenerator(seed: 0x5EED_0004)
        // Fields of awkward characters; a leading = + - @ or tab would gain the writer's formula guard, so none has one.
        let alphabet = Array("ab,\"\n\r ;'é£1.")
        for _ in 0..<500 {
            let columns = Int.random(in: 2...4, using: &rng)
            let rows = (0..<Int.random(in: 0...4, using: &rng)).map { _ in
                (0..<columns).map { _ in String((0..<Int.random(in: 0...6, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
                }
            }
            let header = (0..<columns).map { "c\($0)" }
            let table = CSVTable.parse(CSVWriter.document(header: header, rows: rows))
            #expect(table.header == header)
            // A field starting with a carriage return gains the formula guard's apostrophe, and only that changes.
            let guarded = rows.map { $0.map { $0.unicodeScalars.first == "\r" ? "'" + $0 : $0 } }
            #expect(table.rows.map(\.fields) == guarded)
        }
    }
}
