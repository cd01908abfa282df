/// One team's labour in each plan year and each draw, in pence, for areas that share a staffing model, on-cost
/// method and plan years (every area of a batch): labour does not depend on the area, so it is worked out once a
/// draw for all of them instead of once an area (Methodology §7.3).
///
/// Each value is ``TeamLabourSchedule``'s with the draw's pay growth and on-cost rate: the function
/// ``AreaCosting`` costs the plan's years with, so the rounding is the plan's own.
public struct TeamLabourTable: Sendable {
    /// What the labour of an area depends on; areas with equal keys share a table.
    public struct Key: Sendable, Equatable {
        var staffing: StaffingModel
        var onCosts: AreaOnCosts
        var payYearsBeforeFirstPlanYear: Int
        var yearCount: Int
        var onCostRate: Double
        var payGrowthRate: Double
        /// The run's figure indices drawn into the labour, in slot order.
        var drawnFigures: [Int]

        public init(area: AreaInput, assumptions a: PlanAssumptions, binding: AreaDrawBinding) {
            staffing = area.staffing
            onCosts = area.onCosts
            payYearsBeforeFirstPlanYear = area.payYearsBeforeFirstPlanYear
            yearCount = area.planYears.count
            onCostRate = a.onCostRate.value
            payGrowthRate = a.payGrowthRate.value
            drawnFigures = binding.slots.filter(\.slot.isLabour).map(\.figure)
        }
    }

    public let yearCount: Int
    /// Pence, year-major: `pence[year × drawCount + draw]`.
    public let pence: [Double]

    /// The table for the area `area` under `a` with the labour slots of `binding` drawn by `runner` (national
    /// values only: a local labour figure is worked out per area by ``AreaDrawModel``).
    public init(model: AreaDrawModel, runner: DrawRunner, national: [Double]) {
        yearCount = model.yearCount
        let years = yearCount
        pence = runner.evaluate(areaKey: RandomStream.national, national: national, outputCount: years, sampleLocal: false) {
            _, values, outputs in
            for y in 0..<years { outputs[y] = model.labourPence(year: y, values) }
        }
    }
}
