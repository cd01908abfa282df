/// Labour cost of a rollout year, for teams fully operating and teams coming into operation.
///
/// With `L_k = labourPerTeamFirstYear × (1 + payGrowthRate)^k` (rounded to the penny; `PayGrowthRule`) for
/// year index k:
/// - fully operating: `teamsFullyOperating × L_k`;
/// - coming into operation: `teamsComingIntoOperation × L_k × firstYearLabourFraction`.
/// Teams × GBP a team a year → GBP a year, each product rounded to the penny.
/// Citation: 002_da9a53b1ef711f3f.txt, Breakdown of spending, footnotes 2 (salary plus 14% on-costs, 3% pay
/// increase a year) and 3 ("labour costs for half a year – assuming that the team will be recruiting gradually").
public enum RolloutLabourRule {
    /// Labour of the teams fully operating from 1 April.
    public static func fullyOperating(teams: Double, labourPerTeamThisYear: Money) -> Money {
        labourPerTeamThisYear * teams
    }

    /// Labour of the teams coming into operation during the year.
    public static func comingIntoOperation(teams: Double, labourPerTeamThisYear: Money, firstYearLabourFraction: Double) -> Money {
        labourPerTeamThisYear * (teams * firstYearLabourFraction)
    }
}
