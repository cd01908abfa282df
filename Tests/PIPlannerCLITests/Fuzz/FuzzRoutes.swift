import Foundation
import PIPlannerCLI
import PIPlannerIO

/// Where one fuzz input goes and what must hold afterwards. Shared by the libFuzzer entry (`Fuzz/PIPlannerFuzz.swift`,
/// compiled together with this file by `Scripts/fuzz.sh`) and `FuzzRegressionTests`, so `swift test` replays a saved
/// input through exactly the routes the fuzzer took.
///
/// An input is a header and a payload: byte 0 picks the route (modulo the number of routes), byte 1 is the route's
/// variant, and the rest is the payload: a config or scenario file, JSON text, or an area code. Variant bit 0 writes
/// the report with `--output` instead of to standard output (for `validate`: names the file twice); the bits above
/// pick the `--format`, modulo the formats the command offers, so the fuzzer reaches every renderer. Only stable
/// entry points are used: `PIPlannerCommand.run(arguments:io:)` with captured output, and `JSONParser.parse`.
struct FuzzRoutes: Sendable {
    /// What byte 0 selects.
    enum Route: UInt8, CaseIterable, Sendable {
        case json, plan, validate, rollout, batch, compare, initArea
    }

    /// The area every scenario is planned for: Leeds, as in the command examples.
    static let scenarioArea = "E08000035"

    /// The per-process directory holding the payload file and the `--output` file; reused for every input.
    let directory: URL
    var configPath: String { directory.appendingPathComponent("config.json").path }
    var outputPath: String { directory.appendingPathComponent("output.txt").path }

    /// Creates `directory` (and any missing parents) if needed.
    init(directory: URL) {
        self.directory = directory
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// The workspace of this process under the temporary directory, named by process id so parallel jobs never share it.
    static func forThisProcess() -> FuzzRoutes {
        FuzzRoutes(directory: processDirectory)
    }

    static var processDirectory: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("piplanner-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
    }

    /// Runs one input through its route; returns the first broken invariant, or nil when every one held. An input that
    /// may hit a known open bug (`FuzzKnownIssue`) is not run unless `skippingKnownIssues` is false.
    func check(_ bytes: [UInt8], skippingKnownIssues: Bool = true) -> String? {
        guard let first = bytes.first else { return nil }
        let route = Route.allCases[Int(first) % Route.allCases.count]
        let variant = bytes.count > 1 ? bytes[1] : 0
        let payload = Array(bytes.dropFirst(2))
        let toFile = variant & 1 == 1
        let formatIndex = Int(variant >> 1)
        if skippingKnownIssues, FuzzKnownIssue.matching(route, payload) != nil { return nil }
        if route == .json { return FuzzJSONCheck.check(payload) }
        if route == .initArea { return checkInit(code: String(decoding: payload, as: UTF8.self), toFile: toFile) }
        do { try Data(payload).write(to: URL(fileURLWithPath: configPath)) } catch {
            return "harness: cannot write \(configPath): \(error)"
        }
        let command: [String]
        let formats: [String]
        switch route {
        case .validate:
            return checkRun(toFile ? ["validate", configPath, configPath] : ["validate", configPath], format: nil, toFile: false)
        case .plan: (command, formats) = (["plan", configPath], ["markdown", "json", "csv"])
        case .rollout: (command, formats) = (["rollout", configPath], ["markdown", "json", "csv"])
        case .batch: (command, formats) = (["batch", "--areas", Self.scenarioArea, "--scenario", configPath], ["csv", "jsonl"])
        case .compare: (command, formats) = (["compare", Self.scenarioArea, "--scenario", configPath], ["markdown", "csv", "json"])
        case .json, .initArea: return nil
        }
        let format = formats[formatIndex % formats.count]
        return checkRun(command + ["--format", format], format: format, toFile: toFile)
    }

    /// `init --area CODE`; a starter config it writes must then plan unchanged (exit 0), as its help promises.
    private func checkInit(code: String, toFile: Bool) -> String? {
        let arguments = ["init", "--area", code] + (toFile ? ["--output", outputPath, "--force"] : [])
        let outcome = FuzzOutcome(arguments: arguments)
        if let broken = outcome.brokenInvariant(format: nil, outputFile: toFile ? outputPath : nil) { return broken }
        guard outcome.code == 0 else { return nil }
        let starter = toFile ? (try? Data(contentsOf: URL(fileURLWithPath: outputPath))) ?? Data() : Data(outcome.stdout.utf8)
        do { try starter.write(to: URL(fileURLWithPath: configPath)) } catch { return "harness: cannot write \(configPath): \(error)" }
        let plan = FuzzOutcome(arguments: ["plan", configPath])
        guard plan.code == 0 else { return "the starter config of \(outcome.command) does not plan: exit \(plan.code): \(plan.stderr)" }
        return plan.brokenInvariant(format: "markdown", outputFile: nil)
    }

    private func checkRun(_ arguments: [String], format: String?, toFile: Bool) -> String? {
        if toFile { try? FileManager.default.removeItem(atPath: outputPath) }
        let outcome = FuzzOutcome(arguments: arguments + (toFile ? ["--output", outputPath] : []))
        return outcome.brokenInvariant(format: format, outputFile: toFile ? outputPath : nil)
    }
}
