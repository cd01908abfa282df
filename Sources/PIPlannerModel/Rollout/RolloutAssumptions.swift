/// The figures a rollout is costed with, each with its provenance (possibly overridden by config).
public struct RolloutAssumptions: Sendable, Equatable {
    /// Labour (salary plus on-costs) of one fully operating team at the first rollout year's prices; GBP a year.
    public var labourPerTeamFirstYearGBP: Figure
    /// Pay growth a year (proportion), applied from the second rollout year.
    public var payGrowthRate: Figure
    /// Share of a year's labour paid for a team in the year it comes into operation.
    public var firstYearLabourFraction: Figure
    /// Training per team in the year it comes into operation; GBP.
    public var trainingFirstYearGBP: Figure
    /// Training per team in the year after it comes into operation; GBP.
    public var trainingSecondYearGBP: Figure
    /// Babies a fully operating team sees a year.
    public var babiesSeenPerTeamPerYear: Figure
    /// Share of a full year's babies seen by a team in the year it comes into operation.
    public var firstYearCapacityFraction: Figure
    /// Labour of one fully operating team in each rollout year, when it is costed year by year (employer on-costs,
    /// each year's tax-year rules); nil: `labourPerTeamFirstYearGBP` uplifted by pay growth. GBP a year.
    public var labourPerTeamByYearGBP: [Figure]? = nil

    public init(
        labourPerTeamFirstYearGBP: Figure, payGrowthRate: Figure, firstYearLabourFraction: Figure, trainingFirstYearGBP: Figure,
        trainingSecondYearGBP: Figure, babiesSeenPerTeamPerYear: Figure, firstYearCapacityFraction: Figure
    ) {
        self.labourPerTeamFirstYearGBP = labourPerTeamFirstYearGBP
        self.payGrowthRate = payGrowthRate
        self.firstYearLabourFraction = firstYearLabourFraction
        self.trainingFirstYearGBP = trainingFirstYearGBP
        self.trainingSecondYearGBP = trainingSecondYearGBP
        self.babiesSeenPerTeamPerYear = babiesSeenPerTeamPerYear
        self.firstYearCapacityFraction = firstYearCapacityFraction
    }

    /// Reference-data parameter ids used besides the labour figure, in declaration order.
    public static let parameterIDs = [
        "payGrowthRate", "firstYearLabourFraction", "trainingFirstYearGBP", "trainingSecondYearGBP",
        "babiesSeenPerTeamPerYear", "firstYearCapacityFraction",
    ]

    /// Builds from figures keyed by parameter id; nil if any is missing. The labour figure is looked up by
    /// `labourPerTeamID` (default: the 2021 Spending Review team cost, 002, at 2022/23 prices).
    public init?(figures: [String: Figure], labourPerTeamID: String = "spendingReview2021LabourPerTeamGBP") {
        guard let labour = figures[labourPerTeamID], let g = figures["payGrowthRate"], let f = figures["firstYearLabourFraction"],
            let t1 = figures["trainingFirstYearGBP"], let t2 = figures["trainingSecondYearGBP"],
            let b = figures["babiesSeenPerTeamPerYear"], let c = figures["firstYearCapacityFraction"]
        else { return nil }
        self.init(
            labourPerTeamFirstYearGBP: labour, payGrowthRate: g, firstYearLabourFraction: f, trainingFirstYearGBP: t1,
            trainingSecondYearGBP: t2, babiesSeenPerTeamPerYear: b, firstYearCapacityFraction: c)
    }

    /// The labour figure of rollout year `k` when labour is costed year by year; nil otherwise.
    public func labourFigure(yearIndex k: Int) -> Figure? {
        guard let byYear = labourPerTeamByYearGBP, byYear.indices.contains(k) else { return nil }
        return byYear[k]
    }

    /// One team's labour in rollout year `k` before rounding: the year's own figure, else `L_0 × (1 + g)^k`.
    public func labourPerTeamGBP(yearIndex k: Int) -> Double {
        labourFigure(yearIndex: k)?.value ?? labourPerTeamFirstYearGBP.value
            * PayGrowthRule.factor(payGrowthRate: payGrowthRate.value, years: k)
    }

    /// Every figure, for validation and for listing which were overridden.
    public var all: [Figure] {
        [
            labourPerTeamFirstYearGBP, payGrowthRate, firstYearLabourFraction, trainingFirstYearGBP, trainingSecondYearGBP,
            babiesSeenPerTeamPerYear, firstYearCapacityFraction,
        ] + (labourPerTeamByYearGBP ?? [])
    }
}
