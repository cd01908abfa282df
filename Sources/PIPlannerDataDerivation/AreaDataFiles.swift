import Foundation
import PIPlannerIO

/// File I/O around the pure `AreaDataBuilder`: read the sources from a directory, derive,
/// compare with or rewrite the shipped files in another.
public enum AreaDataFiles {
    /// The package checkout this target was built from: the default for both directories, so
    /// `swift run derive-area-data` works from any directory.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `ReferenceData/areas/`: where the shipped files are.
    public static let defaultOutputDirectory = packageRoot.appendingPathComponent("ReferenceData", isDirectory: true)
        .appendingPathComponent(AreaFileSchema.directory, isDirectory: true)
    /// `ReferenceData/areas/sources/`: the unchanged source files.
    public static let defaultSourcesDirectory = packageRoot.appendingPathComponent("ReferenceData", isDirectory: true)
        .appendingPathComponent(AreaFileSchema.sourcesDirectory, isDirectory: true)

    /// Reads every `AreaDataBuilder.SourceFile` from `directory`.
    public static func readSources(from directory: URL) throws -> [AreaDataBuilder.SourceFile: String] {
        var sources: [AreaDataBuilder.SourceFile: String] = [:]
        for file in AreaDataBuilder.SourceFile.allCases {
            sources[file] = try InputFile.readText(directory.appendingPathComponent(file.rawValue).path, what: "an area source file")
        }
        return sources
    }

    /// Derives the shipped files from the sources in `sourcesDirectory` and reads the copies now in
    /// `outputDirectory` (nil where missing), in file-name order.
    public static func derive(
        sourcesDirectory: URL = defaultSourcesDirectory, outputDirectory: URL = defaultOutputDirectory
    ) throws -> [DerivedAreaFile] {
        let outputs = try AreaDataBuilder.build(sources: readSources(from: sourcesDirectory))
        return outputs.keys.sorted().map { name in
            // Decoded with repair, so a byte that is not UTF-8 shows as a difference rather than as a missing file.
            let shipped = FileManager.default.contents(atPath: outputDirectory.appendingPathComponent(name).path)
            return DerivedAreaFile(name: name, derived: outputs[name]!, shipped: shipped.map { String(decoding: $0, as: UTF8.self) })
        }
    }

    /// Writes each file whose shipped copy differs, atomically (a reader never sees half a file).
    /// Returns the names of the files written.
    @discardableResult
    public static func write(_ files: [DerivedAreaFile], to outputDirectory: URL) throws -> [String] {
        var written: [String] = []
        for file in files where !file.isUpToDate {
            try Data(file.derived.utf8).write(to: outputDirectory.appendingPathComponent(file.name), options: .atomic)
            written.append(file.name)
        }
        return written
    }

    /// Re-derives and overwrites the shipped files. Returns the names of files whose content changed.
    @discardableResult
    public static func record(
        sourcesDirectory: URL = defaultSourcesDirectory, outputDirectory: URL = defaultOutputDirectory
    ) throws -> [String] {
        try write(derive(sourcesDirectory: sourcesDirectory, outputDirectory: outputDirectory), to: outputDirectory)
    }
}
