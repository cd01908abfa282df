import Foundation
import PIPlannerModel

/// The cells of an area row that describe need and NHS geography: IDACI 2019, children in low income families
/// (FYE 2025), children in need (2024) and ICB membership. Each names the file, line and column of a bad value.
extension AreaCatalog {
    /// A share counted to the precision the derivation writes (6 decimals) may differ from count ÷ denominator by half
    /// a unit in the last place; a published share, by float rounding only.
    static let lowIncomeShareTolerance = 1e-6

    private static func fail(_ t: AreaSourceTable, _ row: CSVTable.Row, _ column: String, _ message: String) -> AreaDataError {
        AreaDataError(file: t.file, line: row.line, column: column, message: message)
    }

    /// `idaci2019_rate` (a proportion, or empty) and its basis, which must agree.
    static func idaci(_ t: AreaSourceTable, _ row: CSVTable.Row) throws -> (Double?, IDACIBasis) {
        let rateText = try t.string(row, "idaci2019_rate")
        let basis = try choice(t, row, "idaci2019_basis", IDACIBasis.self)
        var rate: Double? = nil
        if !rateText.isEmpty {
            let value = try t.double(row, "idaci2019_rate")
            if !(0...1).contains(value) { throw fail(t, row, "idaci2019_rate", "\(value) is not a proportion between 0 and 1") }
            rate = value
        }
        if (rate == nil) != (basis == .none) {
            throw fail(t, row, "idaci2019_basis", "basis \(basis.rawValue) does not match \(rate == nil ? "an empty" : "a given") rate")
        }
        return (rate, basis)
    }

    /// The five `cilif_fye2025_*` cells: nil when the basis is `none` (and the numbers are empty); otherwise a share
    /// between 0 and 1 that is the count over the denominator.
    static func lowIncome(_ t: AreaSourceTable, _ row: CSVTable.Row) throws -> LowIncomeFigures? {
        let basis = try choice(t, row, "cilif_fye2025_basis", CILIFBasis.self)
        let columns = ["cilif_fye2025_share", "cilif_fye2025_children_low_income", "cilif_fye2025_children_aged_0_15"]
        let given = try columns.filter { !(try t.string(row, $0)).isEmpty }
        if basis == .none {
            if let column = given.first { throw fail(t, row, column, "a value is given but cilif_fye2025_basis is none") }
            return nil
        }
        let share = try t.double(row, columns[0])
        guard (0...1).contains(share) else { throw fail(t, row, columns[0], "\(share) is not a proportion between 0 and 1") }
        let children = try count(t, row, columns[2])
        let lowIncome = try count(t, row, columns[1])
        guard children > 0, lowIncome <= children else {
            throw fail(t, row, columns[1], "\(lowIncome) children in low income out of \(children) children aged 0-15")
        }
        let ratio = Double(lowIncome) / Double(children)
        guard abs(ratio - share) <= lowIncomeShareTolerance else {
            throw fail(
                t, row, columns[0],
                "share \(share) is not the children in low income over the children aged 0-15 (\(lowIncome)/\(children) = \(ratio))")
        }
        return LowIncomeFigures(
            share: share, childrenLowIncome: lowIncome, childrenAged0To15: children, basis: basis,
            note: try t.string(row, "cilif_fye2025_note"))
    }

    /// `cin_2024_rate_per_10000` (0 to 10,000, or empty) and its basis: a rate only for a published English upper-tier row.
    static func childrenInNeed(_ t: AreaSourceTable, _ row: CSVTable.Row, tier: AreaTier) throws -> (Double?, ChildrenInNeedBasis) {
        let column = "cin_2024_rate_per_10000"
        let basis = try choice(t, row, "cin_2024_basis", ChildrenInNeedBasis.self)
        let text = try t.string(row, column)
        let englishUpperTier = tier.nation == .england && tier.isPlanningUnit
        if basis == .none && englishUpperTier {
            throw fail(t, row, "cin_2024_basis", "an English upper-tier authority needs basis published or unavailable")
        }
        if basis != .none && !englishUpperTier {
            throw fail(t, row, "cin_2024_basis", "only English upper-tier authorities have a children-in-need rate")
        }
        guard basis == .published else {
            if !text.isEmpty { throw fail(t, row, column, "a rate is given but cin_2024_basis is \(basis.rawValue)") }
            return (nil, basis)
        }
        let rate = try t.double(row, column)
        guard (0...10_000).contains(rate) else { throw fail(t, row, column, "\(rate) is not a rate per 10,000 children (0 to 10,000)") }
        return (rate, basis)
    }

    /// The authority's ICBs with their LSOA11 counts and shares: at least one in England, none elsewhere.
    static func icbShares(_ t: AreaSourceTable, _ row: CSVTable.Row, nation: AreaNation) throws -> [ICBShare] {
        let icbCodes = try list(t, row, "icb22_codes")
        let icbCounts = try list(t, row, "icb22_lsoa11_counts")
        let icbShares = try list(t, row, "icb22_lsoa11_shares")
        guard icbCodes.count == icbCounts.count, icbCodes.count == icbShares.count else {
            throw fail(
                t, row, "icb22_lsoa11_counts", "icb22_codes, icb22_lsoa11_counts and icb22_lsoa11_shares must list the same number of items"
            )
        }
        var icbs: [ICBShare] = []
        for k in icbCodes.indices {
            let c = icbCodes[k]
            guard c.count == 9, c.hasPrefix("E54") else { throw fail(t, row, "icb22_codes", "not an ICB code: \"\(c)\"") }
            guard let n = Int(icbCounts[k]), n > 0 else {
                throw fail(t, row, "icb22_lsoa11_counts", "not a positive count: \"\(icbCounts[k])\"")
            }
            guard let s = Double(icbShares[k]), (0...1).contains(s) else {
                throw fail(t, row, "icb22_lsoa11_shares", "not a share between 0 and 1: \"\(icbShares[k])\"")
            }
            icbs.append(ICBShare(icbCode: c, lsoa11Count: n, share: s))
        }
        if nation == .england && icbs.isEmpty { throw fail(t, row, "icb22_codes", "an English authority needs at least one ICB") }
        if nation != .england && !icbs.isEmpty { throw fail(t, row, "icb22_codes", "ICBs are for English authorities only") }
        // The counts are added up to weigh an authority split between ICBs: a sum past Int.max trapped.
        var lsoaTotal = 0
        for share in icbs {
            let (sum, overflow) = lsoaTotal.addingReportingOverflow(share.lsoa11Count)
            if overflow { throw fail(t, row, "icb22_lsoa11_counts", "counts too large to add up: \"\(icbCounts.joined(separator: ";"))\"") }
            lsoaTotal = sum
        }
        if !icbs.isEmpty {
            let sum = icbs.map(\.share).reduce(0, +)
            if abs(sum - 1) > 1e-3 { throw fail(t, row, "icb22_lsoa11_shares", "shares sum to \(sum), not 1") }
        }
        return icbs
    }
}
