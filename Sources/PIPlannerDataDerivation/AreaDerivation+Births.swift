import Foundation
import PIPlannerIO

/// Births 2022 (published on pre-April-2023 boundaries) carried to the April 2023 authorities:
/// published under the same code, summed over the districts a new unitary replaced, or
/// apportioned from a figure ONS publishes for several authorities at once.
extension AreaDerivation {
    /// A births row whose code lists several authorities ("E06000052, E06000053").
    private struct CombinedBirths {
        var codes: [String]
        var name: String
        var count: Int
        var line: Int
    }

    mutating func addBirths() throws {
        let birthsTable = try table(.births, ["area_code", "area_name", "live_births_total"])
        var births: [String: (name: String, count: Int)] = [:]
        var combined: [CombinedBirths] = []
        for row in birthsTable.rows {
            let code = try birthsTable.required(row, "area_code")
            let name = try birthsTable.required(row, "area_name")
            let count = try birthsTable.int(row, "live_births_total")
            if code.contains(",") {
                let parts = code.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.allSatisfy({ laIndex[$0] != nil }) {
                    combined.append(CombinedBirths(codes: parts, name: name, count: count, line: row.line))
                }
            } else {
                births[code] = (name, count)
            }
        }
        try readLAD22ToLAD23()
        try addPublishedOrSummedBirths(births)
        try apportionCombinedBirths(combined)
        if let missing = las.first(where: { $0.births == nil }) {
            throw AreaDataError(file: birthsTable.file, message: "no 2022 births for \(missing.code) \(missing.name)")
        }
    }

    /// The ONS LAD22 → LAD23 lookup, and for each code that changed, the codes it replaced.
    private mutating func readLAD22ToLAD23() throws {
        let lad23Table = try table(.lad22ToLad23, ["lad22_code", "lad22_name", "lad23_code"])
        for row in lad23Table.rows {
            let old = try lad23Table.required(row, "lad22_code")
            let new = try lad23Table.required(row, "lad23_code")
            guard laIndex[new] != nil else {
                throw AreaDataError(
                    file: lad23Table.file, line: row.line, column: "lad23_code", message: "\(new) is not in the mid-2022 population file")
            }
            lad22ToLad23[old] = new
            if old != new { predecessors[new, default: []].append(old) }
        }
    }

    private mutating func addPublishedOrSummedBirths(_ births: [String: (name: String, count: Int)]) throws {
        for i in las.indices {
            let code = las[i].code
            if let published = births[code] {
                las[i].births = published.count
                las[i].birthsBasis = .published
                switch las[i].nation {
                case .scotland: las[i].birthsNote = "ONS Birth characteristics 2022 Table 1 (NRS figure as compiled by ONS), same code"
                case .northernIreland:
                    las[i].birthsNote = "ONS Birth characteristics 2022 Table 1 (NISRA figure as compiled by ONS), same code"
                case .england, .wales: las[i].birthsNote = "ONS Birth characteristics 2022 Table 1, same code"
                }
            } else if let olds = predecessors[code]?.sorted() {
                var terms: [String] = []
                var total = 0
                for old in olds {
                    guard let b = births[old] else {
                        throw AreaDataError(
                            file: SourceFile.births.rawValue, column: "area_code",
                            message: "no 2022 births for \(old), a predecessor of \(code)")
                    }
                    terms.append("\(b.name) \(old) \(b.count)")
                    total += b.count
                }
                las[i].births = total
                las[i].birthsBasis = .summed
                las[i].birthsNote =
                    "created 1 April 2023; sum of the 2022 births of the districts it replaced (ONS LAD22 to LAD23 lookup): "
                    + terms.joined(separator: " + ") + " = \(total)"
            }
        }
    }

    /// Splits each combined figure pro rata to mid-2022 age-0 population, by largest remainder so the parts sum to it.
    private mutating func apportionCombinedBirths(_ combined: [CombinedBirths]) throws {
        for group in combined {
            let members = group.codes.map { las[laIndex[$0]!] }
            if let already = members.first(where: { $0.births != nil }) {
                throw AreaDataError(
                    file: SourceFile.births.rawValue, line: group.line, column: "area_code",
                    message: "\(already.code) has births of its own and in a combined row")
            }
            let parts = Apportionment.largestRemainder(group.count, weights: members.map(\.populationAge0))
            let description = zip(members, parts).map { "\($0.name) \($0.code) \($1) (age-0 population \($0.populationAge0))" }
            for (member, part) in zip(members, parts) {
                let i = laIndex[member.code]!
                las[i].births = part
                las[i].birthsBasis = .apportioned
                las[i].birthsNote =
                    "ONS publishes one figure, \(group.count), for \(group.name) (code \"\(group.codes.joined(separator: ", "))\"); "
                    + "split pro rata to mid-2022 age-0 population, rounded by largest remainder so the parts sum to \(group.count): "
                    + description.joined(separator: "; ")
            }
        }
    }
}
