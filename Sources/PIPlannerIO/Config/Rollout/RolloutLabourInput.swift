import Foundation
import PIPlannerModel

/// How a rollout config gives the labour of one fully operating team a year (`labourPerTeam`): a figure, or a
/// staffing model at a pay year. `RolloutPlanner` brings either to the first rollout year's prices.
public enum RolloutLabourInput: Sendable, Equatable {
    /// `gbp` with its source, or a reference `parameter`: at the first rollout year's prices, or at `priceYear`'s
    /// (an earlier year, uplifted by pay growth).
    case figure(Figure, priceYear: PricedYear?)
    /// `staffingModel`: the team's roles with their salaries at `pay`'s year and point, plus on-costs (flat, or the
    /// employer method's rates for the pay year and each rollout year), uplifted by pay growth from the pay year.
    case staffingModel(StaffingModel, pay: PricedYear, onCosts: AreaOnCosts)

    /// A year a figure or pay scale is priced at, and where it was written.
    public struct PricedYear: Sendable, Equatable {
        /// A financial year not after the first rollout year, e.g. 2022/23.
        public var year: FinancialYear
        /// Where the year came from (`config labourPerTeam.pay.year`, or the reference default).
        public var source: String
        /// The pay point, for a staffing model (`entry`, `top`, a point label).
        public var point: String?
        /// The field problems with the uplift are reported against.
        public var fieldPath: String
        public var place: ConfigPlace
    }
}
