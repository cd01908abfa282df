import Foundation
import PIPlannerCLI

/// `piplanner-benchmark uncertainty [RUNS]`: times `batch` over every shipped planning area (councils, ICBs and
/// health boards) × 10,000 draws with percentiles, and `plan` on one example × 10,000 draws, each in-process and
/// end to end (the release `piplanner` binary as a child process), and prints medians and peak memory
/// (getrusage's ru_maxrss). Build the release binary first: `swift build -c release`.
struct UncertaintyBenchmark {
    let root: URL
    let runs: Int

    func run() {
        let codes = ["all", "icbs", "health-boards"].flatMap(codes(of:))
        print("piplanner \(PIPlannerCommand.version) uncertainty benchmark: \(codes.count) planning areas, median of \(runs) runs")
        let batch = ["batch", "--areas", codes.joined(separator: ","), "--draws", "10000", "--format", "csv"]
        let plan = ["plan", root.appendingPathComponent("Examples/leeds-joint-funded.json").path, "--draws", "10000"]
        report("batch, every planning area x 10,000 draws (csv)", batch)
        report("plan leeds-joint-funded.json x 10,000 draws (markdown)", plan)
    }

    /// The codes of a set, from its batch CSV's first column.
    func codes(of set: String) -> [String] {
        let captured = CapturedIO()
        _ = PIPlannerCommand.run(arguments: ["batch", "--areas", set], io: captured.io())
        return captured.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: ",").first ?? "") }
            .filter { $0 != "TOTAL" && !$0.isEmpty }
    }

    func report(_ label: String, _ arguments: [String]) {
        var inProcess: [Double] = []
        for _ in 0..<runs {
            let captured = CapturedIO()
            let start = DispatchTime.now().uptimeNanoseconds
            let code = PIPlannerCommand.run(arguments: arguments, io: captured.io())
            inProcess.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            if code > 1 { print("\(label): exit \(code): \(captured.stderr.prefix(400))") }
        }
        let binary = root.appendingPathComponent(".build/release/piplanner")
        var endToEnd: [Double] = []
        var peakKB = 0
        if FileManager.default.isExecutableFile(atPath: binary.path) {
            for _ in 0..<runs {
                let process = Process()
                process.executableURL = binary
                process.arguments = arguments
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                let start = DispatchTime.now().uptimeNanoseconds
                do { try process.run() } catch { break }
                process.waitUntilExit()
                endToEnd.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            var usage = rusage()
            getrusage(RUSAGE_CHILDREN.rawValue, &usage)
            peakKB = usage.ru_maxrss
        }
        var own = rusage()
        getrusage(RUSAGE_SELF.rawValue, &own)
        let e2e =
            endToEnd.isEmpty
            ? "(no .build/release/piplanner)" : String(format: "%.0f ms, peak %.0f MB", median(endToEnd), Double(peakKB) / 1024)
        print(
            "\(label.padding(toLength: 56, withPad: " ", startingAt: 0)) in-process \(String(format: "%7.1f", median(inProcess))) ms; end to end \(e2e); benchmark process peak \(own.ru_maxrss / 1024) MB"
        )
    }

    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
}
