/// One staged employer on-cost figure for one tax year (a row of `on-costs/employer_on_costs_uk.csv`, its year range
/// expanded): the value, its unit and the source it was transcribed from.
///
/// Units: rates are proportions (of earnings above the threshold, or of pensionable pay); the threshold is GBP a year
/// per employee. Citation: Methodology §4.2.
public struct EmployerOnCostFigure: Sendable, Equatable {
    /// What a figure is. The first five make up a year's rules; the devolved schemes' totals are kept to explain
    /// what a config must supply (who pays which part of them is not stated).
    public enum Item: Sendable, Equatable, Hashable, CaseIterable {
        /// Employer (secondary) Class 1 National Insurance rate, a proportion of earnings above the threshold.
        case niRate
        /// Employer NI secondary threshold, GBP a year per employee.
        case niSecondaryThreshold
        /// NHS Pension Scheme (England and Wales) employer contribution rate in total.
        case pensionSchemeTotalRate
        /// The part of that rate an NHS employer in England pays (NHS England pays the rest centrally).
        case pensionNHSEmployerRate
        /// The scheme's administration levy, a proportion of pensionable pay.
        case pensionAdministrationLevyRate
        /// NHS Superannuation Scheme (Scotland) employer rate in total.
        case pensionSchemeTotalRateScotland
        /// HSC Pension Scheme (Northern Ireland) employer rate in total.
        case pensionSchemeTotalRateNorthernIreland

        /// The items every tax year's rules need.
        public static let required: [Item] = [
            .niRate, .niSecondaryThreshold, .pensionSchemeTotalRate, .pensionNHSEmployerRate, .pensionAdministrationLevyRate,
        ]

        /// Whether the figure is a proportion (from 0 to 1); otherwise it is pounds a year.
        public var isRate: Bool { self != .niSecondaryThreshold }

        /// A short name for audit trails and messages.
        public var label: String {
            switch self {
            case .niRate: return "employer NI rate"
            case .niSecondaryThreshold: return "employer NI secondary threshold"
            case .pensionSchemeTotalRate: return "NHS Pension Scheme employer rate (total)"
            case .pensionNHSEmployerRate: return "NHS Pension Scheme employer rate paid by an NHS employer in England"
            case .pensionAdministrationLevyRate: return "NHS Pension Scheme administration levy"
            case .pensionSchemeTotalRateScotland: return "NHS Superannuation Scheme (Scotland) employer rate (total)"
            case .pensionSchemeTotalRateNorthernIreland: return "HSC Pension Scheme (Northern Ireland) employer rate (total)"
            }
        }
    }

    public var item: Item
    /// The tax or scheme year this figure is for, e.g. 2025/26.
    public var taxYear: FinancialYear
    /// The years as the file gives them, e.g. "2019/20-2026/27".
    public var yearsAsWritten: String
    public var value: Double
    public var unit: String
    public var appliesTo: String
    public var publisher: String
    public var url: String
    public var quality: String
    public var note: String
    /// 1-based line in the CSV, for messages; nil when not read from a file.
    public var line: Int?

    public init(
        item: Item, taxYear: FinancialYear, yearsAsWritten: String? = nil, value: Double, unit: String, appliesTo: String = "",
        publisher: String, url: String = "", quality: String = "", note: String = "", line: Int? = nil
    ) {
        self.item = item
        self.taxYear = taxYear
        self.yearsAsWritten = yearsAsWritten ?? taxYear.label
        self.value = value
        self.unit = unit
        self.appliesTo = appliesTo
        self.publisher = publisher
        self.url = url
        self.quality = quality
        self.note = note
        self.line = line
    }

    /// One-line source, e.g. `NHS Employers, https://… (official (stored page copy)); 2024/25-2026/27`.
    public var citation: String {
        var text = publisher
        if !url.isEmpty { text += ", \(url)" }
        if !quality.isEmpty { text += " (\(quality))" }
        return text + "; \(yearsAsWritten)"
    }

    /// As an audit-trail input, named with its year, e.g. `employer NI rate 2025/26`.
    public var figure: Figure {
        Figure(id: "\(item.label) \(taxYear)", value: value, unit: unit, source: citation, basis: .published)
    }
}
