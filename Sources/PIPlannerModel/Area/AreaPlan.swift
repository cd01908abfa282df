/// The plan for one area: need, workforce, cost by year, funding, findings and the audit trail.
public struct AreaPlan: Sendable {
    public struct RoleRequirement: Sendable, Equatable {
        public var role: StaffRole
        /// WTE of this role across the recommended number of teams.
        public var requiredWTE: Double
    }

    public struct PlanYear: Sendable, Equatable {
        public var label: String
        /// Pay-growth years applied to the pay-scale labour cost in this year.
        public var payGrowthYears: Int
        public var labourPerTeamGBP: Money
        /// That labour as salaries and each on-cost (the flat method's on-cost is `other`).
        public var labour: OnCostBreakdown
        public var cost: AnnualCostRule.YearCost
        public var babiesSeen: Double
        public var costPerBabySeenGBP: Money?
    }

    public struct FundingLine: Sendable, Equatable {
        public var funding: FundingInput
        /// One contribution per plan year.
        public var contributionsGBP: [Money]
        /// Share of the plan's whole cost this funder pays (nil when the cost is zero).
        public var shareOfTotalCost: Double?
        /// Babies seen over the plan attributed to this funder, pro rata to its share of the cost.
        public var babiesSeenAttributed: Double?
        /// The funder's contributions over all plan years.
        public var totalContributionGBP: Money { contributionsGBP.sum() }
    }

    public var name: String
    public var code: String?
    public var population: Double
    public var births: Double
    public var birthRatePer1000: Double
    public var combination: CombinationRule
    public var prevalence: Double
    public var prevalenceBreakdown: AreaPrevalenceRule.Breakdown
    public var infantsAtRisk: Double
    public var specialistCaseload: Double
    public var coverageTeams: Double
    public var needTeams: Double
    public var recommendedMethod: SizingMethod
    public var recommendedTeams: Double
    /// Need-method teams if the area's prevalence were at the low or high end of the published range.
    public var needTeamsAtPrevalenceRange: PrevalenceSensitivityRule.Range
    public var staffing: StaffingModel
    public var teamWTE: Double
    public var requiredWTE: Double
    public var existingWTE: Double
    public var gapWTE: Double
    public var existingTeams: Double
    public var newTeams: Double
    public var roles: [RoleRequirement]
    public var salaryBillPerTeamGBP: Money
    public var labourPerTeamAtPayYearGBP: Money
    /// That labour as salaries and each on-cost (the flat method's on-cost is `other`).
    public var labourPerTeamAtPayYear: OnCostBreakdown
    /// Each role's posts and their on-costs at the pay year, in the staffing model's order; empty under the flat method.
    public var roleCostsAtPayYear: [EmployerOnCostRule.RoleCost]
    public var payYearLabel: String
    public var years: [PlanYear]
    public var funding: [FundingLine]
    public var unfundedGBP: [Money]
    public var findings: [Diagnostic]
    public var audit: [AuditStep]
    public var input: AreaInput
    /// The reference figures used, with any config overrides.
    public var assumptions: PlanAssumptions

    /// How labour gets its on-costs: flat at the assumptions' rate, or employer NI and pension per post.
    public var onCostMethod: OnCostMethod { input.onCosts.method(assumptions) }

    /// Total cost of each plan year.
    public var annualCostGBP: [Money] { years.map(\.cost.totalGBP) }
    /// Total cost of the plan years.
    public var totalCostGBP: Money { annualCostGBP.sum() }
    /// Babies seen over the plan years.
    public var totalBabiesSeen: Double { years.reduce(0) { $0 + $1.babiesSeen } }
    /// Cost per baby seen over all plan years.
    public var costPerBabySeenGBP: Money? { CostPerBabyRule.costPerBaby(total: totalCostGBP, babiesSeen: totalBabiesSeen) }
}
