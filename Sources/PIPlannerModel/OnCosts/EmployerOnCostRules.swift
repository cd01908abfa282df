/// The employer on-cost rules for one tax year: employer National Insurance and the NHS Pension Scheme's
/// employer rates, each figure with its source.
///
/// `NI per post = niRate × max(0, pay − niSecondaryThreshold)`; `pension per post = employer-paid rate × pay`
/// (see `EmployerOnCostRule`). Units: rates are proportions; the threshold is GBP a year per employee.
/// Citation: Methodology §4.2; figures from `on-costs/employer_on_costs_uk.csv` (HMRC rates via secondary
/// transcriptions; NHS Employers and NHSBSA for the pension rates).
public struct EmployerOnCostRules: Sendable, Equatable {
    /// The tax year these rules are used for, e.g. 2025/26. A figure carried forward keeps its own `taxYear`.
    public var taxYear: FinancialYear
    /// Employer Class 1 NI rate above the secondary threshold, e.g. 0.15 from 2025/26.
    public var niRate: EmployerOnCostFigure
    /// Employer NI secondary threshold, GBP a year per employee, e.g. 5,000 from 2025/26.
    public var niSecondaryThresholdGBP: EmployerOnCostFigure
    /// The NHS Pension Scheme's employer rate in total (23.7% from 2024/25), of which an NHS employer pays part.
    public var pensionSchemeTotalRate: EmployerOnCostFigure
    /// The part an NHS employer in England pays (14.38%); NHS England pays the rest centrally.
    public var pensionNHSEmployerRate: EmployerOnCostFigure
    /// The scheme's administration levy (0.08%), paid by the employer on top.
    public var pensionAdministrationLevyRate: EmployerOnCostFigure
    /// Staged figures not used in costing (the Scottish and Northern Irish schemes' totals), latest first year
    /// at or before `taxYear`: quoted when a config must supply the rate such an employer pays.
    public var informational: [EmployerOnCostFigure]

    public init(
        taxYear: FinancialYear, niRate: EmployerOnCostFigure, niSecondaryThresholdGBP: EmployerOnCostFigure,
        pensionSchemeTotalRate: EmployerOnCostFigure, pensionNHSEmployerRate: EmployerOnCostFigure,
        pensionAdministrationLevyRate: EmployerOnCostFigure, informational: [EmployerOnCostFigure] = []
    ) {
        self.taxYear = taxYear
        self.niRate = niRate
        self.niSecondaryThresholdGBP = niSecondaryThresholdGBP
        self.pensionSchemeTotalRate = pensionSchemeTotalRate
        self.pensionNHSEmployerRate = pensionNHSEmployerRate
        self.pensionAdministrationLevyRate = pensionAdministrationLevyRate
        self.informational = informational
    }

    /// The five figures the rules are made of, in a fixed order.
    public var figures: [EmployerOnCostFigure] {
        [niRate, niSecondaryThresholdGBP, pensionSchemeTotalRate, pensionNHSEmployerRate, pensionAdministrationLevyRate]
    }

    /// Figures shipped for an earlier year than `taxYear`, used for it as a stated assumption.
    public var carriedForward: [EmployerOnCostFigure] { figures.filter { $0.taxYear != taxYear } }

    /// The figure for an item, including informational ones; nil when not staged.
    public func figure(_ item: EmployerOnCostFigure.Item) -> EmployerOnCostFigure? {
        (figures + informational).first { $0.item == item }
    }
}
