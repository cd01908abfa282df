/// The reference figures an area plan uses, each with its provenance (possibly overridden by config).
public struct PlanAssumptions: Sendable {
    public var baselinePrevalence: Figure
    public var specialistShare: Figure
    public var referencePopulation: Figure
    public var babiesSeenPerTeamPerYear: Figure
    public var firstYearCapacityFraction: Figure
    public var onCostRate: Figure
    public var payGrowthRate: Figure
    public var firstYearLabourFraction: Figure
    public var trainingFirstYearGBP: Figure
    public var trainingSecondYearGBP: Figure
    public var plausibleBirthRatePer1000Min: Figure
    public var plausibleBirthRatePer1000Max: Figure
    public var prevalenceRangeLow: Figure
    public var prevalenceRangeHigh: Figure
    public var camhsNoUnder2ShareOfAreas: Figure
    public var smallestAreaPopulation: Figure

    public init(
        baselinePrevalence: Figure, specialistShare: Figure, referencePopulation: Figure, babiesSeenPerTeamPerYear: Figure,
        firstYearCapacityFraction: Figure, onCostRate: Figure, payGrowthRate: Figure, firstYearLabourFraction: Figure,
        trainingFirstYearGBP: Figure, trainingSecondYearGBP: Figure, plausibleBirthRatePer1000Min: Figure,
        plausibleBirthRatePer1000Max: Figure, prevalenceRangeLow: Figure, prevalenceRangeHigh: Figure, camhsNoUnder2ShareOfAreas: Figure,
        smallestAreaPopulation: Figure
    ) {
        self.baselinePrevalence = baselinePrevalence
        self.specialistShare = specialistShare
        self.referencePopulation = referencePopulation
        self.babiesSeenPerTeamPerYear = babiesSeenPerTeamPerYear
        self.firstYearCapacityFraction = firstYearCapacityFraction
        self.onCostRate = onCostRate
        self.payGrowthRate = payGrowthRate
        self.firstYearLabourFraction = firstYearLabourFraction
        self.trainingFirstYearGBP = trainingFirstYearGBP
        self.trainingSecondYearGBP = trainingSecondYearGBP
        self.plausibleBirthRatePer1000Min = plausibleBirthRatePer1000Min
        self.plausibleBirthRatePer1000Max = plausibleBirthRatePer1000Max
        self.prevalenceRangeLow = prevalenceRangeLow
        self.prevalenceRangeHigh = prevalenceRangeHigh
        self.camhsNoUnder2ShareOfAreas = camhsNoUnder2ShareOfAreas
        self.smallestAreaPopulation = smallestAreaPopulation
    }

    /// The parameter ids this struct needs from reference data, in declaration order.
    public static let parameterIDs = [
        "baselinePrevalence", "specialistShare", "referencePopulation", "babiesSeenPerTeamPerYear",
        "firstYearCapacityFraction", "onCostRate", "payGrowthRate", "firstYearLabourFraction",
        "trainingFirstYearGBP", "trainingSecondYearGBP", "plausibleBirthRatePer1000Min",
        "plausibleBirthRatePer1000Max", "prevalenceRangeLow", "prevalenceRangeHigh", "camhsNoUnder2ShareOfAreas", "smallestAreaPopulation",
    ]

    /// Builds from figures keyed by parameter id; nil if any is missing.
    public init?(figures: [String: Figure]) {
        guard let a = figures["baselinePrevalence"], let b = figures["specialistShare"], let c = figures["referencePopulation"],
            let d = figures["babiesSeenPerTeamPerYear"], let e = figures["firstYearCapacityFraction"], let f = figures["onCostRate"],
            let g = figures["payGrowthRate"], let h = figures["firstYearLabourFraction"], let i = figures["trainingFirstYearGBP"],
            let j = figures["trainingSecondYearGBP"], let k = figures["plausibleBirthRatePer1000Min"],
            let l = figures["plausibleBirthRatePer1000Max"], let m = figures["prevalenceRangeLow"], let n = figures["prevalenceRangeHigh"],
            let o = figures["camhsNoUnder2ShareOfAreas"], let q = figures["smallestAreaPopulation"]
        else { return nil }
        self.init(
            baselinePrevalence: a, specialistShare: b, referencePopulation: c, babiesSeenPerTeamPerYear: d, firstYearCapacityFraction: e,
            onCostRate: f, payGrowthRate: g, firstYearLabourFraction: h, trainingFirstYearGBP: i, trainingSecondYearGBP: j,
            plausibleBirthRatePer1000Min: k, plausibleBirthRatePer1000Max: l, prevalenceRangeLow: m, prevalenceRangeHigh: n,
            camhsNoUnder2ShareOfAreas: o, smallestAreaPopulation: q)
    }

