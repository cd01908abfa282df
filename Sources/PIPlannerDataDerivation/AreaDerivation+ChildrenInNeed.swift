import Foundation
import PIPlannerIO

/// Children in need at 31 March 2024 per 10,000 children aged under 18 (DfE), for each English upper-tier authority:
/// the rate the maltreatment-risk proxy scales England's under-1 share by. Copied as written; a row DfE marks instead
/// of giving a rate is shipped as `unavailable`, naming the marker.
extension AreaDerivation {
    static let childrenInNeedYear = "2024"
    static let childrenInNeedRateColumn = "At31_episodes_rate"
    static let childrenInNeedSource =
        "DfE Characteristics of children in need 2024, b1: children in need at 31 March 2024 per 10,000 children aged under 18"
    /// DfE's symbols for a cell with no figure (explore-education-statistics conventions).
    static let dfeMarkers = [
        "c": "confidential (suppressed)", "u": "low reliability", "x": "not available", "z": "not applicable", "": "empty",
    ]
    /// A rate per 10,000 children cannot exceed 10,000.
    static let ratePer10000Limit = 10_000.0

    mutating func addChildrenInNeed() throws {
        let t = try table(.childrenInNeed, ["time_period", "geographic_level", "new_la_code", "la_name", Self.childrenInNeedRateColumn])
        var lines: [String: Int] = [:]
        for row in t.rows {
            guard try t.required(row, "time_period") == Self.childrenInNeedYear,
                try t.required(row, "geographic_level") == "Local authority"
            else { continue }
            let code = try t.required(row, "new_la_code")
            guard let i = laIndex[code], las[i].nation == .england, las[i].tier.isPlanningUnit else {
                throw AreaDataError(
                    file: t.file, line: row.line, column: "new_la_code",
                    message: "\(code) is not an English upper-tier authority in the mid-2022 population file")
            }
            if let first = lines[code] {
                throw AreaDataError(
                    file: t.file, line: row.line, column: "new_la_code",
                    message: "duplicate \(Self.childrenInNeedYear) row for \(code) (first on line \(first))")
            }
            lines[code] = row.line
            las[i].childrenInNeed = try childrenInNeed(t, row)
        }
        for i in las.indices {
            guard las[i].nation == .england, las[i].tier.isPlanningUnit else {
                las[i].childrenInNeed.note =
                    las[i].nation == .england
                    ? "lower-tier district: DfE publishes children in need for its county"
                    : "DfE's children-in-need statistics cover England only"
                continue
            }
            if lines[las[i].code] == nil {
                throw AreaDataError(
                    file: t.file, column: "new_la_code",
                    message: "no \(Self.childrenInNeedYear) local-authority row for \(las[i].code) \(las[i].name)")
            }
        }
    }

    /// One authority's rate: a number per 10,000 (0 to 10,000) as written, or a DfE marker (no rate).
    private func childrenInNeed(_ t: AreaSourceTable, _ row: CSVTable.Row) throws -> DerivedChildrenInNeed {
        let column = Self.childrenInNeedRateColumn
        let text = try t.string(row, column).trimmingCharacters(in: .whitespaces)
        if let marker = Self.dfeMarkers[text] {
            let cell = text.isEmpty ? "empty" : "'\(text)' (\(marker))"
            return DerivedChildrenInNeed(
                ratePer10000: nil, basis: .unavailable,
                note: "\(Self.childrenInNeedSource): no rate, the cell is \(cell); plans use England's national share")
        }
        guard let rate = Double(text), rate.isFinite else {
            throw AreaDataError(
                file: t.file, line: row.line, column: column,
                message: "not a number or a DfE marker (c, u, x, z): \"\(text)\"")
        }
        guard rate >= 0, rate <= Self.ratePer10000Limit else {
            throw AreaDataError(
                file: t.file, line: row.line, column: column, message: "\(text) is not a rate per 10,000 children (0 to 10,000)")
        }
        return DerivedChildrenInNeed(ratePer10000: text, basis: .published, note: "\(Self.childrenInNeedSource), same code")
    }
}
