/// Sums over whole (or apportioned) local authorities: a row of `icbs.csv` or `health-boards.csv` as it is built.
struct DerivedRollUp {
    var name: String
    /// The ODS code of an ICB; the nation of a health board.
    var extra: String
    var population = 0
    var populationAge0 = 0
    var births = 0
    /// Children aged 0–15 in relative low income (FYE 2025) and children aged 0–15, summed like the population.
    var lowIncomeCount = 0
    var lowIncomeDenominator = 0
    /// "CODE count/denominator" for each authority summed, for the note.
    var lowIncomeTerms: [String] = []
    var laCodes: [String] = []
    /// "CODE n of N LSOA11s" for each authority split between ICBs.
    var apportioned: [String] = []
}
