import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads an input file (config, scenario, area data, reference data) with the errors every command gives. It is the
/// one reader of inputs: each file is opened once and read to its end, so a pipe (`validate <(...)`, `/dev/stdin`, a
/// FIFO) reads as a file does, and within a command (``InputLog``) a path read again gives the same bytes without
/// opening it again. Every file read is logged with its device and inode, so that `--output` can refuse any of them.
package enum InputFile {
    /// Largest input read, in bytes. Not a planning figure: it stops a path such as /dev/zero being read
    /// forever. The largest shipped input (the local-authority table) is about 100 KB.
    static let maxBytes = 64 << 20

    /// The text of the file at `path`; `what` names the expected kind of file in messages ("a config file").
    package static func readText(_ path: String, what: String) throws(PlannerError) -> String {
        let data = try readData(path, what: what)
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(file: path, data) }
        return text
    }

    /// The bytes of the file at `path`, read once (see the type's summary).
    package static func readData(_ path: String, what: String) throws(PlannerError) -> Data {
        if let earlier = InputLog.current?.data(at: path) { return earlier }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw openFailure(path, errno: errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
        guard info.st_mode & mode_t(S_IFMT) != mode_t(S_IFDIR) else {
            throw .unreadable(file: path, reason: "it is a directory; expected \(what)")
        }
        let data = try readAll(descriptor, path: path, what: what)
        InputLog.current?.record(path: path, id: InputLog.FileID(info), data: data)
        return data
    }

    /// Everything `descriptor` gives until its end, at most `maxBytes`.
    private static func readAll(_ descriptor: Int32, path: String, what: String) throws(PlannerError) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
            guard data.count <= maxBytes else {
                throw .unreadable(file: path, reason: "larger than \(maxBytes >> 20) MiB; expected \(what)")
            }
        }
    }

    /// The error for a file `open(2)` refused, in plain words.
    private static func openFailure(_ path: String, errno code: Int32) -> PlannerError {
        switch code {
        case ENOENT, ENOTDIR: return .fileNotFound(path)
        case EACCES, EPERM: return .unreadable(file: path, reason: "permission denied")
        default: return .unreadable(file: path, reason: String(cString: strerror(code)))
        }
    }
}

/// The files one command has read, by path and by device and inode: what `--output` must never replace, and the bytes
/// of each, so that a path named twice is read once. A command binds one for its run (``InputLog/recording(_:)``);
/// reads outside one are not logged.
package final class InputLog: @unchecked Sendable {
    /// A file read: where it is on disk.
    package struct FileID: Hashable, Sendable {
        package var device: UInt64
        package var inode: UInt64

        /// The file `info` describes (from stat(2)).
        package init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    @TaskLocal package static var current: InputLog?

    private let lock = NSLock()
    private var dataByPath: [String: Data] = [:]
    private var pathsByID: [FileID: String] = [:]

    package init() {}

    /// Runs `body` with a fresh log bound as ``current``.
    package static func recording<T>(_ body: () -> T) -> T { $current.withValue(InputLog(), operation: body) }

    /// The path, as the command named it, of the input that is the file `id`; nil when none is.
    package func input(at id: FileID) -> String? {
        lock.withLock { pathsByID[id] }
    }

    func data(at path: String) -> Data? { lock.withLock { dataByPath[path] } }

    func record(path: String, id: FileID, data: Data) {
        lock.withLock {
            dataByPath[path] = data
            pathsByID[id] = pathsByID[id] ?? path
        }
    }
}
