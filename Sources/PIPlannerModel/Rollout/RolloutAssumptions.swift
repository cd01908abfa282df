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

    /// Every figure, for validation and for listing which were overridden.
    public var all: [Figure] {
        [
            labourPerTeamFirstYearGBP, payGrowthRate, firstYearLabourFraction, trainingFirstYearGBP, trainingSecondYearGBP,
            babiesSeenPerTeamPerYear, firstYearCapacityFraction,
        ]
    }
}
