import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 12, class 2 and the unreadable-file messages of class 9: every input is read once, through the one input
/// reader, so standard input, a process substitution and a named pipe read as files do.
@Suite struct InputReadingTests {
    static let leeds = CLI.example("leeds-joint-funded.json")
    static let rollout = CLI.example("spending-review-2021-rollout.json")

    /// A named pipe that `writes` times gives the text of `source` to whoever opens it for reading.
    static func fifo(serving source: String, writes: Int = 1) throws -> String {
        let path = try CLI.temporaryDirectory().appendingPathComponent("config.json").path
        #expect(mkfifo(path, 0o600) == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: source))
        Thread.detachNewThread {
            for _ in 0..<writes {
                // Opening for writing waits for a reader.
                guard let handle = FileHandle(forWritingAtPath: path) else { return }
                try? handle.write(contentsOf: data)
                try? handle.close()
            }
        }
        return path
    }

    @Test(arguments: [leeds, rollout])
    func validateReadsANamedPipeOnce(config: String) throws {
        let result = CLI.run(["validate", try Self.fifo(serving: config)])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains(": ok ("))
    }

    @Test func aPathNamedTwiceIsReadOnce() throws {
        // A pipe gives its text once: the second AREA is the same input, not a second read that would wait forever.
        let pipe = try Self.fifo(serving: Self.leeds)
        let result = CLI.run(["compare", pipe, pipe, "--format", "csv"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.split(separator: "\n").count == 3)
    }

    @Test(arguments: [leeds, rollout])
    func validateReadsStandardInput(config: String) throws {
        let result = try Binary.run(["validate", "/dev/stdin"], redirections: "<'\(config)'")
        #expect(result.code == 0, "\(result.stderr)")
    }

    #if os(Linux)
        @Test func anUnreadableProcFileGivesAPlainMessage() {
            let result = CLI.run(["plan", "/proc/self/mem"])
            #expect(result.code == 1)
            #expect(result.err == "/proc/self/mem: error: cannot read: Input/output error\n")
        }
    #endif

    @Test func aDirectoryAndAMissingFileAreNamedPlainly() throws {
        let dir = try CLI.temporaryDirectory()
        #expect(CLI.run(["validate", dir.path]).err.contains("\(dir.path): error: cannot read: it is a directory; expected a config file"))
        #expect(CLI.run(["plan", dir.path + "/none.json"]).err == "\(dir.path)/none.json: error: file not found\n")
    }
}
