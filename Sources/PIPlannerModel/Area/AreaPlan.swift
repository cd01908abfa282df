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
        /// Babies seen: the teams' capacity, at most the caseload.
        public var babiesSeen: Double
        public var costPerBabySeenGBP: Money?
        /// The teams' capacity for direct work, babies (more than `babiesSeen` when the teams exceed the caseload).
        public var capacityBabies: Double = 0
        /// Babies of the year's caseload not seen.
        public var needNotMet: Double = 0
        /// Share of the year's caseload seen; nil with no caseload.
        public var shareOfCaseloadSeen: Double? = nil
        /// Team-equivalents of capacity beyond the caseload, for the wider workforce.
        public var spareCapacityTeams: Double = 0
        /// New WTE starting this year under the phasing.
        public var newWTEStarting: Double = 0
        /// New team-equivalents fully operating from 1 April and coming into operation this year.
        public var cohort = RolloutYear(label: "", teamsFullyOperating: 0, teamsComingIntoOperation: 0)
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
    /// The workforce costed: each role's required WTE rounded up to the hiring increment, summed.
    public var costedWTE: Double = 0
    /// WTE to recruit for the costed workforce.
    public var costedGapWTE: Double = 0
    /// New WTE recruited over the plan under the phasing (less than the costed gap under a budget, a target or a
    /// phasing that the plan years end first).
    public var recruitedWTE: Double = 0
    /// Posts to recruit, role by role.
    public var posts: [PostsToRecruitRule.Role] = []
    /// What a budget buys, when the plan was solved for one.
    public var budget: BudgetRule.Outcome? = nil
    /// The cheapest phasing reaching a target, when the plan was solved for one.
    public var target: TargetRule.Outcome? = nil
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
    /// The numbers the plan was made from, kept so that the audit trail is written only when a report reads it.
    public var calculation: AreaCalculation
    public var input: AreaInput
    /// The reference figures used, with any config overrides.
    public var assumptions: PlanAssumptions

    /// The audit trail: every step from its formula, inputs and sources (``AreaAuditBuilder``), then a budget's or
    /// target's steps. Written from `calculation` each time it is read, since a CSV of 281 areas reads none of it.
    public var audit: [AuditStep] {
        var steps = AreaAuditBuilder(area: input, assumptions: assumptions, calculation: calculation).steps()
        if budget != nil || target != nil { steps += RecruitmentAudit.goalSteps(self) }
        return steps
    }

    /// How labour gets its on-costs: flat at the assumptions' rate, or employer NI and pension per post.
    public var onCostMethod: OnCostMethod { input.onCosts.method(assumptions) }

    /// Total cost of each plan year.
    public var annualCostGBP: [Money] { years.map(\.cost.totalGBP) }
    /// Total cost of the plan years.
    public var totalCostGBP: Money { annualCostGBP.sum() }
    /// Babies seen over the plan years.
    public var totalBabiesSeen: Double { years.reduce(0) { $0 + $1.babiesSeen } }
    /// Need not met over the plan years, babies (summed year by year: never carried forward).
    public var totalNeedNotMet: Double { years.reduce(0) { $0 + $1.needNotMet } }
    /// Specialist caseload over the plan years, babies.
    public var caseloadOverPlan: Double { specialistCaseload * Double(years.count) }
    /// Share of the caseload over the plan seen; nil with no caseload.
    public var shareOfCaseloadSeenOverPlan: Double? { caseloadOverPlan > 0 ? min(1, totalBabiesSeen / caseloadOverPlan) : nil }
    /// The hiring increment each role's WTE is rounded up to; nil: none.
    public var hiringIncrementWTE: Double? { assumptions.hiringIncrementWTE?.value }
    /// Cost per baby seen over all plan years.
    public var costPerBabySeenGBP: Money? { CostPerBabyRule.costPerBaby(total: totalCostGBP, babiesSeen: totalBabiesSeen) }
}
