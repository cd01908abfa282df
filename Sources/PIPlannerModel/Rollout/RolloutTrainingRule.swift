/// Specialist training cost of a rollout year.
///
/// `training_y = coming_y × trainingFirstYear + coming_{y−1} × trainingSecondYear` (coming_{−1} = 0), where
/// coming_y is the teams coming into operation in year y. Teams × GBP a team → GBP, each product rounded to
/// the penny. Teams already fully operating in the first rollout year are taken as past their second year.
/// Citation: 002_da9a53b1ef711f3f.txt, Breakdown of spending, "Cost of training" row and footnote 4 ("£16k per
/// team over two years"); £11,077.50 and £4,987.50 are derived from that row (ReferenceData/parameters.json).
public enum RolloutTrainingRule {
    public static func training(
        teamsComingThisYear: Double, teamsComingLastYear: Double, trainingFirstYearGBP: Money, trainingSecondYearGBP: Money
    ) -> Money {
        trainingFirstYearGBP * teamsComingThisYear + trainingSecondYearGBP * teamsComingLastYear
    }
}
