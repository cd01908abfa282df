import PIPlannerIO

/// One local authority as the derivation fills it in, stage by stage; a row of `local-authorities.csv` at the end.
struct DerivedLocalAuthority {
    var code: String
    var name: String
    var nation: AreaNation
    var tier: AreaTier
    var population: Int
    var populationAge0: Int
    var parent: String? = nil
    var births: Int? = nil
    var birthsBasis: BirthsBasis? = nil
    var birthsNote = ""
    /// The rate as written in the source (or rounded to its precision when derived), so it is copied digit for digit.
    var idaci: String? = nil
    var idaciBasis: IDACIBasis = .none
    var idaciNote = ""
    /// Children in low income families, FYE 2025 (every authority once derived).
    var lowIncome: DerivedLowIncome? = nil
    /// Children-in-need rate at 31 March 2024 (English upper tier; `none` elsewhere).
    var childrenInNeed = DerivedChildrenInNeed(ratePer10000: nil, basis: .none, note: "")
    /// ICBs by LSOA11 count, largest first then by code.
    var icbs: [(code: String, count: Int)] = []
    var icbLSOATotal = 0
    var healthBoard: String? = nil

    /// Sets the ICBs from LSOA11 counts by ICB code, largest first then by code.
    mutating func setICBs(_ counts: [String: Int]) {
        icbs = counts.map { (code: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.code < $1.code }
        icbLSOATotal = counts.values.reduce(0, +)
    }
}
