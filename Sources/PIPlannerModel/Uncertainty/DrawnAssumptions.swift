/// The assumption values one draw uses, as plain numbers.
struct DrawnAssumptions {
    var baselinePrevalence: Double
    var specialistShare: Double
    var referencePopulation: Double
    var babiesSeenPerTeamPerYear: Double
    var firstYearCapacityFraction: Double
    var firstYearLabourFraction: Double
    var trainingFirstYearGBP: Double
    var trainingSecondYearGBP: Double

    init(_ a: PlanAssumptions) {
        baselinePrevalence = a.baselinePrevalence.value
        specialistShare = a.specialistShare.value
        referencePopulation = a.referencePopulation.value
        babiesSeenPerTeamPerYear = a.babiesSeenPerTeamPerYear.value
        firstYearCapacityFraction = a.firstYearCapacityFraction.value
        firstYearLabourFraction = a.firstYearLabourFraction.value
        trainingFirstYearGBP = a.trainingFirstYearGBP.value
        trainingSecondYearGBP = a.trainingSecondYearGBP.value
    }

    /// Which figure (its index in a draw's values) each assumption takes, -1 for its point value: worked out once an
    /// area, so that a draw reads eight indexes instead of switching over its slots.
    struct Figures {
        var baselinePrevalence = -1
        var specialistShare = -1
        var referencePopulation = -1
        var babiesSeenPerTeamPerYear = -1
        var firstYearCapacityFraction = -1
        var firstYearLabourFraction = -1
        var trainingFirstYearGBP = -1
        var trainingSecondYearGBP = -1

        /// The assumption slots of `slots`, a later binding of a slot replacing an earlier one (labour and risk-group
        /// slots are the labour table's and `DrawnRiskGroup`'s).
        init(_ slots: [(figure: Int, slot: FigureSlot)]) {
            for (figure, slot) in slots {
                switch slot {
                case .baselinePrevalence: baselinePrevalence = figure
                case .specialistShare: specialistShare = figure
                case .referencePopulation: referencePopulation = figure
                case .babiesSeenPerTeamPerYear: babiesSeenPerTeamPerYear = figure
                case .firstYearCapacityFraction: firstYearCapacityFraction = figure
                case .firstYearLabourFraction: firstYearLabourFraction = figure
                case .trainingFirstYearGBP: trainingFirstYearGBP = figure
                case .trainingSecondYearGBP: trainingSecondYearGBP = figure
                case .onCostRate, .payGrowthRate, .riskPrevalence, .riskShare: break
                }
            }
        }
    }

    /// These values with each bound assumption replaced by its figure's value in this draw.
    @inline(__always) func drawn(_ values: UnsafeBufferPointer<Double>, _ f: Figures) -> DrawnAssumptions {
        @inline(__always) func pick(_ index: Int, _ point: Double) -> Double { index >= 0 ? values[index] : point }
        var a = self
        a.baselinePrevalence = pick(f.baselinePrevalence, baselinePrevalence)
        a.specialistShare = pick(f.specialistShare, specialistShare)
        a.referencePopulation = pick(f.referencePopulation, referencePopulation)
        a.babiesSeenPerTeamPerYear = pick(f.babiesSeenPerTeamPerYear, babiesSeenPerTeamPerYear)
        a.firstYearCapacityFraction = pick(f.firstYearCapacityFraction, firstYearCapacityFraction)
        a.firstYearLabourFraction = pick(f.firstYearLabourFraction, firstYearLabourFraction)
        a.trainingFirstYearGBP = pick(f.trainingFirstYearGBP, trainingFirstYearGBP)
        a.trainingSecondYearGBP = pick(f.trainingSecondYearGBP, trainingSecondYearGBP)
        return a
    }
}
