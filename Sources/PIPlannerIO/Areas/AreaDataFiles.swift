import Foundation

/// File I/O around the pure `AreaDataBuilder`: read the sources from a package checkout,
/// derive, compare with or rewrite the shipped files.
public enum AreaDataFiles {
    /// `ReferenceData/` under a package root.
    public static func referenceDataDirectory(packageRoot: URL) -> URL {
        packageRoot.appendingPathComponent("ReferenceData", isDirectory: true)
    }

    /// Reads every `AreaDataBuilder.SourceFile` from `ReferenceData/areas/sources/`.
    public static func readSources(packageRoot: URL) throws -> [AreaDataBuilder.SourceFile: String] {
        let directory = referenceDataDirectory(packageRoot: packageRoot).appendingPathComponent(
            AreaFileSchema.sourcesDirectory, isDirectory: true)
        var sources: [AreaDataBuilder.SourceFile: String] = [:]
        for file in AreaDataBuilder.SourceFile.allCases {
            sources[file] = try String(contentsOf: directory.appendingPathComponent(file.rawValue), encoding: .utf8)
        }
        return sources
    }

    /// Derives the shipped files from the checkout's sources. Returns, for each shipped file,
    /// the derived text and the text currently on disk (nil if the file is missing).
    public static func derive(packageRoot: URL) throws -> [(file: String, derived: String, shipped: String?)] {
        let outputs = try AreaDataBuilder.build(sources: readSources(packageRoot: packageRoot))
        let directory = referenceDataDirectory(packageRoot: packageRoot).appendingPathComponent(AreaFileSchema.directory, isDirectory: true)
        return outputs.keys.sorted().map { name in
            (name, outputs[name]!, try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
        }
    }

    /// Re-derives and overwrites the shipped files. Returns the names of files whose content changed.
    @discardableResult
    public static func record(packageRoot: URL) throws -> [String] {
        let directory = referenceDataDirectory(packageRoot: packageRoot).appendingPathComponent(AreaFileSchema.directory, isDirectory: true)
        var changed: [String] = []
        for (name, derived, shipped) in try derive(packageRoot: packageRoot) where derived != shipped {
            try Data(derived.utf8).write(to: directory.appendingPathComponent(name), options: .atomic)
            changed.append(name)
        }
        return changed
    }
}
