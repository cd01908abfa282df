/// Labour cost under the employer method: salary plus employer NI, pension, levy and other on-costs, post by post.
///
/// For each post: `pay = annualSalaryGBP × postWTE`;
/// `NI = niRate × max(0, pay − niSecondaryThresholdGBP)` (the threshold is per person, hence posts);
/// `pension = employerPensionRate × pay`; `levy = pensionLevyRate × pay`; `other = otherRate × pay`.
/// A role sums its posts (`PostSplitRule`), a team its roles.
///
/// Rounding, the one rule: each post's pay and each of its on-costs is computed from the unrounded pay in
/// `Double` and rounded once to the penny, half away from zero (`Money(gbp:)`); roles and teams add pence,
/// so a team's total is exactly the sum of its lines.
///
/// Units: GBP a year; rates are proportions. Citation: Methodology §4.2; rates from
/// `on-costs/employer_on_costs_uk.csv` (HMRC via secondary transcriptions; NHS Employers; NHSBSA).
public enum EmployerOnCostRule {
    /// One group of identical posts of a role and each post's cost.
    public struct PostCost: Sendable, Equatable {
        public var posts: PostSplitRule.PostGroup
        /// One post's cost.
        public var each: OnCostBreakdown
        /// All the group's posts.
        public var total: OnCostBreakdown { each.times(posts.count) }
    }

    /// One role: its WTE, its posts and their sum.
    public struct RoleCost: Sendable, Equatable {
        public var wte: Double
        public var annualSalaryGBP: Double
        public var posts: [PostCost]
        public var total: OnCostBreakdown { posts.map(\.total).sum() }
        /// How many posts the role is.
        public var postCount: Int { posts.reduce(0) { $0 + $1.posts.count } }
    }

    /// One role as the team cost needs it.
    public struct RoleInput: Sendable, Equatable {
        public var wte: Double
        public var annualSalaryGBP: Double
        /// People in the role, if the config gives it; otherwise posts of at most 1.0 WTE.
        public var headcount: Int?
        public var rates: EmployerOnCostRates

        public init(wte: Double, annualSalaryGBP: Double, headcount: Int? = nil, rates: EmployerOnCostRates) {
            self.wte = wte
            self.annualSalaryGBP = annualSalaryGBP
            self.headcount = headcount
            self.rates = rates
        }
    }

    /// One post's cost.
    public static func postCost(annualSalaryGBP: Double, postWTE: Double, rates: EmployerOnCostRates) -> OnCostBreakdown {
        let pay = annualSalaryGBP * postWTE
        return OnCostBreakdown(
            salary: Money(gbp: pay),
            employerNI: Money(gbp: rates.niRate * max(0, pay - rates.niSecondaryThresholdGBP)),
            employerPension: Money(gbp: rates.employerPensionRate * pay),
            pensionLevy: Money(gbp: rates.pensionLevyRate * pay),
            other: Money(gbp: rates.otherRate * pay))
    }

    /// One role's cost, post by post.
    public static func roleCost(_ role: RoleInput) -> RoleCost {
        let posts = PostSplitRule.posts(roleWTE: role.wte, headcount: role.headcount).map { group in
            PostCost(posts: group, each: postCost(annualSalaryGBP: role.annualSalaryGBP, postWTE: group.wte, rates: role.rates))
        }
        return RoleCost(wte: role.wte, annualSalaryGBP: role.annualSalaryGBP, posts: posts)
    }

    /// One role's cost to the penny without building its posts: each group of posts' `postCost` times its count,
    /// added; the same pence as ``RoleCost/total`` of `roleCost`. The draw loop and the plan's yearly labour call it.
    public static func roleTotal(_ role: RoleInput) -> OnCostBreakdown {
        let split = PostSplitRule.split(roleWTE: role.wte, headcount: role.headcount)
        // `.zero + first + second`, as `RoleCost.total` sums its posts (pence add exactly, in any order).
        return OnCostBreakdown.zero + groupTotal(split.first, role) + groupTotal(split.second, role)
    }

    /// A group of posts' cost to the penny; zero for no group.
    @inline(__always) private static func groupTotal(_ group: PostSplitRule.PostGroup?, _ role: RoleInput) -> OnCostBreakdown {
        guard let group else { return .zero }
        return postCost(annualSalaryGBP: role.annualSalaryGBP, postWTE: group.wte, rates: role.rates).times(group.count)
    }

    /// One role's cost before rounding, for the numeric core and its money bound: `totalGBP` is the sum of every
    /// post's parts, `boundGBP` the sum of their sizes (each part's absolute value), so that no amount rounding the
    /// role makes is larger than `boundGBP`. Builds no posts (`PostSplitRule.split`).
    public static func roleCostGBP(_ role: RoleInput) -> (totalGBP: Double, boundGBP: Double) {
        let split = PostSplitRule.split(roleWTE: role.wte, headcount: role.headcount)
        let first = groupCostGBP(split.first, role)
        let second = groupCostGBP(split.second, role)
        return (first.totalGBP + second.totalGBP, first.boundGBP + second.boundGBP)
    }

    /// A group of posts' cost before rounding, and the sum of its parts' sizes; zero for no group.
    private static func groupCostGBP(_ group: PostSplitRule.PostGroup?, _ role: RoleInput) -> (totalGBP: Double, boundGBP: Double) {
        guard let group else { return (0, 0) }
        let r = role.rates
        let pay = role.annualSalaryGBP * group.wte
        let ni = r.niRate * max(0, pay - r.niSecondaryThresholdGBP)
        let posts = Double(group.count)
        let total = posts * (pay + ni + (r.employerPensionRate + r.pensionLevyRate + r.otherRate) * pay)
        let bound = posts * (abs(pay) + abs(ni) + (abs(r.employerPensionRate) + abs(r.pensionLevyRate) + abs(r.otherRate)) * abs(pay))
        return (total, bound)
    }

    /// One team's labour: the sum of its roles' costs.
    public static func teamCost(_ roles: [RoleInput]) -> OnCostBreakdown {
        roles.map { roleCost($0).total }.sum()
    }
}
