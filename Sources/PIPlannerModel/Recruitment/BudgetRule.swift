/// The largest phased workforce a budget pays for in every plan year.
///
/// With `B_k` the budget of plan year k (GBP), `i` the hiring increment (WTE) and `C_k(W)` year k's cost (labour of
/// the existing and new teams and training, `AnnualCostRule`) when `W` new WTE are recruited under the area's phasing
/// (`PhasingRule`): `W* = max { W = j × i ≤ G : C_k(W) ≤ B_k for every k }`, with `G` the costed gap. `C_k` does not
/// fall as `W` grows, so the search halves the steps `j`. When `W* = 0` the budget buys no new post: a finding,
/// not a plan of nothing. Area plans have no development programme line, so none is included.
/// Citation: Methodology §3.9.
public enum BudgetRule {
    /// What a budget buys.
    public struct Outcome: Sendable, Equatable {
        /// `B_k`, one amount a plan year.
        public var budgetGBP: [Money]
        /// `W*`, new WTE the budget pays for.
        public var affordableNewWTE: Double
        /// `G`, the new WTE of the recommended workforce (rounded to posts).
        public var recommendedNewWTE: Double
        /// The first plan year (index) whose existing workforce alone costs more than its budget; nil when none does.
        public var existingOverBudgetYearIndex: Int?
        /// The extra first-year cost of recruiting one hiring increment under the phasing (GBP).
        public var smallestRecruitmentFirstYearGBP: Money
        /// The increment searched in, WTE.
        public var stepWTE: Double

        /// Whether the budget pays for no new WTE at all.
        public var buysNothing: Bool { affordableNewWTE <= 0 && recommendedNewWTE > 0 }
        /// WTE short of the recommended workforce.
        public var shortOfRecommendedWTE: Double { max(0, recommendedNewWTE - affordableNewWTE) }
    }

    /// Solves `area` (its phasing as given) for one budget a plan year.
    public static func solve(_ area: AreaInput, assumptions a: PlanAssumptions, budgetGBP: [Money]) -> Outcome {
        let full = AreaQuantities(area, assumptions: a)
        let gap = full.costedGapWTE
        // The increment when the config sets one; else a fine grid of the gap (a resolution, not a planning figure).
        let step = a.hiringIncrementWTE?.value ?? max(gap / 100_000, 1e-9)
        let costs = { (w: Double) -> [Money] in
            var capped = area
            capped.recruitment.newWTECeiling = w
            return AreaCalculation(capped, assumptions: a).costing.annualCostGBP
        }
        let fits = { (w: Double) -> Bool in zip(costs(w), budgetGBP).allSatisfy { $0 <= $1 } }
        let none = costs(0)
        let overYear = none.indices.first { $0 < budgetGBP.count && none[$0] > budgetGBP[$0] }
        let oneStep = (costs(min(step, max(gap, step))).first ?? .zero) - (none.first ?? .zero)
        var best = 0
        if overYear == nil, gap > 0 {
            // Largest j in 0...steps with fits(j × step); fits(0) holds.
            let steps = Int((gap / step - 1e-9).rounded(.up))
            var (low, high) = (0, steps)
            while low < high {
                let mid = (low + high + 1) / 2
                if fits(min(Double(mid) * step, gap)) { low = mid } else { high = mid - 1 }
            }
            best = low
        }
        return Outcome(
            budgetGBP: budgetGBP, affordableNewWTE: min(Double(best) * step, gap), recommendedNewWTE: gap,
            existingOverBudgetYearIndex: overYear, smallestRecruitmentFirstYearGBP: oneStep, stepWTE: step)
    }
}
