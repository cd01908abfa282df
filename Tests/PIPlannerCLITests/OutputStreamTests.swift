import Foundation
import PIPlannerCLI
import Testing

/// Issue 12, class 1: a write to standard output or standard error that fails never traps. The command exits 1 with
/// one line on standard error (where that still works), and output cut short is reported, never passed off as complete.
@Suite struct OutputStreamTests {
    static let leeds = CLI.example("leeds-joint-funded.json")

    /// A stream that takes `limit` bytes and then fails, as a full disk does.
    final class FailingStream: @unchecked Sendable {
        var written = ""
        let limit: Int
        init(limit: Int) { self.limit = limit }
        func write(_ text: String) throws {
            guard written.utf8.count + text.utf8.count <= limit else { throw CocoaError(.fileWriteOutOfSpace) }
            written += text
        }
    }

    @Test func aFailingStandardOutputIsReportedInOneLineAndExitsOne() {
        let out = FailingStream(limit: 0)
        var errors = ""
        let io = CommandIO(out: { try out.write($0) }, err: { errors += $0 })
        let code = PIPlannerCommand.run(arguments: ["plan", Self.leeds], io: io)
        #expect(code == 1)
        #expect(errors.split(separator: "\n").count == 1, "one line: \(errors)")
        #expect(errors.hasPrefix("error: cannot write to standard output: ") && errors.contains("the output is incomplete"))
    }

    @Test func aFailingStandardErrorStillExitsOneWithoutTrapping() {
        let err = FailingStream(limit: 0)
        let io = CommandIO(out: { _ in }, err: { try err.write($0) })
        #expect(PIPlannerCommand.run(arguments: ["plan", "/nonexistent/config.json"], io: io) == 1)
        // A usage error keeps its own exit code.
        #expect(PIPlannerCommand.run(arguments: ["plan"], io: io) == 2)
    }

    @Test(arguments: [">/dev/full", ">&-"])
    func theExecutableReportsAFullOrClosedStandardOutput(redirection: String) throws {
        let result = try Binary.run(["plan", Self.leeds], redirections: redirection)
        #expect(result.code == 1, "exit \(result.code): \(result.stderr)")
        #expect(result.stderr.hasPrefix("error: cannot write to standard output: "), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "one line, no backtrace: \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test(arguments: ["2>&-", "2>/dev/full"])
    func theExecutableSurvivesAClosedOrFullStandardError(redirection: String) throws {
        let result = try Binary.run(["plan", "/nonexistent/config.json"], redirections: redirection)
        #expect(result.code == 1, "exit \(result.code), not a trap")
    }

    @Test func aReaderThatWentAwayIsAFailedWriteNotASilentDeath() throws {
        let pipe = Pipe()
        // No process holds the reading end: every write to the pipe fails (EPIPE; SIGPIPE would end the process).
        try pipe.fileHandleForReading.close()
        let result = try Binary.run(["reference"], redirections: "", stdout: pipe.fileHandleForWriting)
        #expect(result.code == 1, "exit \(result.code): \(result.stderr)")
        #expect(result.stderr.contains("cannot write to standard output: Broken pipe"), "\(result.stderr)")
    }

    @Test(arguments: ["2>&-", "2>/dev/full"])
    func batchWritesItsOutputFileBeforeItsSummary(redirection: String) throws {
        let output = try CLI.temporaryDirectory().appendingPathComponent("wales.csv").path
        let result = try Binary.run(["batch", "--areas", "wales", "--output", output], redirections: redirection)
        #expect(result.code == 1, "the summary was lost, so not a clean exit")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        let expected = CLI.run(["batch", "--areas", "wales"]).out
        #expect(text == expected, "the file is complete")
    }
}