    /// Every figure, for listing which were overridden.
    public var all: [Figure] {
        [
            baselinePrevalence, specialistShare, referencePopulation, babiesSeenPerTeamPerYear, firstYearCapacityFraction, onCostRate,
            payGrowthRate, firstYearLabourFraction, trainingFirstYearGBP, trainingSecondYearGBP, plausibleBirthRatePer1000Min,
            plausibleBirthRatePer1000Max, prevalenceRangeLow, prevalenceRangeHigh, camhsNoUnder2ShareOfAreas, smallestAreaPopulation,
        ]
    }
}

/// One role in a team: band, WTE per team and its basic salary per WTE with the salary's source.
public struct StaffRole: Sendable, Equatable {
    public var id: String
    public var title: String
    /// Agenda for Change band, or nil when the config gave a salary directly.
    public var band: String?
    /// Where the band came from: the staffing model's source, or the config.
    public var bandBasis: Basis
    public var wtePerTeam: Double
    /// Basic annual salary per WTE (before on-costs) and its source, e.g. an AfC pay point.
    public var annualSalaryGBP: Figure

    public init(id: String, title: String, band: String?, bandBasis: Basis, wtePerTeam: Double, annualSalaryGBP: Figure) {
        self.id = id
        self.title = title
        self.band = band
        self.bandBasis = bandBasis
        self.wtePerTeam = wtePerTeam
        self.annualSalaryGBP = annualSalaryGBP
    }
}

/// A team template with salaries resolved.
public struct StaffingModel: Sendable, Equatable {
    public var id: String
    public var name: String
    public var source: String
    public var roles: [StaffRole]
    public init(id: String, name: String, source: String, roles: [StaffRole]) {
        self.id = id
        self.name = name
        self.source = source
        self.roles = roles
    }
    /// WTE of one team: the sum of its roles' WTE.
    public var teamWTE: Double { roles.reduce(0) { $0 + $1.wtePerTeam } }
}

/// Which sizing method a plan recommends and costs.
public enum SizingMethod: String, Sendable, CaseIterable {
    case need
    case coverage
}

/// Whether a risk group's share describes the area itself or the nation.
public enum RiskShareScope: String, Sendable, CaseIterable {
    /// The area's own figure (e.g. its IDACI rate) or one derived from its constituent areas.
    case local
    /// A national figure applied to the area (e.g. England's babies in need ÷ England's births).
    case national
}

/// A risk group as given for an area: share of births in the group and the group's prevalence.
public struct RiskGroupInput: Sendable, Equatable {
    public var id: String
    public var label: String
    public var share: Figure
    public var prevalence: Figure
    /// Local or national; nil when a config gave the share without saying.
    public var scope: RiskShareScope?
    public init(id: String, label: String, share: Figure, prevalence: Figure, scope: RiskShareScope? = nil) {
        self.id = id
        self.label = label
        self.share = share
        self.prevalence = prevalence
        self.scope = scope
    }
}

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
    /// Findings raised while building the input (e.g. a band supplied by config), carried into the plan.
    public var inputFindings: [Finding]

    public init(
        name: String, code: String?, fieldPath: String, population: Figure, births: Figure?, birthRatePer1000: Figure?,
        riskGroups: [RiskGroupInput], combination: CombinationRule, combinationSource: String, existingWTE: Figure, staffing: StaffingModel,
        sizingMethod: SizingMethod, sizingMethodSource: String, funding: [FundingInput], leadCommissioner: String?,
        camhsAcceptsUnder2: Bool?, planYears: [String], payYearsBeforeFirstPlanYear: Int, payYearLabel: String,
        inputFindings: [Finding] = []
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
        self.sizingMethod = sizingMethod
        self.sizingMethodSource = sizingMethodSource
        self.funding = funding
        self.leadCommissioner = leadCommissioner
        self.camhsAcceptsUnder2 = camhsAcceptsUnder2
        self.planYears = planYears
        self.payYearsBeforeFirstPlanYear = payYearsBeforeFirstPlanYear
        self.payYearLabel = payYearLabel
        self.inputFindings = inputFindings
    }
}
