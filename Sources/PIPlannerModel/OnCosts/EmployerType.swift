/// Who employs a team's (or a role's) staff, which decides the pension rate the employer pays.
///
/// Only `nhsEngland` has shipped rates: an NHS employer in England pays 14.38% of pensionable pay plus the
/// 0.08% administration levy; NHS England pays the rest of the scheme's 23.7% centrally. Every other employer
/// pays a rate the config must supply, never guessed (`neededFigure`). A charity hosting staff seconded from
/// the NHS is set per role. Citation: Methodology §4.2; NHS Employers, NHSBSA (`on-costs/employer_on_costs_uk.csv`).
public enum EmployerType: String, Sendable, Equatable, Hashable, CaseIterable {
    case nhsEngland = "nhs-england"
    case localAuthority = "local-authority"
    case charity
    case nhsScotland = "nhs-scotland"
    case hscNorthernIreland = "hsc-northern-ireland"
    case other

    /// The employer in words, for reports: "an NHS employer in England", "a local authority", ...
    public var name: String {
        switch self {
        case .nhsEngland: return "an NHS employer in England"
        case .localAuthority: return "a local authority"
        case .charity: return "a charity"
        case .nhsScotland: return "an NHS Scotland board"
        case .hscNorthernIreland: return "an HSC employer in Northern Ireland"
        case .other: return "another employer"
        }
    }

    /// Whether the shipped rules give this employer's pension rate.
    public var hasShippedPensionRate: Bool { self == .nhsEngland }

    /// The figure a config must supply for this employer, given the year's rules (which may hold a devolved
    /// scheme's total to quote); nil for `nhsEngland`.
    public func neededFigure(rules: EmployerOnCostRules?) -> EmployerOnCostNeededFigure? {
        guard !hasShippedPensionRate else { return nil }
        let stated: EmployerOnCostFigure?
        switch self {
        case .nhsScotland: stated = rules?.figure(.pensionSchemeTotalRateScotland)
        case .hscNorthernIreland: stated = rules?.figure(.pensionSchemeTotalRateNorthernIreland)
        case .nhsEngland, .localAuthority, .charity, .other: stated = nil
        }
        return EmployerOnCostNeededFigure(employerType: self, figure: .employerPensionRate, statedSchemeTotal: stated)
    }

    /// Why no rate is shipped for this employer, for the error that asks for one.
    public var whyNoShippedRate: String {
        switch self {
        case .nhsEngland: return "the rate an NHS employer in England pays is shipped"
        case .localAuthority:
            return "a local authority's staff are usually in the Local Government Pension Scheme, whose employer rate each fund sets"
        case .charity: return "a charity pays the rate of the scheme its staff belong to, which differs from charity to charity"
        case .nhsScotland, .hscNorthernIreland:
            return "the scheme's total employer rate is staged, but not which part the employer pays and which is paid centrally"
        case .other: return "no shipped rate applies to this employer"
        }
    }
}
