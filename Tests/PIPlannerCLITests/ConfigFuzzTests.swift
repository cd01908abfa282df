import Foundation
import PIPlannerIO
import PIPlannerModel
import Testing

/// A small deterministic generator (SplitMix64): every fuzz run sees the same inputs, so a failure can be replayed.
struct FuzzGenerator: RandomNumberGenerator {
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

/// Mutates config text by JSON token (delete, duplicate, swap, or replace a number or string with an awkward one)
/// or by byte (delete, duplicate, replace).
enum ConfigMutator {
    static let numbers = [
        "0", "-1", "-0", "0.5", "1.5", "3", "15", "100", "10000", "1e15", "1e20", "1e308", "-1e308", "1e-308", "2.5e-7",
        "9007199254740993", "NaN", "Infinity", "-Infinity",
    ]
    static let strings = [
        "\"\"", "\"x\"", "\"2026/27\"", "\"2022/23\"", "\"9999/00\"", "\"0000/01\"", "\"-001/00\"", "\"coverage\"", "\"need\"",
        "\"exclusive\"", "\"top\"", "\"Year 2\"", "\"8c\"", "\"9\"", "\"la-public-health\"", "\"spending-review-2021\"",
        "\"greater-manchester-toolkit-2019\"", "\"story-of-hope-2023\"", "\"rollout\"", "\"oldham-metropolitan-borough.json\"",
        "\"/\"", "\"..\"", "\"\\u0000\"", "\"\\r\\n=1+1\"",
    ]

    /// Whitespace, comments, strings, numbers, words and single punctuation characters, in order; joined they give `text` back.
    static func tokens(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var tokens: [String] = []
        var i = 0
        func take(_ n: Int) {
            tokens.append(String(String.UnicodeScalarView(s[i..<min(i + n, s.count)])))
            i = min(i + n, s.count)
        }
        while i < s.count {
            let c = s[i]
            var j = i + 1
            if c == " " || c == "\n" || c == "\t" || c == "\r" {
                while j < s.count, s[j] == " " || s[j] == "\n" || s[j] == "\t" || s[j] == "\r" { j += 1 }
            } else if c == "/", i + 1 < s.count, s[i + 1] == "/" {
                while j < s.count, s[j] != "\n" { j += 1 }
            } else if c == "\"" {
                while j < s.count, s[j] != "\"" { j += s[j] == "\\" ? 2 : 1 }
                j = min(j + 1, s.count)
            } else if "-+.0123456789".unicodeScalars.contains(c) {
                while j < s.count, "-+.0123456789eE".unicodeScalars.contains(s[j]) { j += 1 }
            } else if c.properties.isAlphabetic || c == "_" {
                while j < s.count, s[j].properties.isAlphabetic || s[j] == "_" || ("0"..."9").contains(s[j]) { j += 1 }
            }
            take(j - i)
        }
        return tokens
    }

    static func mutate(_ text: String, _ rng: inout FuzzGenerator) -> String {
        var t = tokens(text)
        let meaningful = { (t: [String]) in t.indices.filter { !t[$0].allSatisfy { $0.isWhitespace } && !t[$0].hasPrefix("//") } }
        for _ in 0..<Int.random(in: 1...2, using: &rng) {
            let candidates = meaningful(t)
            guard let i = candidates.randomElement(using: &rng) else { break }
            // Mostly values, so that many mutants still parse and reach the checks and the engine.
            switch Int.random(in: 0..<20, using: &rng) {
            case 0..<3: t.remove(at: i)
            case 3..<5: t.insert(t[i], at: i)
            case 5..<7: if let j = candidates.randomElement(using: &rng) { t.swapAt(i, j) }
            case 7..<13:
                if let n = candidates.filter({ t[$0].first.map { "-0123456789".contains($0) } ?? false }).randomElement(using: &rng) {
                    t[n] = numbers.randomElement(using: &rng)!
                }
            case 13..<17:
                if let n = candidates.filter({ t[$0].hasPrefix("\"") }).randomElement(using: &rng) {
                    t[n] = strings.randomElement(using: &rng)!
                }
            default:
                var bytes = Array(t.joined().utf8)
                guard !bytes.isEmpty else { break }
                let b = Int.random(in: 0..<bytes.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: bytes.remove(at: b)
                case 1: bytes.insert(bytes[b], at: b)
                default: bytes[b] = UInt8.random(in: 0...255, using: &rng)
                }
                t = tokens(String(decoding: bytes, as: UTF8.self))
            }
        }
        return t.joined()
    }
}

/// Mutated example configs never crash a command: it exits 0 with output, or 1 with an `error:` naming the file and
/// no output. Deterministic (fixed seeds); each case is replayable from its seed and index.
@Suite struct ConfigFuzzTests {
    static let planExamples = ["leeds-joint-funded.json", "oldham-metropolitan-borough.json", "shropshire-rural-custom-team.json"]
    static let rolloutExamples = [
        "spending-review-2021-rollout.json", "england-202-teams-derived-rollout.json", "oldham-from-areas-rollout.json",
    ]

