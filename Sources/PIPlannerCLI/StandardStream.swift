import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A write to a standard stream that did not complete: why, and how much of the text got through.
struct StreamWriteError: Error, CustomStringConvertible {
    /// The system's reason, e.g. "No space left on device".
    var reason: String
    /// Bytes written before the failure, and bytes asked for.
    var written: Int
    var total: Int

    var description: String { written == 0 ? reason : "\(reason) after \(written) of \(total) bytes" }
}

/// Standard output or standard error of the process, written with write(2) so that a failure (a full disk, a closed
/// descriptor, a reader that went away) is an error to report, never a trap: `FileHandle.write(_:)` traps on one.
struct StandardStream {
    /// 1 or 2.
    let descriptor: Int32
    /// Why nothing can be written to the stream at all (it was closed when the process started); nil when open.
    let closedReason: String?

    /// The stream on `descriptor`. A descriptor closed when the process started is pointed at /dev/null, so that no file
    /// the command opens later takes its number (writing a report into an input), and every write to it fails.
    init(descriptor: Int32) {
        self.descriptor = descriptor
        if fcntl(descriptor, F_GETFD) == -1 {
            let null = open("/dev/null", O_RDWR)
            if null >= 0, null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
            closedReason = "it was closed when piplanner started"
        } else {
            closedReason = nil
        }
    }

    /// Writes all of `text`, retrying short and interrupted writes.
    func write(_ text: String) throws(StreamWriteError) {
        let bytes = Array(text.utf8)
        let total = bytes.count
        if let closedReason { throw StreamWriteError(reason: closedReason, written: 0, total: total) }
        var offset = 0
        while offset < total {
            let count = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress! + offset, total - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw StreamWriteError(reason: String(cString: strerror(errno)), written: offset, total: total)
            }
            offset += count
        }
    }

    /// Makes a write to a pipe whose reader has gone (`piplanner plan c.json | head -1`) fail with EPIPE, reported like
    /// any other failed write, instead of ending the process silently by SIGPIPE.
    static func reportBrokenPipes() { signal(SIGPIPE, SIG_IGN) }
}

/// write(2), named apart from `StandardStream.write(_:)`.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(descriptor, buffer, count)
    #else
        Darwin.write(descriptor, buffer, count)
    #endif
}
