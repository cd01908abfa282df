import Foundation
import PackagePlugin

/// Embeds every file under the package's `ReferenceData/` directory into the
/// `PIPlannerIO` module, so the shipped binary needs no data files at run time.
@main
struct EmbedReferenceDataPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dataDirectory = context.package.directoryURL.appendingPathComponent("ReferenceData")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedReferenceData.swift")
        var inputs: [URL] = []
        if let enumerator = FileManager.default.enumerator(at: dataDirectory, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding ReferenceData (\(inputs.count) files)",
                executable: try context.tool(named: "ReferenceDataEmbedder").url,
                arguments: [dataDirectory.path, output.path],
                inputFiles: inputs.sorted { $0.path < $1.path },
                outputFiles: [output]
            )
        ]
    }
}
