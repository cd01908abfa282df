import Foundation
import PIPlannerIO

/// Writes command output to stdout or, atomically, to a file, never over one of the command's inputs.
enum OutputWriter {
    static func write(_ text: String, to path: String?, inputs: [String], io: CommandIO) throws(PlannerError) {
        guard let path, path != "-" else {
            io.out(text)
            return
        }
        guard !path.isEmpty else { throw .usage("--output needs a file name (or - for standard output)") }
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == target {
            throw .usage("--output \(path) is one of the inputs; piplanner never overwrites an input")
        }
        var info = stat()
        if stat(path, &info) == 0 {
            let kind = info.st_mode & mode_t(S_IFMT)
            if kind == mode_t(S_IFDIR) { throw .writeFailed(file: path, reason: "it is a directory; expected a file name") }
            // A device or pipe (/dev/null, /dev/stdout, a FIFO) is written in place: renaming a temporary file over it
            // would replace it with a regular file (as root), or fail where its directory is not writable.
            if kind != mode_t(S_IFREG) {
                guard let handle = FileHandle(forWritingAtPath: path) else {
                    throw .writeFailed(file: path, reason: "cannot open it for writing")
                }
                defer { try? handle.close() }
                do { try handle.write(contentsOf: Data(text.utf8)) } catch {
                    throw .writeFailed(file: path, reason: error.localizedDescription)
                }
                return
            }
        }
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .writeFailed(file: path, reason: "directory \(directory.path) does not exist")
        }
        // Write beside the target and rename, so a reader never sees a half-written file.
        let temporary = directory.appendingPathComponent(
            ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .writeFailed(file: path, reason: error.localizedDescription)
        }
        // rename(2) replaces an existing file atomically. (FileManager.replaceItemAt fails on Linux when the
        // target exists, after removing it, which left no file at all.)
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .writeFailed(file: path, reason: reason)
        }
    }
}
