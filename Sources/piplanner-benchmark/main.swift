import Foundation
import PIPlannerCLI

// Measures piplanner on the shipped examples, in-process, and prints the figures.
// Usage: swift run -c release piplanner-benchmark [ITERATIONS]
// Tests never assert timings; this prints them for the changelog and issue notes.

// Usage: swift run -c release piplanner-benchmark uncertainty [RUNS]   (draws: every planning area x 10,000, and a plan)
let uncertaintyMode = CommandLine.arguments.count > 1 && CommandLine.arguments[1] == "uncertainty"
let countArgument = uncertaintyMode ? 2 : 1
let iterations =
    CommandLine.arguments.count > countArgument ? max(1, Int(CommandLine.arguments[countArgument]) ?? 50) : (uncertaintyMode ? 5 : 50)
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let examples =
    (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Examples").path))?
    .filter { $0.hasSuffix(".json") && !$0.contains("rollout") }.sorted() ?? []

func measure(_ label: String, _ arguments: [String]) {
    var samples: [Double] = []
    for _ in 0..<iterations {
        let captured = CapturedIO()
        let start = DispatchTime.now().uptimeNanoseconds
        let code = PIPlannerCommand.run(arguments: arguments, io: captured.io())
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        if code != 0 {
            print("\(label): exit \(code): \(captured.stderr)")
            return
        }
    }
    samples.sort()
    let median = samples[samples.count / 2]
    let p90 = samples[min(samples.count - 1, Int(Double(samples.count) * 0.9))]
    print(
        "\(label.padding(toLength: 56, withPad: " ", startingAt: 0)) median \(String(format: "%8.2f", median)) ms   p90 \(String(format: "%8.2f", p90)) ms   (\(iterations) runs)"
    )
}

if uncertaintyMode {
    UncertaintyBenchmark(root: root, runs: iterations).run()
    exit(0)
}
print("piplanner \(PIPlannerCommand.version) benchmark, in-process, including reference-data decoding on every run")
for example in examples {
    let path = root.appendingPathComponent("Examples/\(example)").path
    measure("plan \(example) (markdown)", ["plan", path])
    measure("plan \(example) (json)", ["plan", path, "--format", "json"])
    measure("plan \(example) (html)", ["plan", path, "--format", "html"])
}
measure("reference (markdown)", ["reference"])
measure("batch --areas all (csv, 218 areas)", ["batch", "--areas", "all"])
measure("batch --areas all (jsonl, 218 areas)", ["batch", "--areas", "all", "--format", "jsonl"])
measure("batch --areas all (html with the hex map, 218 areas)", ["batch", "--areas", "all", "--format", "html"])
