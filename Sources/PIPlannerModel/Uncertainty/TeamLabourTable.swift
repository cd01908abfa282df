/// One team's labour in each plan year and each draw, in pence, for areas that share a staffing model, on-cost
/// method and plan years (every area of a batch): labour does not depend on the area, so it is worked out once a
/// draw for all of them instead of once an area (Methodology §7.3).
///
/// Each value is the full numeric core's: ``AreaCalculation`` of a template area with the draw's pay growth and
/// on-cost rate, read from ``AreaCosting/Year/labourPerTeamGBP``, so the rounding is the plan's own.
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
    /// values only: a local labour figure is worked out per area by `labourPence`).
    public init(area: AreaInput, assumptions a: PlanAssumptions, binding: AreaDrawBinding, runner: DrawRunner, national: [Double]) {
        let template = Self.template(area)
        let slots = binding.slots.filter(\.slot.isLabour)
        yearCount = area.planYears.count
        pence = runner.evaluate(areaKey: RandomStream.national, national: national, outputCount: yearCount) { _, values, outputs in
            Self.labourPence(template, a, slots: slots, values: values, into: outputs)
        }
    }

    /// `area` without what labour does not depend on (risk groups, funding), so the core runs quickly.
    static func template(_ area: AreaInput) -> AreaInput {
        var template = area
        template.riskGroups = []
        template.funding = []
        template.existingWTE.value = 0
        return template
    }

    /// One team's labour in each plan year, pence, with `values` in the labour `slots`: the full core's figure.
    static func labourPence(
        _ template: AreaInput, _ a: PlanAssumptions, slots: [(figure: Int, slot: FigureSlot)], values: UnsafeBufferPointer<Double>,
        into outputs: UnsafeMutableBufferPointer<Double>
    ) {
        var (input, assumptions) = (template, a)
        for (figure, slot) in slots { slot.set(values[figure], &input, &assumptions) }
        let quantities = AreaQuantities(input, assumptions: assumptions)
        guard quantities.moneyScale.fits else {
            for y in 0..<outputs.count { outputs[y] = .infinity }
            return
        }
        let costing = AreaCosting(input, assumptions: assumptions, quantities: quantities)
        for (y, year) in costing.years.enumerated() where y < outputs.count { outputs[y] = Double(year.labourPerTeamGBP.pence) }
    }
}
