/// Teams by the coverage method: one reference team per 280,000 population.
///
/// `coverageTeams = population / referencePopulation`; persons / persons a team → teams.
/// England 2021: 56,550,000 / 280,000 = 201.96 ≈ 202 teams.
/// Citation: 002_da9a53b1ef711f3f.txt, The Proposal, para 22; Methodology §3.
public enum CoverageTeamsRule {
    public static func teams(population: Double, referencePopulation: Double) -> Double {
        population / referencePopulation
    }
}
