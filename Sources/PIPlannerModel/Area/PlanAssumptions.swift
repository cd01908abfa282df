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
    /// The hiring increment each role's required WTE is rounded up to (Methodology §3.8); nil: no rounding.
    public var hiringIncrementWTE: Figure? = nil

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
        hiringIncrementWTE = figures["hiringIncrementWTE"]
    }

    /// Every figure, for listing which were overridden.
    public var all: [Figure] {
        [
            baselinePrevalence, specialistShare, referencePopulation, babiesSeenPerTeamPerYear, firstYearCapacityFraction, onCostRate,
            payGrowthRate, firstYearLabourFraction, trainingFirstYearGBP, trainingSecondYearGBP, plausibleBirthRatePer1000Min,
            plausibleBirthRatePer1000Max, prevalenceRangeLow, prevalenceRangeHigh, camhsNoUnder2ShareOfAreas, smallestAreaPopulation,
        ] + (hiringIncrementWTE.map { [$0] } ?? [])
    }
}
