import Foundation

/// Where a command writes: standard output and standard error, replaceable in tests.
public final class CommandIO: @unchecked Sendable {
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void
    /// Environment variables the command may read (PIPLANNER_REFERENCE_DATA).
    public let environment: [String: String]

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void, environment: [String: String] = [:]) {
        self.writeOut = out
        self.writeErr = err
        self.environment = environment
    }

    /// The process's own stdout and stderr.
    public static func standard() -> CommandIO {
        CommandIO(
            out: { FileHandle.standardOutput.write(Data($0.utf8)) },
            err: { FileHandle.standardError.write(Data($0.utf8)) },
            environment: ProcessInfo.processInfo.environment)
    }

    public func out(_ text: String) { writeOut(text) }
    public func err(_ text: String) { writeErr(text) }
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
