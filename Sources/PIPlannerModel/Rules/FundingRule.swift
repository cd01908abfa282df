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
/// `contribution_f,y = share_f × total_y`, split to the penny among the share-based funders by ``split(_:shares:)``,
/// or the funder's fixed amount for year y; `unfunded_y = total_y − Σ_f contribution_f,y` (negative means
/// over-funded). GBP a year, exact to the penny: shares that sum to 1 leave no gap at all.
/// Citation: Methodology §5; funder → outcomes from 004 "outcomes which align to strategic priorities".
public enum FundingRule {
    /// Shares whose sum is this close to 1 are taken as the whole cost: 0.1 + 0.2 + 0.7 is 0.9999999999999999 in
    /// binary. Floating-point rounding only, not a planning figure; the config reader allows sums up to 1 plus this.
    public static let shareSumTolerance = 1e-9

    public static func contributions(funding: [FundingInput], totals: [Money]) -> [[Money]] {
        let shares = funding.map { funder -> Double in
            if case .share(let share) = funder.contribution { return share }
            return 0
        }
        // One split a year among the share-based funders; a funder of fixed amounts takes 0 of it.
        let splits = totals.map { split($0, shares: shares) }
        return funding.enumerated().map { f, funder in
            totals.indices.map { y in
                if case .share = funder.contribution { return splits[y][f] }
                return fixedAmount(funder.contribution, yearIndex: y)
            }
        }
    }

    /// `total` split among `shares` (proportions, summing to at most 1) by the largest-remainder method: the shares
    /// together take `total × Σ shares` rounded to the penny (all of `total` when they sum to 1 within
    /// ``shareSumTolerance``); each takes the whole pence of its exact share, and the pence left over go one each to the
    /// largest remainders, the earlier share first on a tie. So the parts always add up to what the shares take, and a
    /// 50/50, 25/75 or 20/30/50 split of any amount leaves no penny unfunded or over-funded.
    public static func split(_ total: Money, shares: [Double]) -> [Money] {
        let sign: Int64 = total.pence < 0 ? -1 : 1
        let pence = Double(total.pence.magnitude)
        let shareSum = shares.reduce(0, +)
        let whole = abs(shareSum - 1) <= shareSumTolerance
        let taken = sharesTake(Money(pence: Int64(total.pence.magnitude)), shareSum: shareSum).pence
        // Shares that make the whole are scaled to sum to exactly 1, so that their exact parts sum to `total`.
        let exact = shares.map { pence * (whole ? $0 / shareSum : $0) }
        var parts = exact.map { Int64($0.rounded(.down)) }
        let byRemainder = exact.indices.filter { shares[$0] > 0 }.sorted {
            (exact[$0] - Double(parts[$0]), $1) > (exact[$1] - Double(parts[$1]), $0)
        }
        // What is left is at most one penny a share, give or take floating-point rounding.
        var left = taken - parts.reduce(0, +)
        var next = 0
        while left != 0, !byRemainder.isEmpty {
            let i = left > 0 ? byRemainder[next % byRemainder.count] : byRemainder[byRemainder.count - 1 - next % byRemainder.count]
            if left > 0 || parts[i] > 0 {
                parts[i] += left > 0 ? 1 : -1
                left += left > 0 ? -1 : 1
            }
            next += 1
        }
        return parts.map { Money(pence: sign * $0) }
    }

    /// What share-based funders whose shares sum to `shareSum` take of `total` together: all of it when the shares
    /// make the whole (within ``shareSumTolerance``), else `total × shareSum` rounded to the penny, halves away from
    /// zero. ``split(_:shares:)`` divides exactly this among them; the draw loop needs only the sum.
    @inline(__always)
    public static func sharesTake(_ total: Money, shareSum: Double) -> Money {
        if abs(shareSum - 1) <= shareSumTolerance { return total }
        return Money(pence: Int64((Double(total.pence) * shareSum).rounded(.toNearestOrAwayFromZero)))
    }

    /// A fixed-amount funder's contribution to plan year `yearIndex` (zero past its last amount, and for a share).
    @inline(__always)
    public static func fixedAmount(_ contribution: FundingInput.Contribution, yearIndex: Int) -> Money {
        if case .amounts(let amounts) = contribution, yearIndex < amounts.count { return amounts[yearIndex] }
        return .zero
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
