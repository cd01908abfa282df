import PIPlannerIO

/// IDACI 2019 for the English upper tier: published under the same code in IoD2019 File 11, or, for the
/// authorities created 2020–2023, derived through their `IoD2019Succession`.
extension AreaDerivation {
    /// The IoD2019 summary files, each indexed by area code.
    private struct IoDFile {
        var table: AreaSourceTable
        var rows: [String: CSVTable.Row] = [:]

        init(_ table: AreaSourceTable) throws {
            self.table = table
            for row in table.rows { rows[try table.required(row, "area_code")] = row }
        }
    }

    mutating func addIDACI() throws {
        let columns = ["area_code", "area_name", "idaci_avg_score_rate", "income_avg_score_rate", "income_scale_people"]
        let upper = try IoDFile(table(.iod2019UpperTier, columns))
        let lower = try IoDFile(table(.iod2019LowerTier, columns))
        for i in las.indices {
            let la = las[i]
            guard la.nation == .england else {
                las[i].idaciNote =
                    "IoD2019 covers England only; no comparable deprivation index is shipped for \(la.nation.displayName) (its low-income share is cilif_fye2025_share)"
                continue
            }
            guard la.tier.isPlanningUnit else {
                las[i].idaciNote = "lower-tier district: use its upper-tier authority's rate"
                continue
            }
            if let row = upper.rows[la.code] {
                las[i].idaci = try upper.table.required(row, "idaci_avg_score_rate")
                _ = try upper.table.double(row, "idaci_avg_score_rate")
                las[i].idaciBasis = .published
                las[i].idaciNote = "MHCLG IoD2019 File 11 (upper-tier), same code"
                continue
            }
            guard let succession = IoD2019Succession.byCode[la.code] else {
                throw AreaDataError(
                    file: upper.table.file, column: "area_code",
                    message: "\(la.code) \(la.name) is not in IoD2019 File 11 and has no stated succession")
            }
            switch succession {
            case .sameArea(let predecessor, let change): try copyIDACI(i, from: predecessor, change: change, upper)
            case .districts(let codes, let change): try weightIDACI(i, districts: codes, change: change, lower)
            }
        }
    }

    /// Same area as a 2019 upper-tier authority: its published rate, unchanged.
    private mutating func copyIDACI(_ i: Int, from predecessor: String, change: String, _ upper: IoDFile) throws {
        guard let row = upper.rows[predecessor] else {
            throw AreaDataError(
                file: upper.table.file, column: "area_code", message: "predecessor \(predecessor) of \(las[i].code) not found")
        }
        las[i].idaci = try upper.table.required(row, "idaci_avg_score_rate")
        las[i].idaciBasis = .derived
        las[i].idaciNote =
            "not in IoD2019 File 11 under this code: \(change). The published 2019 rate of \(try upper.table.required(row, "area_name")) \(predecessor) is copied unchanged"
    }

    /// Whole 2019 districts: their File 10 rates weighted by the population the same file implies.
    private mutating func weightIDACI(_ i: Int, districts codes: [String], change: String, _ lower: IoDFile) throws {
        let code = las[i].code
        if let olds = predecessors[code], Set(olds) != Set(codes) {
            throw AreaDataError(
                file: SourceFile.lad22ToLad23.rawValue,
                message: "stated districts of \(code) \(codes.sorted()) differ from the lookup's \(olds.sorted())")
        }
        var weighted = 0.0
        var totalWeight = 0.0
        var terms: [String] = []
        for district in codes {
            guard let row = lower.rows[district] else {
                throw AreaDataError(file: lower.table.file, column: "area_code", message: "district \(district) of \(code) not found")
            }
            let idaciText = try lower.table.required(row, "idaci_avg_score_rate")
            let idaci = try lower.table.double(row, "idaci_avg_score_rate")
            let weight = try lower.table.double(row, "income_scale_people") / lower.table.double(row, "income_avg_score_rate")
            weighted += idaci * weight
            totalWeight += weight
            terms.append("\(try lower.table.required(row, "area_name")) \(district) \(idaciText) (weight \(Int(weight.rounded())))")
        }
        las[i].idaci = Apportionment.decimal(weighted / totalWeight, places: 3)
        las[i].idaciBasis = .derived
        las[i].idaciNote =
            "not in IoD2019 File 11: \(change). Weighted mean of the IoD2019 File 10 (lower-tier) IDACI average scores of "
            + terms.joined(separator: ", ")
            + "; weight = the district's total population implied by the same file (income_scale_people / income_avg_score_rate, IoD2019's mid-2015 base); rounded to 3 decimals. "
            + "Approximate: MHCLG weights IDACI by children aged 0-15, which is not staged; on the 2019 two-tier counties this method is within 0.003 of the published county rate"
    }
}
