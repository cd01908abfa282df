/// The new WTE starting in each plan year under a phasing, and the cohorts it makes.
///
/// With `G` the new WTE to recruit (WTE), `n` the plan years and `teamWTE` one team's WTE:
/// - all in the first year: `w_0 = G`, later years 0;
/// - spread over `m` years: `w_k = G / min(m, n)` for `k < min(m, n)`;
/// - at most `c` WTE a year (or `t` team-equivalents, `c = t × teamWTE`): `w_k = min(c, G − Σ_{j<k} w_j)`, earliest
///   first;
/// - as given: `w_k` as given, cut so that `Σ w ≤ G`.
/// The sum may stay below `G` when the plan years end first. Each year's cohort is `N_k = w_k / teamWTE`
/// team-equivalents coming into operation, fully operating from the next year: `F_k = Σ_{j<k} N_j`, the rollout's
/// schedule (`RolloutYear`, Methodology §4.6).
/// Citation: Methodology §3.7.
public enum PhasingRule {
    /// `w_k`, WTE starting in each of `yearCount` plan years.
    public static func newWTEByYear(_ phasing: RecruitmentPhasing, recruitWTE: Double, teamWTE: Double, yearCount: Int) -> [Double] {
        var steps = Steps(recruitWTE: recruitWTE, teamWTE: teamWTE, yearCount: yearCount)
        var w: [Double] = []
        w.reserveCapacity(yearCount)
        while let step = steps.next(phasing) { w.append(step.newWTE) }
        return w
    }

    /// `w_k` given the WTE still to recruit before year k (`remaining`) out of `total`: the one step of every phasing.
    @inline(__always)
    static func newWTE(year k: Int, remaining: Double, total: Double, _ phasing: RecruitmentPhasing, teamWTE: Double, yearCount: Int)
        -> Double
    {
        switch phasing {
        case .allInFirstYear: return k == 0 ? total : 0
        case .spreadOverYears(let years):
            let m = max(1, min(years, yearCount))
            return k < m ? total / Double(m) : 0
        case .maxNewWTEPerYear(let cap): return capped(remaining, cap: cap)
        case .maxNewTeamsPerYear(let teams): return capped(remaining, cap: teams * teamWTE)
        case .newWTEByYear(let given): return k < given.count ? min(max(0, given[k]), remaining) : 0
        }
    }

    /// Earliest first, at most `cap` a year.
    @inline(__always) private static func capped(_ remaining: Double, cap: Double) -> Double {
        // A remainder of rounding error is not a cohort.
        remaining > 1e-9 ? min(max(0, cap), remaining) : 0
    }

    /// Cohort k from its new WTE `w`: `F_k` (the teams `started` before it) and `N_k = w / teamWTE`; adds `N_k` to
    /// `started`.
    @inline(__always)
    static func cohort(newWTE w: Double, teamWTE: Double, started: inout Double) -> (fullyOperating: Double, coming: Double) {
        let coming = WorkforceRule.teamEquivalents(wte: w, teamWTE: teamWTE)
        defer { started += coming }
        return (started, coming)
    }

    /// The cohorts as a rollout schedule of the new teams only: `N_k = w_k / teamWTE` coming into operation in year k,
    /// `F_k = Σ_{j<k} N_j` fully operating from 1 April of year k.
    public static func cohorts(newWTEByYear w: [Double], teamWTE: Double, labels: [String]) -> [RolloutYear] {
        var started = 0.0
        return zip(labels, w).map { label, wte in
            let c = cohort(newWTE: wte, teamWTE: teamWTE, started: &started)
            return RolloutYear(label: label, teamsFullyOperating: c.fullyOperating, teamsComingIntoOperation: c.coming)
        }
    }

    /// Year by year without building arrays: each plan year's `w_k` and cohort (`F_k`, `N_k`) in order, as
    /// `newWTEByYear` and `cohorts` give them; what the uncertainty draw loop steps through.
    public struct Steps: Sendable {
        let total: Double
        let teamWTE: Double
        let yearCount: Int
        var year = 0
        var remaining: Double
        var started = 0.0

        /// Steps recruiting `recruitWTE` over `yearCount` years; the phasing is given to each `next` rather than
        /// held, so that a step copies plain numbers only (the draw loop makes one a draw).
        public init(recruitWTE: Double, teamWTE: Double, yearCount: Int) {
            total = max(0, recruitWTE)
            self.teamWTE = teamWTE
            self.yearCount = max(0, yearCount)
            remaining = total
        }

        /// The next plan year's new WTE and cohort under `phasing` (the same one each step); nil after the last.
        public mutating func next(_ phasing: RecruitmentPhasing) -> (newWTE: Double, fullyOperating: Double, coming: Double)? {
            guard year < yearCount else { return nil }
            let w = PhasingRule.newWTE(year: year, remaining: remaining, total: total, phasing, teamWTE: teamWTE, yearCount: yearCount)
            remaining -= w
            year += 1
            let c = PhasingRule.cohort(newWTE: w, teamWTE: teamWTE, started: &started)
            return (w, c.fullyOperating, c.coming)
        }
    }
}
