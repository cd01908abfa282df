/// Cost of the service in one plan year, existing and new teams.
///
/// For plan year `k` (0-based) with `L_k` = one team's labour uplifted to that year:
/// - existing team-equivalents `E`: `E × L_k` every year;
/// - new team-equivalents `N` (the gap): year 0 `N × L_0 × firstYearLabourFraction + N × trainingFirstYearGBP`;
///   year 1 `N × L_1 + N × trainingSecondYearGBP`; later years `N × L_k`.
///
/// Phased (Methodology §3.7): with `N_k` new team-equivalents coming into operation in year k and `F_k = Σ_{j<k} N_j`
/// fully operating, the rollout's rules give new labour `F_k × L_k + N_k × L_k × firstYearLabourFraction`
/// (`RolloutLabourRule`) and training `N_k × trainingFirstYearGBP + N_{k−1} × trainingSecondYearGBP`
/// (`RolloutTrainingRule`); all new teams in year 0 gives the lines above.
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

    /// The cost lines of year `yearIndex` when every new team-equivalent starts in the first plan year.
    public static func cost(
        yearIndex: Int,
        labourPerTeamThisYear: Money,
        existingTeams: Double,
        newTeams: Double,
        firstYearLabourFraction: Double,
        trainingFirstYearGBP: Money,
        trainingSecondYearGBP: Money
    ) -> YearCost {
        let cohort = RolloutYear(
            label: "", teamsFullyOperating: yearIndex == 0 ? 0 : newTeams, teamsComingIntoOperation: yearIndex == 0 ? newTeams : 0)
        return cost(
            labourPerTeamThisYear: labourPerTeamThisYear, existingTeams: existingTeams, cohort: cohort,
            teamsStartedLastYear: yearIndex == 1 ? newTeams : 0, firstYearLabourFraction: firstYearLabourFraction,
            trainingFirstYearGBP: trainingFirstYearGBP, trainingSecondYearGBP: trainingSecondYearGBP)
    }

    /// The cost lines of a year whose new teams are `cohort` (fully operating and coming into operation), with
    /// `teamsStartedLastYear` new team-equivalents in their second year.
    public static func cost(
        labourPerTeamThisYear: Money, existingTeams: Double, cohort: RolloutYear, teamsStartedLastYear: Double,
        firstYearLabourFraction: Double, trainingFirstYearGBP: Money, trainingSecondYearGBP: Money
    ) -> YearCost {
        let new =
            RolloutLabourRule.fullyOperating(teams: cohort.teamsFullyOperating, labourPerTeamThisYear: labourPerTeamThisYear)
            + RolloutLabourRule.comingIntoOperation(
                teams: cohort.teamsComingIntoOperation, labourPerTeamThisYear: labourPerTeamThisYear,
                firstYearLabourFraction: firstYearLabourFraction)
        return YearCost(
            labourExistingGBP: RolloutLabourRule.fullyOperating(teams: existingTeams, labourPerTeamThisYear: labourPerTeamThisYear),
            labourNewGBP: new,
            trainingGBP: RolloutTrainingRule.training(
                teamsComingThisYear: cohort.teamsComingIntoOperation, teamsComingLastYear: teamsStartedLastYear,
                trainingFirstYearGBP: trainingFirstYearGBP, trainingSecondYearGBP: trainingSecondYearGBP))
    }
}
