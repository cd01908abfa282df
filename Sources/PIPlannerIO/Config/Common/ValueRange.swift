import PIPlannerModel

/// The values a number may take, with the words its messages use. Every reference parameter names its range in
/// `ReferenceData/parameters.json` (`"range"`), so one declaration checks the figure as shipped, in a preset, and as
/// overridden by a plan config, a scenario or a rollout config; config fields that are not parameters (population,
/// WTE, salaries) use the same ranges.
public struct ValueRange: Sendable, Hashable, CustomStringConvertible {
    /// What the number is, which decides its upper bound and the wording of its messages.
    public enum Kind: Sendable, Hashable {
        /// A proportion or fraction, at most 1. A value from 1 to 100 is taken for a percentage and the proportion meant
        /// is suggested.
        case proportion
        /// A quantity in its unit (persons, births, WTE, a rate), with no upper bound.
        case quantity
        /// An amount of money in pounds, at most what one `Money` holds to the penny (`Money.maxGBP`), so that no later
        /// step traps on it.
        case gbp
        /// A whole number of plan years, from 1 to the most a config may list (`PlanConfigLoader.maxPlanYears`): a count
        /// of 100, 1e9 or 1e19 years would plan a century, hang building labels, or trap converting to `Int`.
        case planYearCount
    }

    public var kind: Kind
    /// Whether 0 is allowed; otherwise the value must be greater than 0.
    public var allowsZero: Bool

    public init(_ kind: Kind, allowsZero: Bool) {
        self.kind = kind
        self.allowsZero = allowsZero
    }

    /// 0 to 1.
    public static let proportion = ValueRange(.proportion, allowsZero: true)
    /// Greater than 0, at most 1 (a proportion the whole need is multiplied by: 0 would plan no teams).
    public static let proportionAboveZero = ValueRange(.proportion, allowsZero: false)
    /// Greater than 0.
    public static let positive = ValueRange(.quantity, allowsZero: false)
    /// 0 or more.
    public static let nonNegative = ValueRange(.quantity, allowsZero: true)
    /// Pounds, greater than 0.
    public static let gbp = ValueRange(.gbp, allowsZero: false)
    /// Pounds, 0 or more.
    public static let gbpOrZero = ValueRange(.gbp, allowsZero: true)
    /// A whole number of plan years, 1 to `PlanConfigLoader.maxPlanYears`.
    public static let planYearCount = ValueRange(.planYearCount, allowsZero: false)

    /// The ranges by the name `parameters.json` gives them, in the order messages list them.
    public static let named: [(name: String, range: ValueRange)] = [
        ("proportion", .proportion), ("proportionAboveZero", .proportionAboveZero), ("positive", .positive),
        ("nonNegative", .nonNegative), ("gbp", .gbp), ("gbpOrZero", .gbpOrZero), ("planYearCount", .planYearCount),
    ]

    /// The range `parameters.json` calls `name`; nil for a name it does not know.
    public init?(named name: String) {
        guard let found = Self.named.first(where: { $0.name == name }) else { return nil }
        self = found.range
    }

    /// The name `parameters.json` gives the range.
    public var name: String { Self.named.first { $0.range == self }!.name }

    public var description: String { name }

    /// The same range with 0 allowed (a count of plan years never allows 0).
    public var allowingZero: ValueRange { kind == .planYearCount ? self : ValueRange(kind, allowsZero: true) }
}
