import Foundation
import PIPlannerIO

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes command output to stdout or, atomically, to a file, never over one of the command's inputs.
enum OutputWriter {
    /// Writes `text` to standard output (`path` nil or `-`) or to the file `path`. The file must not be any input of the
    /// command (``refuseInput(_:named:)``); a regular file is replaced atomically keeping its permission bits, a device
    /// or pipe is written in place. `inputs` names inputs the command did not read through `InputFile` (none today).
    static func write(_ text: String, to path: String?, inputs: [String] = [], io: CommandIO) throws(PlannerError) {
        guard let path, path != "-" else {
            io.out(text)
            return
        }
        // The one rule for control characters, as `CommandIO` applies it to standard output.
        let text = ControlCharacters.visible(text)
        guard !path.isEmpty else { throw .usage("--output needs a file name (or - for standard output)") }
        var info = stat()
        guard stat(path, &info) == 0 else { return try replace(path, with: text, mode: nil) }
        try refuseInput(info, named: path, inputs: inputs)
        let kind = info.st_mode & mode_t(S_IFMT)
        if kind == mode_t(S_IFDIR) { throw .writeFailed(file: path, reason: "it is a directory; expected a file name") }
        // A device or pipe (/dev/null, /dev/stdout, a FIFO) is written in place: renaming a temporary file over it
        // would replace it with a regular file (as root), or fail where its directory is not writable.
        guard kind == mode_t(S_IFREG) else { return try writeInPlace(path, text) }
        try replace(path, with: text, mode: info.st_mode & 0o7777)
    }

    /// The one output-protection check: refuses a target that is, by device and inode (so through a hard link, a
    /// symbolic link or a bind mount too), a file the command read as input (`InputLog`) or one of `inputs`.
    static func refuseInput(_ target: stat, named path: String, inputs: [String]) throws(PlannerError) {
        let id = InputLog.FileID(target)
        var input = InputLog.current?.input(at: id)
        for named in inputs where input == nil {
            var info = stat()
            if stat(named, &info) == 0, InputLog.FileID(info) == id { input = named }
        }
        guard let input else { return }
        let same = input == path ? "" : " (the same file as \(input))"
        throw .usage("--output \(path) is one of the command's inputs\(same); piplanner never overwrites an input")
    }

    private static func writeInPlace(_ path: String, _ text: String) throws(PlannerError) {
        guard let handle = FileHandle(forWritingAtPath: path) else { throw .writeFailed(file: path, reason: "cannot open it for writing") }
        defer { try? handle.close() }
        do { try handle.write(contentsOf: Data(text.utf8)) } catch { throw .writeFailed(file: path, reason: plainReason(error)) }
    }

    /// Writes `text` to a temporary file beside `path` and renames it over `path`, so a reader never sees a half-written
    /// file. The temporary file is created with `mode` (an existing target's permission bits; nil for a new file,
    /// which gets the default permissions less the umask), so a 600 file is never readable by others, even briefly.
    private static func replace(_ path: String, with text: String, mode: mode_t?) throws(PlannerError) {
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .writeFailed(file: path, reason: "directory \(directory.path) does not exist")
        }
        let temporary = directory.appendingPathComponent(
            ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp"
        ).path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode ?? 0o666)
        guard descriptor >= 0 else { throw .writeFailed(file: path, reason: String(cString: strerror(errno))) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            // The umask may have cleared bits of an existing file's mode; set them exactly.
            if let mode, fchmod(descriptor, mode) != 0 { throw CocoaError(.fileWriteNoPermission) }
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        } catch {
            unlink(temporary)
            throw .writeFailed(file: path, reason: plainReason(error))
        }
        // rename(2) replaces an existing file atomically. (FileManager.replaceItemAt fails on Linux when the
        // target exists, after removing it, which left no file at all.)
        if rename(temporary, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .writeFailed(file: path, reason: reason)
        }
    }

    /// The system's reason for a failed write ("No space left on device"), not Foundation's wrapper of it.
    static func plainReason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let posix = underlying ?? ((error as NSError).domain == NSPOSIXErrorDomain ? error as NSError : nil) {
            return String(cString: strerror(Int32(posix.code)))
        }
        return error.localizedDescription
    }
}
