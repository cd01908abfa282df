/// Annual live births for an area.
///
/// `births = population × birthRatePer1000 / 1000` when births are not given.
/// Units: persons, live births per 1,000 population a year → live births a year.
/// Citation: Methodology §2.1; reference ratio 280,000 population ≈ 3,300 births (001, Greater Manchester table).
public enum BirthsRule {
    /// Births a year from a population and a crude birth rate per 1,000.
    public static func births(population: Double, birthRatePer1000: Double) -> Double {
        population * birthRatePer1000 / 1000
    }

    /// The crude birth rate per 1,000 population implied by births and population.
    public static func birthRatePer1000(births: Double, population: Double) -> Double {
        births / population * 1000
    }
}
