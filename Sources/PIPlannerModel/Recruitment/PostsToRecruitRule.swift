/// Posts to recruit, role by role: the WTE required rounded up to the hiring increment, the WTE in post and the WTE to
/// recruit in each plan year.
///
/// For role r with `wtePerTeam_r` of a team of `teamWTE`, share `s_r = wtePerTeam_r / teamWTE`, and increment `i`:
/// - required `R_r = ⌈teams × wtePerTeam_r⌉_i` (`HiringIncrementRule`); the costed workforce is `Σ_r R_r`;
/// - in post `P_r = min(R_r, existingWTE × s_r)` (the existing WTE taken as in the team's mix);
/// - to recruit `G_r = R_r − P_r`;
/// - recruited by the end of year k: `C_{r,k} = min(G_r, ⌈s_r × Σ_{j≤k} w_j⌉_i)` with `w_j` the phased new WTE
///   (`PhasingRule`), and in year k `C_{r,k} − C_{r,k−1}`.
/// WTE throughout. Citation: Methodology §3.8.
public enum PostsToRecruitRule {
    /// One role's posts.
    public struct Role: Sendable, Equatable {
        /// The role's id in the staffing model.
        public var roleID: String
        /// `teams × wtePerTeam` before rounding, WTE.
        public var unroundedWTE: Double
        /// `R_r`: rounded up to the increment; the WTE costed.
        public var requiredWTE: Double
        /// `P_r`, WTE.
        public var inPostWTE: Double
        /// `G_r`, WTE.
        public var toRecruitWTE: Double
        /// WTE recruited in each plan year.
        public var toRecruitByYearWTE: [Double]
    }

    /// `R_r` for each role.
    public static func requiredWTE(teams: Double, wtePerTeam: [Double], incrementWTE: Double?) -> [Double] {
        wtePerTeam.map { HiringIncrementRule.roundedUp(teams * $0, incrementWTE: incrementWTE) }
    }

    /// Every role's posts; `newWTEByYear` is the phased `w_k`.
    public static func roles(
        ids: [String], wtePerTeam: [Double], teams: Double, existingWTE: Double, newWTEByYear: [Double], incrementWTE: Double?
    ) -> [Role] {
        let teamWTE = wtePerTeam.reduce(0, +)
        let required = requiredWTE(teams: teams, wtePerTeam: wtePerTeam, incrementWTE: incrementWTE)
        return zip(ids, zip(wtePerTeam, required)).map { id, pair in
            let (perTeam, r) = pair
            let share = teamWTE > 0 ? perTeam / teamWTE : 0
            let inPost = min(r, max(0, existingWTE) * share)
            let gap = max(0, r - inPost)
            var cumulative = 0.0
            var previous = 0.0
            let byYear = newWTEByYear.map { w -> Double in
                cumulative += w
                let recruited = min(gap, HiringIncrementRule.roundedUp(share * cumulative, incrementWTE: incrementWTE))
                defer { previous = recruited }
                return max(0, recruited - previous)
            }
            return Role(
                roleID: id, unroundedWTE: teams * perTeam, requiredWTE: r, inPostWTE: inPost, toRecruitWTE: gap, toRecruitByYearWTE: byYear)
        }
    }
}
