/// Employer on-cost figures by tax year, and the rules for any tax year from them.
///
/// `rules(Y)`: each figure is the one shipped for the latest year ≤ Y. A year after the last shipped year
/// carries the last figures forward, as a stated assumption the caller reports as a finding (the threshold
/// is announced as held at £5,000 until April 2031; the pension rate from April 2027 awaits the scheme's
/// 2024 valuation: the figures' notes say so). A year before every figure is shipped is not covered.
/// Citation: Methodology §4.2.
public struct EmployerOnCostRulesTable: Sendable, Equatable {
    /// The rules for one requested tax year, and whether any figure was carried forward to it.
    public enum Lookup: Sendable, Equatable {
        /// Every figure was shipped for the requested year.
        case shipped(EmployerOnCostRules)
        /// At least one figure is an earlier year's, carried forward (`rules.carriedForward` lists them).
        case carriedForward(EmployerOnCostRules)
        /// No rules: the year is before the first year with every figure, or its label is not "YYYY/YY".
        case notCovered(requestedTaxYear: String, firstTaxYear: FinancialYear?)

        /// The rules, shipped or carried forward; nil when not covered.
        public var rules: EmployerOnCostRules? {
            switch self {
            case .shipped(let rules), .carriedForward(let rules): return rules
            case .notCovered: return nil
            }
        }

        /// Whether the caller must raise a finding that figures were carried forward.
        public var isCarriedForward: Bool {
            if case .carriedForward = self { return true }
            return false
        }
    }

    /// One figure per item and tax year (a file's year ranges expanded).
    public var figures: [EmployerOnCostFigure]

    public init(figures: [EmployerOnCostFigure]) { self.figures = figures }

    /// Tax years with any figure, oldest first.
    public var taxYears: [FinancialYear] { Array(Set(figures.map(\.taxYear))).sorted() }

    /// The first year for which every required figure is shipped (for it or an earlier year).
    public var firstTaxYear: FinancialYear? {
        taxYears.first { year in EmployerOnCostFigure.Item.required.allSatisfy { latest($0, atOrBefore: year) != nil } }
    }

    /// The last year for which every required figure is shipped for that year itself: later years carry forward.
    public var lastShippedTaxYear: FinancialYear? {
        taxYears.last { year in EmployerOnCostFigure.Item.required.allSatisfy { latest($0, atOrBefore: year)?.taxYear == year } }
    }

    /// The rules for a tax year label such as "2027/28"; a label that is not a financial year is not covered.
    public func rules(forTaxYear label: String) -> Lookup {
        guard let year = FinancialYear(label: label) else { return .notCovered(requestedTaxYear: label, firstTaxYear: firstTaxYear) }
        return rules(for: year)
    }

    /// The rules for a tax year.
    public func rules(for taxYear: FinancialYear) -> Lookup {
        let required = EmployerOnCostFigure.Item.required.compactMap { latest($0, atOrBefore: taxYear) }
        guard required.count == EmployerOnCostFigure.Item.required.count else {
            return .notCovered(requestedTaxYear: taxYear.label, firstTaxYear: firstTaxYear)
        }
        let informational = EmployerOnCostFigure.Item.allCases.filter { !EmployerOnCostFigure.Item.required.contains($0) }
            .compactMap { latest($0, atOrBefore: taxYear) }
        let rules = EmployerOnCostRules(
            taxYear: taxYear, niRate: required[0], niSecondaryThresholdGBP: required[1], pensionSchemeTotalRate: required[2],
            pensionNHSEmployerRate: required[3], pensionAdministrationLevyRate: required[4], informational: informational)
        return rules.carriedForward.isEmpty ? .shipped(rules) : .carriedForward(rules)
    }

    /// The figure for an item shipped for the latest year at or before `taxYear`.
    public func latest(_ item: EmployerOnCostFigure.Item, atOrBefore taxYear: FinancialYear) -> EmployerOnCostFigure? {
        figures.filter { $0.item == item && $0.taxYear <= taxYear }.max { $0.taxYear < $1.taxYear }
    }
}
