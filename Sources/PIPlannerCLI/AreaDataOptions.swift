import Foundation
import PIPlannerIO

/// `--area-data DIR` and `--scenario FILE`, shared by batch, compare and init.
enum AreaDataOptions {
    /// The area catalog: the three files from DIR, or the copy built in. Bad rows are collected, never fatal;
    /// a missing file or column is.
    static func loadCatalog(_ args: ParsedArguments) throws(PlannerError) -> (catalog: AreaCatalog, origin: String) {
        guard let dir = args.options["area-data"] else {
            do { return (try AreaCatalog.embedded(badRows: .collect), "embedded") } catch {
                throw .referenceData(file: AreaFileSchema.directory, message: String(describing: error))
            }
        }
        var texts: [String] = []
        for name in [AreaFileSchema.localAuthoritiesFile, AreaFileSchema.icbsFile, AreaFileSchema.healthBoardsFile] {
            let path = URL(fileURLWithPath: dir).appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path) else { throw .fileNotFound(path) }
            guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(file: path, reason: "permission denied or not a file") }
            guard let text = String(data: data, encoding: .utf8) else { throw .unreadable(file: path, reason: utf8Problem(data)) }
            texts.append(text)
        }
        do {
            return (try AreaCatalog(localAuthoritiesCSV: texts[0], icbsCSV: texts[1], healthBoardsCSV: texts[2], badRows: .collect), dir)
        } catch let error as AreaDataError {
            throw .referenceData(file: URL(fileURLWithPath: dir).appendingPathComponent(error.file).path, message: error.description)
        } catch {
            throw .referenceData(file: dir, message: String(describing: error))
        }
    }

    /// The scenario from `--scenario FILE`, or the built-in defaults. Fails (exit 1) on any invalid value.
    static func loadScenario(_ args: ParsedArguments, reference: ReferenceData) throws(PlannerError) -> LoadedScenario {
        let loader = PlanConfigLoader(reference: reference)
        if let path = args.options["scenario"] { return try loader.loadScenario(path: path) }
        return try loader.defaultScenario()
    }
}
