/// Everything the engine needs to plan one area. Built and validated by the I/O layer.
public struct AreaInput: Sendable {
    public var name: String
    public var code: String?
    /// Config field path of this area, e.g. `areas[1]`, used in findings.
    public var fieldPath: String
    public var population: Figure
    /// Births given directly; nil when derived from `birthRatePer1000`.
    public var births: Figure?
    public var birthRatePer1000: Figure?
    public var riskGroups: [RiskGroupInput]
    public var combination: CombinationRule
    public var combinationSource: String
    public var existingWTE: Figure
    public var staffing: StaffingModel
    /// How labour gets its employer on-costs: flat at `PlanAssumptions.onCostRate`, or per post by tax year.
    public var onCosts: AreaOnCosts
    public var sizingMethod: SizingMethod
    public var sizingMethodSource: String
    public var funding: [FundingInput]
    public var leadCommissioner: String?
    /// Whether CAMHS in the area accepts referrals under age 2; nil if the config does not say.
    public var camhsAcceptsUnder2: Bool?
    /// Labels of the plan years, e.g. ["2026/27", "2027/28", "2028/29"].
    public var planYears: [String]
    /// Financial years from the pay-scale year to the first plan year (the pay-growth exponent of year 0).
    public var payYearsBeforeFirstPlanYear: Int
    public var payYearLabel: String
    /// How the new WTE is recruited over the plan years, and any budget or target solved for (Methodology §3.7–§3.10).
    public var recruitment: RecruitmentInput
    /// Findings raised while building the input (e.g. a band supplied by config), carried into the plan.
    public var inputFindings: [Diagnostic]

    public init(
        name: String, code: String?, fieldPath: String, population: Figure, births: Figure?, birthRatePer1000: Figure?,
        riskGroups: [RiskGroupInput], combination: CombinationRule, combinationSource: String, existingWTE: Figure, staffing: StaffingModel,
        sizingMethod: SizingMethod, sizingMethodSource: String, funding: [FundingInput], leadCommissioner: String?,
        camhsAcceptsUnder2: Bool?, planYears: [String], payYearsBeforeFirstPlanYear: Int, payYearLabel: String,
        inputFindings: [Diagnostic] = [], onCosts: AreaOnCosts = .flat,
        recruitment: RecruitmentInput = RecruitmentInput()
    ) {
        self.name = name
        self.code = code
        self.fieldPath = fieldPath
        self.population = population
        self.births = births
        self.birthRatePer1000 = birthRatePer1000
        self.riskGroups = riskGroups
        self.combination = combination
        self.combinationSource = combinationSource
        self.existingWTE = existingWTE
        self.staffing = staffing
        self.onCosts = onCosts
        self.sizingMethod = sizingMethod
        self.sizingMethodSource = sizingMethodSource
        self.funding = funding
        self.leadCommissioner = leadCommissioner
        self.camhsAcceptsUnder2 = camhsAcceptsUnder2
        self.planYears = planYears
        self.payYearsBeforeFirstPlanYear = payYearsBeforeFirstPlanYear
        self.payYearLabel = payYearLabel
        self.inputFindings = inputFindings
        self.recruitment = recruitment
    }
}
