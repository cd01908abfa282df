/// An area's numbers, computed once from its input and assumptions: the quantities before rounding and the money to
/// the penny. No strings are built; ``AreaAuditBuilder`` and ``AreaFindingsBuilder`` explain the result and
/// ``AreaPlanner`` assembles the plan.
public struct AreaCalculation: Sendable {
    /// Need, teams, workforce, labour and babies seen, unrounded.
    public var quantities: AreaQuantities
    /// Cost by year and funding, to the penny.
    public var costing: AreaCosting

    /// Calculates `area` under assumptions `a`. The money must fit: check `AreaQuantities(area, assumptions:).moneyScale`
    /// (or ``AreaPlanner/moneyScale(_:assumptions:)``) first for an input not already validated.
    public init(_ area: AreaInput, assumptions a: PlanAssumptions) {
        let quantities = AreaQuantities(area, assumptions: a)
        self.init(area, assumptions: a, quantities: quantities)
    }

    /// Completes `quantities`, already computed for `area` under `a`, with the money.
    public init(_ area: AreaInput, assumptions a: PlanAssumptions, quantities: AreaQuantities) {
        self.quantities = quantities
        self.costing = AreaCosting(area, assumptions: a, quantities: quantities)
    }
}
