import Foundation
import PIPlannerIO

/// Where a command writes: standard output and standard error, replaceable in tests. Control characters in the text are
/// written as visible symbols (`ControlCharacters`), on both streams.
///
/// A write that fails (a full disk, a closed stream, a reader that went away) never traps: the first failure on each
/// stream is kept, later writes to that stream are skipped, and `PIPlannerCommand.run` reports it once and exits 1
/// (``finish(_:)``), so output cut short is never passed off as complete.
public final class CommandIO: @unchecked Sendable {
    private let writeOut: (String) throws -> Void
    private let writeErr: (String) throws -> Void
    /// Environment variables the command may read (PIPLANNER_REFERENCE_DATA).
    public let environment: [String: String]
    /// Why writing to standard output failed, the first time it did; nil while every write has succeeded.
    public private(set) var outFailure: String?
    /// Why writing to standard error failed, the first time it did; nil while every write has succeeded.
    public private(set) var errFailure: String?

    /// Writes with `out` and `err`; a closure that throws is a failed write of that stream.
    public init(out: @escaping (String) throws -> Void, err: @escaping (String) throws -> Void, environment: [String: String] = [:]) {
        self.writeOut = out
        self.writeErr = err
        self.environment = environment
    }

    /// The process's own stdout and stderr.
    public static func standard() -> CommandIO {
        StandardStream.reportBrokenPipes()
        let (out, err) = (StandardStream(descriptor: 1), StandardStream(descriptor: 2))
        return CommandIO(out: { try out.write($0) }, err: { try err.write($0) }, environment: ProcessInfo.processInfo.environment)
    }

    /// Writes to standard output, unless a write to it has already failed.
    public func out(_ text: String) {
        guard outFailure == nil else { return }
        do { try writeOut(ControlCharacters.visible(text)) } catch { outFailure = "\(error)" }
    }

    /// Writes to standard error, unless a write to it has already failed.
    public func err(_ text: String) {
        guard errFailure == nil else { return }
        do { try writeErr(ControlCharacters.visible(text)) } catch { errFailure = "\(error)" }
    }

    /// The exit code of a command that returned `code`, with any failed write reported: one line on standard error for
    /// standard output, and exit 1 (or the command's own non-zero code) when either stream failed.
    public func finish(_ code: Int32) -> Int32 {
        if let outFailure {
            err("error: cannot write to standard output: \(outFailure); the output is incomplete\n")
        }
        guard outFailure != nil || errFailure != nil else { return code }
        return code == 0 ? 1 : code
    }
}

/// Captures output in memory, for tests and benchmarks.
public final class CapturedIO: @unchecked Sendable {
    public private(set) var stdout = ""
    public private(set) var stderr = ""
    private let lock = NSLock()
    public init() {}
    public func io(environment: [String: String] = [:]) -> CommandIO {
        CommandIO(
            out: { [self] s in
                lock.lock()
                stdout += s
                lock.unlock()
            },
            err: { [self] s in
                lock.lock()
                stderr += s
                lock.unlock()
            },
            environment: environment)
    }
}
