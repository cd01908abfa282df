import Foundation
import PIPlannerIO

/// Reads the shipped area files and their ONS sources directly (not through the planner's builder),
/// so tests can work out expected values independently.
enum AreaFiles {
    static let areas = packageRoot.appendingPathComponent("ReferenceData/areas")

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: areas.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Rows of a CSV as dictionaries keyed by header.
    static func rows(_ relative: String) throws -> [[String: String]] {
        let table = CSVTable.parse(try text(relative))
        return table.rows.map { row in
            Dictionary(
                uniqueKeysWithValues: table.header.enumerated().map {
                    ($0.element, $0.offset < row.fields.count ? row.fields[$0.offset] : "")
                })
        }
    }

    /// The row of `local-authorities.csv` with this code.
    static func localAuthority(_ code: String) throws -> [String: String] {
        guard let row = try rows("local-authorities.csv").first(where: { $0["gss_code"] == code }) else {
            throw TestDataError.missing(code)
        }
        return row
    }

    /// Copies the three shipped files to a new temporary directory, with `edit` applied to local-authorities.csv.
    static func copy(editingLocalAuthorities edit: (String) -> String = { $0 }) throws -> URL {
        let dir = temporaryDirectory()
        for name in ["local-authorities.csv", "icbs.csv", "health-boards.csv"] {
            var content = try text(name)
            if name == "local-authorities.csv" { content = edit(content) }
            try content.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir
    }
}

enum TestDataError: Error { case missing(String) }

/// Parses JSON lines output.
func parseJSONLines(_ text: String) -> [[String: Any]] {
    text.split(separator: "\n").map { parseJSON(String($0)) }
}

/// Parses CSV output into dictionaries keyed by header.
func parseCSV(_ text: String) -> [[String: String]] {
    let table = CSVTable.parse(text)
    return table.rows.map { row in
        Dictionary(
            uniqueKeysWithValues: table.header.enumerated().map { ($0.element, $0.offset < row.fields.count ? row.fields[$0.offset] : "") })
    }
}

/// England's maltreatment share as the planner should derive it: 19,640 babies under one in need (001, note ix)
/// ÷ 577,046 live births in England in 2022 (ONS) = 0.0340354.
let nationalMaltreatmentShare = 19_640.0 / 577_046.0
