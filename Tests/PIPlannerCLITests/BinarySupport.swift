import Foundation

/// Runs the built `piplanner` executable in a child process, for what only a real process shows: a closed or full
/// standard stream, a pipe whose reader has gone, standard input as a file.
enum Binary {
    /// The executable beside the test bundle (both are products of the same build).
    static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("piplanner")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return CLI.packageRoot.appendingPathComponent(".build/debug/piplanner")
    }

    struct Result {
        /// The exit status; for a process ended by a signal, 128 + the signal, as a shell reports it.
        var code: Int32
        var stderr: String
    }

    /// `piplanner arguments` through `/bin/sh -c`, with `redirections` (e.g. `>/dev/full`, `>&-`, `2>&-`, `<FILE`)
    /// applied to it. Standard error is captured unless a redirection takes it; standard output goes to /dev/null
    /// unless one does.
    static func run(_ arguments: [String], redirections: String, stdout: FileHandle? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec \"$0\" \"$@\" \(redirections)", executable.path] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = stdout ?? FileHandle.nullDevice
        process.environment = ["PATH": "/usr/bin:/bin"]
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let code = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Result(code: code, stderr: text)
    }
}
