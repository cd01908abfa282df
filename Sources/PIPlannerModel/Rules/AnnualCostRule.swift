/// Cost of the service in one plan year, existing and new teams.
///
/// For plan year `k` (0-based) with `L_k` = one team's labour uplifted to that year:
/// - existing team-equivalents `E`: `E × L_k` every year;
/// - new team-equivalents `N` (the gap): year 0 `N × L_0 × firstYearLabourFraction + N × trainingFirstYearGBP`;
///   year 1 `N × L_1 + N × trainingSecondYearGBP`; later years `N × L_k`.
///
/// GBP a year. Citation: 002_da9a53b1ef711f3f.txt, Breakdown of spending, footnotes 3 (half a year's labour)
/// and 4 (training £16k over two years; £11,077.50 + £4,987.50 derived from its table); Methodology §4.
public enum AnnualCostRule {
    /// Cost lines of one plan year.
    public struct YearCost: Sendable, Equatable {
        public var labourExistingGBP: Money
        public var labourNewGBP: Money
        public var trainingGBP: Money
        public var totalGBP: Money { labourExistingGBP + labourNewGBP + trainingGBP }
    }

    public static func cost(
        yearIndex: Int,
        labourPerTeamThisYear: Money,
        existingTeams: Double,
        newTeams: Double,
        firstYearLabourFraction: Double,
        trainingFirstYearGBP: Money,
        trainingSecondYearGBP: Money
    ) -> YearCost {
        let existing = labourPerTeamThisYear * existingTeams
        switch yearIndex {
        case 0:
            return YearCost(
                labourExistingGBP: existing,
                labourNewGBP: labourPerTeamThisYear * (newTeams * firstYearLabourFraction),
                trainingGBP: trainingFirstYearGBP * newTeams)
        case 1:
            return YearCost(
                labourExistingGBP: existing,
                labourNewGBP: labourPerTeamThisYear * newTeams,
                trainingGBP: trainingSecondYearGBP * newTeams)
        default:
            return YearCost(labourExistingGBP: existing, labourNewGBP: labourPerTeamThisYear * newTeams, trainingGBP: .zero)
        }
    }
}
