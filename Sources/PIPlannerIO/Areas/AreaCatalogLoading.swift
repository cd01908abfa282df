import Foundation
import PIPlannerModel

extension AreaCatalog {
    /// The area data for `--area-data DIR` (its three files), or the copy built in (nil), with its origin
    /// (`embedded` or DIR). Bad rows are collected in `rejects`, never fatal; a missing file or column is.
    public static func load(areaDataDirectory dir: String?) throws(PlannerError) -> (catalog: AreaCatalog, origin: String) {
        guard let dir else {
            do { return (try embeddedCatalog.get(), "embedded") } catch { throw areaDataError(error, in: nil) }
        }
        var texts: [String] = []
        for path in files(inAreaDataDirectory: dir) {
            texts.append(try InputFile.readText(path, what: "an area data CSV file"))
        }
        do {
            return (try AreaCatalog(localAuthoritiesCSV: texts[0], icbsCSV: texts[1], healthBoardsCSV: texts[2], badRows: .collect), dir)
        } catch {
            throw areaDataError(error, in: dir)
        }
    }

    /// The built-in area files read once per process (they are compiled into the binary, so each read is the same).
    private static let embeddedCatalog = Result { try AreaCatalog.embedded(badRows: .collect) }

    /// What the area files throw (an `AreaDataError`; anything else is named as it is) as a fatal error.
    private static func areaDataError(_ error: any Error, in dir: String?) -> PlannerError {
        guard let error = error as? AreaDataError else {
            return PlannerError(
                Diagnostic(
                    severity: .error, category: .areaData, message: "\(error)", location: .init(file: dir ?? AreaFileSchema.directory)))
        }
        return PlannerError(error.diagnostic(in: dir))
    }

    /// The paths of the three area files in an `--area-data` directory.
    public static func files(inAreaDataDirectory dir: String) -> [String] {
        [AreaFileSchema.localAuthoritiesFile, AreaFileSchema.icbsFile, AreaFileSchema.healthBoardsFile].map {
            URL(fileURLWithPath: dir).appendingPathComponent($0).path
        }
    }

    /// The lower-tier and unitary authorities an area is made of: a council and (for a county) its districts; an ICB's
    /// lower-tier authorities; a health board's councils. Two areas overlap when these sets meet.
    public func authorities(covering area: PlanningArea) -> Set<String> {
        switch area.kind {
        case .localAuthority: return Set([area.code] + districts(of: area.code).map(\.code))
        case .icb: return Set(icb(code: area.code)?.lowerTierLACodes ?? [])
        case .healthBoard: return Set(healthBoard(code: area.code)?.laCodes ?? [])
        }
    }
}
