/// How a plan puts employer on-costs on top of salaries, named in the config and in every report.
///
/// - `flat(rate)`: `labour = Σ wte × salary × (1 + rate)`; 002's 14% (`parameters.json` `onCostRate`), kept so
///   the Spending Review 2021 figures are reproduced to the pound (`TeamLabourCostRule`).
/// - `employer(type)`: per post, `NI + pension + levy + other` from the plan year's tax-year rules
///   (`EmployerOnCostRule`); the default for a plan of today.
///
/// Citation: Methodology §4.2; 002_da9a53b1ef711f3f.txt, Breakdown of spending, footnote 2 (14% on-costs).
public enum OnCostMethod: Sendable, Equatable {
    /// A flat proportion of salary.
    case flat(rate: Double)
    /// Employer NI and pension per post, by tax year, for this employer (a role may name another).
    case employer(EmployerType)

    /// The method's name as configs and reports give it: "flat" or "employer".
    public var name: String {
        switch self {
        case .flat: return "flat"
        case .employer: return "employer"
        }
    }

    /// The method names a config may give.
    public static let names = ["flat", "employer"]
}
