import Foundation
import PackagePlugin

/// Embeds the package's `ReferenceData/` directory into the `PIPlannerIO` module, so the shipped binary
/// needs no data files at run time. Only what the runtime reads is embedded: not the raw sources the area
/// files are derived from (`areas/sources/`, read only by `derive-area-data`), not Markdown, not dotfiles.
@main
struct EmbedReferenceDataPlugin: BuildToolPlugin {
    /// Relative paths (under `ReferenceData/`) never embedded: folders by prefix, files by extension.
    static let excludedFolders = ["areas/sources/"]
    static let excludedExtensions = [".md"]

    static func isEmbedded(_ relative: String) -> Bool {
        !relative.split(separator: "/").contains { $0.hasPrefix(".") }
            && !excludedFolders.contains { relative.hasPrefix($0) }
            && !excludedExtensions.contains { relative.lowercased().hasSuffix($0) }
    }

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dataDirectory = context.package.directoryURL.appendingPathComponent("ReferenceData").standardizedFileURL
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedReferenceData.swift")
        var relativePaths: [String] = []
        if let enumerator = FileManager.default.enumerator(at: dataDirectory, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                let relative = String(url.standardizedFileURL.path.dropFirst(dataDirectory.path.count + 1))
                if Self.isEmbedded(relative) { relativePaths.append(relative) }
            }
        }
        relativePaths.sort()
        return [
            .buildCommand(
                displayName: "Embedding ReferenceData (\(relativePaths.count) files)",
                executable: try context.tool(named: "ReferenceDataEmbedder").url,
                arguments: [dataDirectory.path, output.path] + relativePaths,
                inputFiles: relativePaths.map { dataDirectory.appendingPathComponent($0) },
                outputFiles: [output]
            )
        ]
    }
}
