/// The cheapest phasing that sees a target share of the caseload by a plan year.
///
/// With caseload `K` (babies a year), target share `s`, target year index `Y`, existing team-equivalents `E`, `b`
/// babies a fully operating team a year, first-year capacity fraction `θ`, team WTE `t`, cap `c` new WTE a year
/// (none: the costed gap) and hiring increment `i`: the new team-equivalents needed at Y are
/// `R = max(0, s × K / b − E)`, i.e. `⌈R × t⌉_i` WTE. A cohort fully operating by Y (started before it) gives its whole
/// capacity for half a year's labour and its training in its first year, so it is the cheapest; and the later it
/// starts, the fewer years it is paid. So cohorts are filled latest first: `w_{Y−1} = min(c, needed)`, then
/// `w_{Y−2}`, … `w_0`; what is still needed starts in year Y at `θ` of its capacity, `w_Y = remaining / θ ≤ c`.
/// Nothing starts after Y. The target is reachable when nothing remains and `Σ w` is at most the costed gap;
/// otherwise the earliest reachable year is searched from Y + 1.
/// Citation: Methodology §3.10.
public enum TargetRule {
    /// The phasing found, or why there is none.
    public struct Outcome: Sendable, Equatable {
        /// `s`.
        public var shareOfCaseloadSeen: Double
        /// `Y`.
        public var byYearIndex: Int
        /// `c`, when given.
        public var maxNewWTEPerYear: Double?
        /// `w_k`, the cheapest phasing; empty when unreachable.
        public var newWTEByYear: [Double]
        /// Whether the target is reachable by year Y.
        public var reachable: Bool
        /// When unreachable, the earliest plan year index it could be reached by under the cap; nil: none in the plan.
        public var earliestYearIndex: Int?
    }

    /// Solves `area` for share `s` of the caseload by plan year index `byYearIndex`, at most `cap` new WTE a year.
    public static func solve(_ area: AreaInput, assumptions a: PlanAssumptions, share s: Double, byYearIndex y: Int, cap: Double?)
        -> Outcome
    {
        let q = AreaQuantities(area, assumptions: a)
        let years = area.planYears.count
        let phasing = { (target: Int) in
            cheapest(q: q, a: a, share: s, byYearIndex: target, cap: cap, yearCount: years)
        }
        if let found = phasing(y) {
            return Outcome(
                shareOfCaseloadSeen: s, byYearIndex: y, maxNewWTEPerYear: cap, newWTEByYear: found, reachable: true, earliestYearIndex: nil)
        }
        let earliest = (y + 1..<max(y + 1, years)).first { phasing($0) != nil }
        return Outcome(
            shareOfCaseloadSeen: s, byYearIndex: y, maxNewWTEPerYear: cap, newWTEByYear: [], reachable: false, earliestYearIndex: earliest)
    }

    /// `w_k` reaching the target by `target`, or nil.
    private static func cheapest(
        q: AreaQuantities, a: PlanAssumptions, share s: Double, byYearIndex target: Int, cap: Double?, yearCount: Int
    )
        -> [Double]?
    {
        let b = a.babiesSeenPerTeamPerYear.value
        let theta = a.firstYearCapacityFraction.value
        let increment = a.hiringIncrementWTE?.value
        guard b > 0, q.teamWTE > 0, target < yearCount else { return nil }
        let neededTeams = max(0, s * q.specialistCaseload / b - q.existingTeams)
        let neededWTE = neededTeams * q.teamWTE
        // Rounding up never asks for more than the costed gap when the gap itself would do.
        var remaining = min(HiringIncrementRule.roundedUp(neededWTE, incrementWTE: increment), max(neededWTE, q.costedGapWTE))
        let limit = cap ?? q.costedGapWTE
        var w = Array(repeating: 0.0, count: yearCount)
        for k in stride(from: target - 1, through: 0, by: -1) where remaining > 1e-9 {
            w[k] = min(limit, remaining)
            remaining -= w[k]
        }
        if remaining > 1e-9 {
            guard theta > 0 else { return nil }
            let starting = HiringIncrementRule.roundedUp(remaining / theta, incrementWTE: increment)
            guard starting <= limit + 1e-9 else { return nil }
            w[target] = starting
        }
        return w.reduce(0, +) <= q.costedGapWTE + 1e-9 ? w : nil
    }
}