    @Test func tokenizerGivesTheTextBack() throws {
        for name in Self.planExamples + Self.rolloutExamples {
            let text = try String(contentsOfFile: CLI.example(name), encoding: .utf8)
            #expect(ConfigMutator.tokens(text).joined() == text)
        }
    }

    /// Runs `command` on `cases` mutations of the examples through `PIPlannerCommand.run`, in-process.
    func fuzzCommand(_ command: String, examples: [String], seed: UInt64, cases: Int) throws {
        let dir = try CLI.temporaryDirectory()
        // The from-areas rollout reads this plan config beside it.
        try FileManager.default.copyItem(
            atPath: CLI.example("oldham-metropolitan-borough.json"),
            toPath: dir.appendingPathComponent("oldham-metropolitan-borough.json").path)
        let texts = try examples.map { try String(contentsOfFile: CLI.example($0), encoding: .utf8) }
        let path = dir.appendingPathComponent("fuzz.json").path
        var rng = FuzzGenerator(seed: seed)
        var outcomes = [Int32: Int]()
        for index in 0..<cases {
            let mutated = ConfigMutator.mutate(texts.randomElement(using: &rng)!, &rng)
            try Data(mutated.utf8).write(to: URL(fileURLWithPath: path))
            let result = CLI.run([command, path])
            outcomes[result.code, default: 0] += 1
            let context = Comment(
                rawValue:
                    "\(command) case \(index) (seed \(seed)): exit \(result.code)\n\(result.err.prefix(400))\n--- config ---\n\(mutated)")
            #expect(result.code == 0 || result.code == 1, context)
            if result.code == 0 {
                #expect(!result.out.isEmpty, context)
            } else {
                #expect(result.out.isEmpty, Comment(rawValue: "no output with an error: " + context.rawValue))
                #expect(result.err.hasPrefix("error: ") || result.err.contains(": error: "), context)
                #expect(result.err.contains(dir.path), Comment(rawValue: "names the file: " + context.rawValue))
            }
        }
        // The mutations reach both outcomes: not all rejected at the parser, not all harmless.
        #expect(outcomes[0, default: 0] > cases / 10 && outcomes[1, default: 0] > cases / 10, "\(outcomes)")
    }

    @Test func planSurvivesMutatedConfigs() throws {
        try fuzzCommand("plan", examples: Self.planExamples, seed: 0xF022_0001, cases: 150)
    }

    @Test func rolloutSurvivesMutatedConfigs() throws {
        try fuzzCommand("rollout", examples: Self.rolloutExamples, seed: 0xF022_0002, cases: 150)
    }

    /// Many more cases through the loaders and renderers the commands use, with the reference data decoded once.
    @Test func loadersAndRenderersSurviveMutatedConfigs() throws {
        let reference = try ReferenceData.embedded()
        let dir = try CLI.temporaryDirectory()
        try FileManager.default.copyItem(
            atPath: CLI.example("oldham-metropolitan-borough.json"),
            toPath: dir.appendingPathComponent("oldham-metropolitan-borough.json").path)
        let plans = try Self.planExamples.map { try String(contentsOfFile: CLI.example($0), encoding: .utf8) }
        let rollouts = try Self.rolloutExamples.map { try String(contentsOfFile: CLI.example($0), encoding: .utf8) }
        var rng = FuzzGenerator(seed: 0xF022_0003)
        var loaded = 0
        for index in 0..<1_200 {
            let isPlan = index % 2 == 0
            let mutated = ConfigMutator.mutate((isPlan ? plans : rollouts).randomElement(using: &rng)!, &rng)
            let context = Comment(rawValue: "case \(index)\n\(mutated)")
            do {
                if isPlan {
                    let plan = try PlanConfigLoader(reference: reference).load(text: mutated, file: "fuzz.json")
                    let results = plan.areas.map { AreaPlanner.plan($0.input, assumptions: $0.assumptions) }
                    #expect(!PlanMarkdownRenderer.render(plan: plan, results: results, reference: reference, version: "0").isEmpty, context)
                    #expect(!PlanJSONRenderer.render(plan: plan, results: results, version: "0").isEmpty, context)
                    #expect(
                        !CompareRenderer.csv(
                            results.map { CompareEntry(plan: $0, origin: "fuzz.json") }, rankBy: CompareRenderer.defaultRankBy
                        ).isEmpty, context)
                } else {
                    let config = try RolloutConfigLoader(reference: reference).load(text: mutated, file: "fuzz.json", baseDirectory: dir)
                    let rollout = try RolloutPlanner(reference: reference).plan(config)
                    #expect(!RolloutMarkdownRenderer.render(rollout, version: "0").isEmpty, context)
                    #expect(!RolloutJSONRenderer.render(rollout, version: "0").isEmpty, context)
                    #expect(!RolloutCSVRenderer.render(rollout).isEmpty, context)
                }
                loaded += 1
            } catch {
                #expect(error.description.contains("error"), context)
                #expect(!error.diagnostics.isEmpty, Comment(rawValue: "an error names at least one problem: " + context.rawValue))
                #expect(error.diagnostics.allSatisfy { !$0.message.isEmpty && $0.location.file?.isEmpty == false }, context)
            }
        }
        #expect(loaded > 120, "mutations that still load are planned and rendered: \(loaded)")
    }
}
