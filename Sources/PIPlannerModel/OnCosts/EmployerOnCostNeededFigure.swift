/// A figure the employer method needs and the shipped rules do not give: what it is, for which employer,
/// and why. The config layer names the field it reads the figure from and reports this as an error.
///
/// Units: the pension rate is a proportion of pensionable pay (0 to 1). Citation: Methodology §4.2.
public struct EmployerOnCostNeededFigure: Error, Sendable, Equatable {
    /// The kinds of figure a config may have to supply.
    public enum Kind: Sendable, Equatable {
        /// The employer pension contribution rate this employer pays.
        case employerPensionRate
    }

    public var employerType: EmployerType
    public var figure: Kind
    /// A devolved scheme's total rate, where one is staged, quoted so the user sees what is and is not known.
    public var statedSchemeTotal: EmployerOnCostFigure?

    public init(employerType: EmployerType, figure: Kind, statedSchemeTotal: EmployerOnCostFigure? = nil) {
        self.employerType = employerType
        self.figure = figure
        self.statedSchemeTotal = statedSchemeTotal
    }

    /// The unit the figure is given in.
    public var unit: String { "proportion of pensionable pay" }

    /// What to supply, e.g. for a config error's "expected": `the pension contribution rate the employer pays
    /// (employer type "local-authority"), as a proportion of pensionable pay (e.g. 0.2 for 20%): a local …`.
    public var expected: String {
        var text =
            "the pension contribution rate the employer pays (employer type \"\(employerType.rawValue)\"), as a \(unit) (e.g. 0.2 for 20%): "
            + employerType.whyNoShippedRate
        if let stated = statedSchemeTotal {
            text += " (staged: \(stated.item.label) \(stated.value) for \(stated.taxYear), \(stated.publisher))"
        }
        return text
    }
}
