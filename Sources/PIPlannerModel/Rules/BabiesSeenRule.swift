/// Babies seen directly in a plan year.
///
/// `babiesSeen = fullTeams × babiesSeenPerTeamPerYear + startingTeams × babiesSeenPerTeamPerYear × firstYearCapacityFraction`;
/// teams × babies a team a year → babies a year. A team coming into operation sees a third of a full year's babies.
/// Citation: 002_da9a53b1ef711f3f.txt para 22 (150 a year) and its "Children seen per year" row (the third is derived
/// from it: 8,000 = 40 × 150 + 40 × 50); Methodology §3.
public enum BabiesSeenRule {
    public static func babiesSeen(
        fullTeams: Double, startingTeams: Double, babiesSeenPerTeamPerYear: Double, firstYearCapacityFraction: Double
    ) -> Double {
        fullTeams * babiesSeenPerTeamPerYear + startingTeams * babiesSeenPerTeamPerYear * firstYearCapacityFraction
    }
}
