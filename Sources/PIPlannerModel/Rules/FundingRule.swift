/// One funder's contribution and what its money is tied to.
public struct FundingInput: Sendable, Equatable {
    public enum Contribution: Sendable, Equatable {
        /// A share of each year's total cost (0–1).
        case share(Double)
        /// A fixed amount each plan year (one entry a year).
        case amounts([Money])
    }
    public var funderID: String
    public var name: String
    public var outcomes: [String]
    public var outcomesSource: String
    public var contribution: Contribution
    /// Where in the config this funder was given, e.g. `areas[0].funding[1]`.
    public var fieldPath: String

    public init(funderID: String, name: String, outcomes: [String], outcomesSource: String, contribution: Contribution, fieldPath: String) {
        self.funderID = funderID
        self.name = name
        self.outcomes = outcomes
        self.outcomesSource = outcomesSource
        self.contribution = contribution
        self.fieldPath = fieldPath
    }
}

/// Funding contributions by year and the unfunded gap.
///
/// `contribution_f,y = share_f × total_y` or the funder's fixed amount for year y;
/// `unfunded_y = total_y − Σ_f contribution_f,y` (negative means over-funded). GBP a year.
/// Citation: Methodology §5; funder → outcomes from 004 "outcomes which align to strategic priorities".
public enum FundingRule {
    public static func contributions(funding: [FundingInput], totals: [Money]) -> [[Money]] {
        funding.map { funder in
            totals.enumerated().map { index, total in contribution(funder.contribution, yearIndex: index, total: total) }
        }
    }

    /// One funder's contribution to plan year `yearIndex`, whose total cost is `total`: `share × total` to the penny,
    /// or its fixed amount for the year (zero past its last). The draw loop calls it too.
    @inline(__always)
    public static func contribution(_ contribution: FundingInput.Contribution, yearIndex: Int, total: Money) -> Money {
        switch contribution {
        case .share(let share): return total * share
        case .amounts(let amounts): return yearIndex < amounts.count ? amounts[yearIndex] : .zero
        }
    }

    /// A funder's share of the plan's whole cost: `Σ_y contribution_y / Σ_y total_y` (nil when the cost is zero).
    public static func shareOfTotalCost(contributions: [Money], totals: [Money]) -> Double? {
        let total = totals.sum()
        guard total.pence != 0 else { return nil }
        return Double(contributions.sum().pence) / Double(total.pence)
    }

    /// What a funder's money buys in babies seen, pro rata to its share of the cost:
    /// `babiesAttributed = shareOfTotalCost × babiesSeen over the plan` (babies). An attribution for
    /// the business case, not a claim that particular babies are funded by particular budgets.
    public static func babiesAttributed(shareOfTotalCost: Double, babiesSeen: Double) -> Double {
        shareOfTotalCost * babiesSeen
    }

    public static func unfunded(totals: [Money], contributions: [[Money]]) -> [Money] {
        totals.enumerated().map { index, total in
            total - contributions.map { $0[index] }.sum()
        }
    }
}
