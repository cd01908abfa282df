import PIPlannerIO

/// Children in low income families, FYE 2025 (DWP/HMRC, relative low income before housing costs, children aged 0–15),
/// for every UK authority: each council's published row; each English county (which has no row) as the sum of its
/// districts' counts over the sum of their denominators, a denominator being count ÷ proportion (the source's own rate
/// denominator: children aged 0–15, mid-year estimates).
extension AreaDerivation {
    static let lowIncomeCountColumn = "children_relative_low_income_bhc_fye2025"
    static let lowIncomeProportionColumn = "proportion_fye2025"
    static let lowIncomeSource =
        "DWP/HMRC Children in low income families FYE 2025, Table 7 (relative low income before housing costs, children aged 0-15)"

    mutating func addLowIncome() throws {
        let t = try table(.lowIncome, ["la_code", "la_name", Self.lowIncomeCountColumn, Self.lowIncomeProportionColumn])
        var lines: [String: Int] = [:]
        for row in t.rows {
            let code = try t.required(row, "la_code")
            // The UK row (K02000001) is not an authority.
            guard AreaDataBuilder.classify(code) != nil else { continue }
            guard let i = laIndex[code], las[i].tier != .county else {
                let why = laIndex[code] == nil ? "is not in the mid-2022 population file" : "is a county, which this table does not list"
                throw AreaDataError(file: t.file, line: row.line, column: "la_code", message: "\(code) \(why)")
            }
            if let first = lines[code] {
                throw AreaDataError(
                    file: t.file, line: row.line, column: "la_code", message: "duplicate code \(code) (first on line \(first))")
            }
            lines[code] = row.line
            las[i].lowIncome = try publishedLowIncome(t, row)
        }
        if let missing = las.first(where: { $0.tier != .county && $0.lowIncome == nil }) {
            throw AreaDataError(file: t.file, column: "la_code", message: "no FYE 2025 row for \(missing.code) \(missing.name)")
        }
        for i in las.indices where las[i].tier == .county { las[i].lowIncome = try countyLowIncome(las[i]) }
    }

    /// A council's own row: the count and proportion as published, and the denominator they imply (a whole number of
    /// children, or the row is refused).
    private func publishedLowIncome(_ t: AreaSourceTable, _ row: CSVTable.Row) throws -> DerivedLowIncome {
        let count = try t.int(row, Self.lowIncomeCountColumn)
        if count < 0 {
            throw AreaDataError(file: t.file, line: row.line, column: Self.lowIncomeCountColumn, message: "negative count: \(count)")
        }
        let text = try t.required(row, Self.lowIncomeProportionColumn)
        let proportion = try t.double(row, Self.lowIncomeProportionColumn)
        guard proportion > 0, proportion <= 1 else {
            throw AreaDataError(
                file: t.file, line: row.line, column: Self.lowIncomeProportionColumn,
                message: "\(text) is not a proportion above 0 and at most 1 (0.2718 means 27.18%)")
        }
        // count ÷ proportion is the number of children aged 0–15 the rate was taken over, whole up to float rounding.
        let exact = Double(count) / proportion
        let denominator = Int(exact.rounded())
        guard abs(exact - Double(denominator)) <= 1e-6 else {
            throw AreaDataError(
                file: t.file, line: row.line, column: Self.lowIncomeProportionColumn,
                message: "count \(count) ÷ proportion \(text) = \(exact), not a whole number of children aged 0-15")
        }
        return DerivedLowIncome(
            count: count, denominator: denominator, share: text, basis: .published,
            note: "\(Self.lowIncomeSource), same code; children aged 0-15 = count ÷ proportion")
    }

    /// A county: Σ district counts ÷ Σ district denominators, every term written out.
    private func countyLowIncome(_ county: DerivedLocalAuthority) throws -> DerivedLowIncome {
        let districts = las.filter { $0.parent == county.code }.sorted { $0.code < $1.code }
        guard !districts.isEmpty else {
            throw AreaDataError(file: SourceFile.ltla23ToUtla23.rawValue, message: "county \(county.code) has no districts")
        }
        let parts = districts.map { $0.lowIncome! }
        let count = parts.reduce(0) { $0 + $1.count }
        let denominator = parts.reduce(0) { $0 + $1.denominator }
        let terms = zip(districts, parts).map { "\($0.code) \($0.name) \($1.fraction)" }
        return .sum(
            count: count, denominator: denominator, basis: .summed,
            note:
                "no row of its own: Σ children in low income ÷ Σ children aged 0-15 over its \(districts.count) districts (ONS LTLA to UTLA April 2023 lookup): "
                + terms.joined(separator: " + ") + " = \(count)/\(denominator)")
    }

    /// An authority's count and denominator apportioned to its ICBs by LSOA11 count, by largest remainder (as its
    /// population), so its parts sum to its figures.
    func lowIncomeParts(of la: DerivedLocalAuthority) -> [(count: Int, denominator: Int)] {
        let weights = la.icbs.map(\.count)
        let counts = Apportionment.largestRemainder(la.lowIncome!.count, weights: weights)
        let denominators = Apportionment.largestRemainder(la.lowIncome!.denominator, weights: weights)
        return Array(zip(counts, denominators)).map { (count: $0.0, denominator: $0.1) }
    }

    /// The `cilif_fye2025_*` cells of a roll-up (an ICB or a health board) from its summed counts.
    static func rollUpLowIncomeCells(_ roll: DerivedRollUp, over what: String, apportioned: Bool) -> [String] {
        let note =
            "Σ children in low income ÷ Σ children aged 0-15 over \(what)"
            + (apportioned ? ", an authority split between ICBs apportioned by its LSOA11 count as its population is" : "") + ": "
            + roll.lowIncomeTerms.joined(separator: " + ") + " = \(roll.lowIncomeCount)/\(roll.lowIncomeDenominator)"
        return DerivedLowIncome.sum(
            count: roll.lowIncomeCount, denominator: roll.lowIncomeDenominator, basis: apportioned ? .apportioned : .summed, note: note
        ).cells
    }
}
