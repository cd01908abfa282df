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
        guard yearCount > 0 else { return [] }
        let total = max(0, recruitWTE)
        switch phasing {
        case .allInFirstYear:
            return [total] + Array(repeating: 0, count: yearCount - 1)
        case .spreadOverYears(let years):
            let m = max(1, min(years, yearCount))
            return (0..<yearCount).map { $0 < m ? total / Double(m) : 0 }
        case .maxNewWTEPerYear(let cap):
            return capped(total, cap: cap, yearCount: yearCount)
        case .maxNewTeamsPerYear(let teams):
            return capped(total, cap: teams * teamWTE, yearCount: yearCount)
        case .newWTEByYear(let given):
            var remaining = total
            return (0..<yearCount).map { k in
                let w = k < given.count ? min(max(0, given[k]), remaining) : 0
                remaining -= w
                return w
            }
        }
    }

    /// Earliest first, at most `cap` a year.
    private static func capped(_ total: Double, cap: Double, yearCount: Int) -> [Double] {
        var remaining = total
        return (0..<yearCount).map { _ in
            // A remainder of rounding error is not a cohort.
            let w = remaining > 1e-9 ? min(max(0, cap), remaining) : 0
            remaining -= w
            return w
        }
    }

    /// The cohorts as a rollout schedule of the new teams only: `N_k = w_k / teamWTE` coming into operation in year k,
    /// `F_k = Σ_{j<k} N_j` fully operating from 1 April of year k.
    public static func cohorts(newWTEByYear w: [Double], teamWTE: Double, labels: [String]) -> [RolloutYear] {
        var fullyOperating = 0.0
        return zip(labels, w).map { label, wte in
            let coming = WorkforceRule.teamEquivalents(wte: wte, teamWTE: teamWTE)
            defer { fullyOperating += coming }
            return RolloutYear(label: label, teamsFullyOperating: fullyOperating, teamsComingIntoOperation: coming)
        }
    }
}
