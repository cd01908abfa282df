extension AreaPlanner {
    /// How much money planning an area involves, worked out in floating point before anything is rounded to the penny.
    public struct MoneyScale: Sendable, Equatable {
        /// No amount `plan` rounds to the penny (a salary, a team's labour, training, a year's cost lines and total,
        /// a funder's contribution, the gap) and no sum of them is larger than this. GBP; NaN or infinite when an
        /// input makes the plan so.
        public var boundGBP: Double
        /// Teams by the recommended method.
        public var teams: Double
        /// One team's labour in the last plan year, GBP a year.
        public var labourPerTeamLastYearGBP: Double
        /// What makes the plan too large to hold, when it does not fit (``fits``): so that a message names the field.
        public var cause: MoneyCause = .teams
        /// Whether `Money` holds every amount of the plan, so that `plan` may run.
        public var fits: Bool { Money.canHold(boundGBP) }
    }

    /// The money scale of planning `area`, from the numeric core before any rounding (``AreaQuantities/moneyScale``).
    /// A caller refuses an area whose scale does not fit (a population, births, salary or year in the wrong unit),
    /// where `plan` would trap converting pounds to pence.
    public static func moneyScale(_ area: AreaInput, assumptions a: PlanAssumptions) -> MoneyScale {
        let quantities = AreaQuantities(area, assumptions: a)
        var scale = quantities.moneyScale
        if !scale.fits { scale.cause = MoneyCause(area, assumptions: a, quantities: quantities) }
        return scale
    }
}
