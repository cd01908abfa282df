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

/// England's maltreatment share as the planner should derive it: 17,820 babies under one in need at 31 March 2022
/// (DfE a7) ÷ 577,046 live births in England in 2022 (ONS) = 0.0308814.
let nationalMaltreatmentShare = 17_820.0 / 577_046.0

/// England's children-in-need rate at 31 March 2024 per 10,000 children (DfE b1, national row).
let englandChildrenInNeedRate = 332.9

/// The local-derived maltreatment share of an English authority with children-in-need rate `rate` (per 10,000).
func maltreatmentProxy(rate: Double) -> Double { nationalMaltreatmentShare * rate / englandChildrenInNeedRate }
