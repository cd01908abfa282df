import Foundation
import PIPlannerIO
import Testing

/// Replays saved fuzz inputs in-process through the fuzzer's own routes (`FuzzRoutes`), so `swift test` checks them
/// without libFuzzer: every file in Fuzz/regressions/ (an input that once crashed, leaked, timed out or broke an
/// invariant) and every seed in Fuzz/corpus/.
@Suite struct FuzzRegressionTests {
    /// The inputs in `folder` (relative to the package root), by name; notes (`*.md`) and hidden files are not inputs.
    static func inputs(in folder: String) -> [String] {
        let url = CLI.packageRoot.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
    }

    /// The longest a saved input may take here: the second the fuzzer allows an input (the inputs saved for timeouts
    /// took several).
    static let replaySecondsLimit = 1.0

    /// Runs the input `folder/name` through its route in a workspace of its own, known issues included; returns the
    /// broken invariant, if any, and the seconds it took.
    static func replay(_ folder: String, _ name: String) throws -> (broken: String?, seconds: Double) {
        let bytes = try Data(contentsOf: CLI.packageRoot.appendingPathComponent(folder).appendingPathComponent(name))
        let workspace = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let start = Date()
        let broken = FuzzRoutes(directory: workspace).check(Array(bytes), skippingKnownIssues: false)
        return (broken, Date().timeIntervalSince(start))
    }

    @Test(arguments: inputs(in: "Fuzz/regressions"))
    func regressionInputHoldsEveryInvariant(_ name: String) throws {
        let check = {
            let (broken, seconds) = try Self.replay("Fuzz/regressions", name)
            #expect(broken == nil, "Fuzz/regressions/\(name): \(broken ?? "")")
            #expect(seconds < Self.replaySecondsLimit, "Fuzz/regressions/\(name) took \(seconds) s")
        }
        if let issue = FuzzKnownIssue.all.first(where: { $0.reproducer == name }) {
            withKnownIssue(Comment(rawValue: issue.summary)) { try check() }
        } else {
            try check()
        }
    }

    /// Every known issue has its reproducer saved.
    @Test func knownIssuesHaveReproducers() {
        let saved = Set(Self.inputs(in: "Fuzz/regressions"))
        for issue in FuzzKnownIssue.all { #expect(saved.contains(issue.reproducer), "Fuzz/regressions/\(issue.reproducer)") }
    }

    @Test(arguments: inputs(in: "Fuzz/corpus"))
    func seedHoldsEveryInvariant(_ name: String) throws {
        let broken = try Self.replay("Fuzz/corpus", name).broken
        #expect(broken == nil, "Fuzz/corpus/\(name): \(broken ?? "")")
    }

    /// The seeds start the fuzzer on every route.
    @Test func seedsCoverEveryRoute() throws {
        var routes = Set<FuzzRoutes.Route>()
        for name in Self.inputs(in: "Fuzz/corpus") {
            let bytes = try Data(contentsOf: CLI.packageRoot.appendingPathComponent("Fuzz/corpus").appendingPathComponent(name))
            if let first = bytes.first { routes.insert(FuzzRoutes.Route.allCases[Int(first) % FuzzRoutes.Route.allCases.count]) }
        }
        #expect(routes == Set(FuzzRoutes.Route.allCases))
    }

    /// The checks catch what they are for: a harness that passed everything would find nothing.
    @Test func checksRejectWhatIsBroken() {
        #expect(FuzzJSONCheck.misplaced(SourceLocation(line: 2, column: 1), in: "{}") != nil)
        #expect(FuzzJSONCheck.misplaced(SourceLocation(line: 1, column: 3), in: "{}") == nil)
        #expect(FuzzOutcome(arguments: ["--version"]).brokenInvariant(format: "json", outputFile: nil) != nil, "not JSON")
        #expect(FuzzOutcome(arguments: ["plan"]).brokenInvariant(format: nil, outputFile: nil) == nil, "usage error, with a message")
    }
}
