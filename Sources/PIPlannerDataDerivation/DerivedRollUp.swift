/// Sums over whole (or apportioned) local authorities: a row of `icbs.csv` or `health-boards.csv` as it is built.
struct DerivedRollUp {
    var name: String
    /// The ODS code of an ICB; the nation of a health board.
    var extra: String
    var population = 0
    var populationAge0 = 0
    var births = 0
    var laCodes: [String] = []
    /// "CODE n of N LSOA11s" for each authority split between ICBs.
    var apportioned: [String] = []
}
