import Foundation

/// Reads an input file (config, scenario, area data) as UTF-8 text, with the errors every command gives.
package enum InputFile {
    /// Largest input read, in bytes. Not a planning figure: it stops a path such as /dev/zero being read
    /// forever. The largest shipped input (the local-authority table) is about 100 KB.
    static let maxBytes = 64 << 20

    /// The text of the file at `path`; `what` names the expected kind of file in messages ("a config file").
    package static func readText(_ path: String, what: String) throws(PlannerError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound(path) }
        guard !isDirectory.boolValue else { throw .unreadable(file: path, reason: "it is a directory; expected \(what)") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(file: path, reason: "permission denied or not a file")
        }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.read(upToCount: maxBytes + 1) ?? Data() } catch {
            throw .unreadable(file: path, reason: error.localizedDescription)
        }
        guard data.count <= maxBytes else { throw .unreadable(file: path, reason: "larger than \(maxBytes >> 20) MiB; expected \(what)") }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(file: path, data) }
        return text
    }
}
