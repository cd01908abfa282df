import Foundation
import PIPlannerIO
import PIPlannerModel

/// The `derive-area-data` command line: re-derives `ReferenceData/areas/*.csv` from the raw sources.
/// `run(arguments:)` returns the exit code, as piplanner's does: 0 ok, 1 a file differs (`--check`) or a
/// source is bad, 2 usage error.
public enum DeriveAreaDataCommand {
    public static let help = """
        derive-area-data: re-derives the shipped area files (local-authorities.csv, icbs.csv, health-boards.csv)
        from the unchanged ONS, MHCLG and PHS source files, as ReferenceData/areas/README.md describes.

        USAGE: derive-area-data [--check] [SOURCES_DIR [OUTPUT_DIR]]

        ARGUMENTS:
          SOURCES_DIR   The source files (default: ReferenceData/areas/sources of this checkout)
          OUTPUT_DIR    The shipped files, rewritten atomically where they differ (default: ReferenceData/areas)

        OPTIONS:
          --check       Write nothing; fail naming the first differing line of each file that differs
          --help, -h    Show this help

        EXIT CODES: 0 ok (under --check: every file matches); 1 a file differs (--check) or a source is bad;
        2 usage error.
        """

    /// Runs the command line `arguments` (without the program name), writing to `out` and `err`.
    public static func run(
        arguments: [String],
        out: (String) -> Void = { FileHandle.standardOutput.write(Data($0.utf8)) },
        err: (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    ) -> Int32 {
        var check = false
        var directories: [String] = []
        for argument in arguments {
            switch argument {
            case "--help", "-h":
                out(help + "\n")
                return 0
            case "--check": check = true
            case _ where argument.hasPrefix("-") && argument != "-":
                return usage("unknown option '\(argument)'", err)
            default: directories.append(argument)
            }
        }
        guard directories.count <= 2 else { return usage("expected at most SOURCES_DIR and OUTPUT_DIR", err) }
        let sources = directories.first.map { URL(fileURLWithPath: $0) } ?? AreaDataFiles.defaultSourcesDirectory
        let output = directories.dropFirst().first.map { URL(fileURLWithPath: $0) } ?? AreaDataFiles.defaultOutputDirectory
        for directory in [sources, output] where !isDirectory(directory) {
            err(DiagnosticFormatter.terminal([error(directory.path, "not a directory", category: .unreadable)]))
            return 1
        }
        do {
            let files = try AreaDataFiles.derive(sourcesDirectory: sources, outputDirectory: output)
            return check ? report(files, in: output, out, err) : try write(files, to: output, out)
        } catch let error as AreaDataError {
            err(DiagnosticFormatter.terminal([error.diagnostic(in: sources.path)]))
        } catch {
            err(DiagnosticFormatter.terminal([Diagnostic(severity: .error, category: .areaData, message: "\(error)")]))
        }
        return 1
    }

    /// `--check`: 0 when every file matches, else 1 naming each differing file and its first differing line.
    private static func report(_ files: [DerivedAreaFile], in output: URL, _ out: (String) -> Void, _ err: (String) -> Void) -> Int32 {
        let stale = files.filter { !$0.isUpToDate }
        for file in stale {
            let path = output.appendingPathComponent(file.name).path
            guard let difference = file.firstDifference else {
                err(DiagnosticFormatter.terminal([error(path, "missing; the derivation writes it")]))
                continue
            }
            err(
                DiagnosticFormatter.terminal([
                    error(
                        path, "differs from its derivation", line: difference.line,
                        notes: ["shipped: \(difference.shipped ?? "<end of file>")", "derived: \(difference.derived ?? "<end of file>")"])
                ]))
        }
        if !stale.isEmpty {
            err("Run 'swift run derive-area-data' to rewrite the shipped files, if the change is intended.\n")
            return 1
        }
        out("up to date: \(files.map(\.name).joined(separator: ", ")) in \(output.path)\n")
        return 0
    }

    private static func write(_ files: [DerivedAreaFile], to output: URL, _ out: (String) -> Void) throws -> Int32 {
        let written = try AreaDataFiles.write(files, to: output)
        for file in files {
            out("\(written.contains(file.name) ? "wrote" : "unchanged"): \(output.appendingPathComponent(file.name).path)\n")
        }
        return 0
    }

    private static func usage(_ message: String, _ err: (String) -> Void) -> Int32 {
        err(
            DiagnosticFormatter.terminal([
                Diagnostic(severity: .error, category: .usage, message: message, notes: ["run 'derive-area-data --help' for usage"])
            ]))
        return 2
    }

    /// An error about a file of the area data (or a directory), at `line` when one is known.
    private static func error(
        _ path: String, _ message: String, line: Int? = nil, category: Diagnostic.Category = .areaData, notes: [String] = []
    ) -> Diagnostic {
        Diagnostic(severity: .error, category: category, message: message, location: .init(file: path, line: line), notes: notes)
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
