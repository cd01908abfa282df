import PIPlannerModel

/// One line of the rollout table (rows of 002's "Breakdown of spending"), shared by the Markdown, CSV and
/// JSON renderers so the three always agree.
public enum RolloutLine: String, Sendable, CaseIterable {
    case teamsFullyOperating = "teams_fully_operating"
    case labourFullyOperating = "labour_fully_operating"
    case teamsComingIntoOperation = "teams_coming_into_operation"
    case labourComingIntoOperation = "labour_coming_into_operation"
    case training = "training"
    case developmentProgramme = "development_programme"
    case total = "total"
    case childrenSeen = "children_seen"

    /// A cell: money to the penny, a count, or nothing (no amount given, or not additive over years).
    public enum Cell: Sendable, Equatable {
        /// An amount to the penny.
        case money(Money)
        /// Teams or children.
        case count(Double)
        /// No value.
        case none
    }

    /// Row heading in the Markdown table (002's wording).
    public var title: String {
        switch self {
        case .teamsFullyOperating: return "Number of teams operating fully from 1 April that year"
        case .labourFullyOperating: return "Labour costs of teams fully operational"
        case .teamsComingIntoOperation: return "Number of teams coming into operation over the year"
        case .labourComingIntoOperation: return "Labour costs of teams coming into operation"
        case .training: return "Cost of training for teams coming into operation"
        case .developmentProgramme: return "Development programme"
        case .total: return "Total each year"
        case .childrenSeen: return "Children seen per year"
        }
    }

    /// Unit, as written in the CSV `unit` column.
    public var unit: String {
        switch self {
        case .teamsFullyOperating: return "teams fully operating from 1 April"
        case .teamsComingIntoOperation: return "teams coming into operation in the year"
        case .childrenSeen: return "children a year"
        default: return "GBP"
        }
    }

    /// The cell for one year of the plan (`given` is the schedule year, to tell "no development amount" from £0).
    public func cell(_ year: RolloutPlanYear, given: RolloutYear?) -> Cell {
        switch self {
        case .teamsFullyOperating: return .count(year.teamsFullyOperating)
        case .labourFullyOperating: return .money(year.cost.labourFullyOperatingGBP)
        case .teamsComingIntoOperation: return .count(year.teamsComingIntoOperation)
        case .labourComingIntoOperation: return .money(year.cost.labourComingIntoOperationGBP)
        case .training: return .money(year.cost.trainingGBP)
        case .developmentProgramme: return given?.developmentGBP == nil ? .none : .money(year.cost.developmentGBP)
        case .total: return .money(year.cost.totalGBP)
        case .childrenSeen: return .count(year.childrenSeen)
        }
    }

    /// The cell for a span of years. Teams fully operating are a stock, not additive: no total.
    public func cell(_ totals: RolloutTotals, years: [RolloutPlanYear], given: (String) -> RolloutYear?) -> Cell {
        switch self {
        case .teamsFullyOperating: return .none
        case .labourFullyOperating: return .money(totals.cost.labourFullyOperatingGBP)
        case .teamsComingIntoOperation:
            return .count(years.filter { totals.labels.contains($0.label) }.reduce(0) { $0 + $1.teamsComingIntoOperation })
        case .labourComingIntoOperation: return .money(totals.cost.labourComingIntoOperationGBP)
        case .training: return .money(totals.cost.trainingGBP)
        case .developmentProgramme:
            let anyGiven = years.contains { totals.labels.contains($0.label) && given($0.label)?.developmentGBP != nil }
            return anyGiven ? .money(totals.cost.developmentGBP) : .none
        case .total: return .money(totals.cost.totalGBP)
        case .childrenSeen: return .count(totals.childrenSeen)
        }
    }
}

extension PlannedRollout {
    /// The schedule year with `label`, if any.
    func given(_ label: String) -> RolloutYear? { schedule.years.first { $0.label == label } }
}
