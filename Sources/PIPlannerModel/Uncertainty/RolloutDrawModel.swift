/// A rollout's cost and children seen in each year as a function of one draw's figure values (Methodology §7.6).
///
/// A rollout is national: every figure takes its one value a draw (local figures bind nothing here). The schedule of
/// teams is the rollout's own, given or derived at the point values; a drawn figure moves what the teams cost and the
/// children they see. Pay growth, the first-year fractions, training, babies seen per team and, when drawn, the labour
/// figure bind to the rollout's assumptions; a figure the config replaced is held unless the config gave it a
/// distribution. Each draw costs every year with `RolloutModel.year`, the plan's own function.
public struct RolloutDrawModel: Sendable {
    public let schedule: RolloutSchedule
    public let assumptions: RolloutAssumptions
    /// Each bound figure's index in the run's figures and the assumption it replaces.
    let slots: [(figure: Int, field: Field)]
    /// Ids of the figures drawn here, in the run's order.
    public let boundIDs: [String]
    /// Ids held at the config's value because the config replaced them.
    public let heldIDs: [String]
    /// Indices into `schedule.years` of the span summed as the report's total column.
    public let span: ClosedRange<Int>

    /// The model of `schedule` under `a` for `figures`; `span` is the total column's years.
    public init(
        schedule: RolloutSchedule, assumptions a: RolloutAssumptions, figures: [UncertainFigure], span: ClosedRange<Int>,
        drawnOverrides: Set<String> = []
    ) {
        self.schedule = schedule
        assumptions = a
        self.span = span
        var slots: [(figure: Int, field: Field)] = []
        var bound: [String] = []
        var held: [String] = []
        for (index, figure) in figures.enumerated() where !figure.isFixed {
            guard let field = Field(id: figure.id, a) else { continue }
            if field.figure(a).override != nil, !drawnOverrides.contains(figure.id) {
                held.append(figure.id)
                continue
            }
            slots.append((index, field))
            bound.append(figure.id)
        }
        (self.slots, boundIDs, heldIDs) = (slots, bound, held)
    }

    /// The assumption a drawn figure replaces in a rollout.
    enum Field: Sendable {
        case payGrowthRate, firstYearLabourFraction, trainingFirstYearGBP, trainingSecondYearGBP, babiesSeenPerTeamPerYear
        case firstYearCapacityFraction, labourPerTeamFirstYearGBP

        /// The field figure `id` replaces, nil for one a rollout does not use.
        init?(id: String, _ a: RolloutAssumptions) {
            switch id {
            case "payGrowthRate": self = .payGrowthRate
            case "firstYearLabourFraction": self = .firstYearLabourFraction
            case "trainingFirstYearGBP": self = .trainingFirstYearGBP
            case "trainingSecondYearGBP": self = .trainingSecondYearGBP
            case "babiesSeenPerTeamPerYear": self = .babiesSeenPerTeamPerYear
            case "firstYearCapacityFraction": self = .firstYearCapacityFraction
            case a.labourPerTeamFirstYearGBP.id: self = .labourPerTeamFirstYearGBP
            default: return nil
            }
        }

        func figure(_ a: RolloutAssumptions) -> Figure {
            switch self {
            case .payGrowthRate: return a.payGrowthRate
            case .firstYearLabourFraction: return a.firstYearLabourFraction
            case .trainingFirstYearGBP: return a.trainingFirstYearGBP
            case .trainingSecondYearGBP: return a.trainingSecondYearGBP
            case .babiesSeenPerTeamPerYear: return a.babiesSeenPerTeamPerYear
            case .firstYearCapacityFraction: return a.firstYearCapacityFraction
            case .labourPerTeamFirstYearGBP: return a.labourPerTeamFirstYearGBP
            }
        }

        func set(_ value: Double, _ a: inout RolloutAssumptions) {
            switch self {
            case .payGrowthRate: a.payGrowthRate.value = value
            case .firstYearLabourFraction: a.firstYearLabourFraction.value = value
            case .trainingFirstYearGBP: a.trainingFirstYearGBP.value = value
            case .trainingSecondYearGBP: a.trainingSecondYearGBP.value = value
            case .babiesSeenPerTeamPerYear: a.babiesSeenPerTeamPerYear.value = value
            case .firstYearCapacityFraction: a.firstYearCapacityFraction.value = value
            case .labourPerTeamFirstYearGBP: a.labourPerTeamFirstYearGBP.value = value
            }
        }
    }

    /// Outputs a draw writes: each year's total cost (GBP) and children seen, then the span's.
    public var outputCount: Int { 2 * schedule.years.count + 2 }
    /// Index of year `k`'s total cost.
    public static func yearCost(_ k: Int) -> Int { 2 * k }
    /// Index of year `k`'s children seen.
    public static func yearChildren(_ k: Int) -> Int { 2 * k + 1 }
    /// Index of the span's total cost.
    public var spanCost: Int { 2 * schedule.years.count }
    /// Index of the span's children seen.
    public var spanChildren: Int { 2 * schedule.years.count + 1 }

    /// Writes one draw's outputs given its figure `values`; a year `Money` cannot hold costs infinitely much.
    public func evaluate(_ values: UnsafeBufferPointer<Double>, into out: DrawSlots) {
        var a = assumptions
        for (figure, field) in slots { field.set(values[figure], &a) }
        var spanCost = Money.zero
        var spanCostFits = true
        var spanChildren = 0.0
        for k in schedule.years.indices {
            let children: Double
            if RolloutModel.fits(k, schedule, a) {
                let year = RolloutModel.year(k, schedule, a)
                out[Self.yearCost(k)] = year.cost.totalGBP.gbp
                children = year.children
                if span.contains(k) { spanCost += year.cost.totalGBP }
            } else {
                out[Self.yearCost(k)] = .infinity
                children = RolloutModel.children(k, schedule, a)
                if span.contains(k) { spanCostFits = false }
            }
            out[Self.yearChildren(k)] = children
            if span.contains(k) { spanChildren += children }
        }
        out[self.spanCost] = spanCostFits ? spanCost.gbp : .infinity
        out[self.spanChildren] = spanChildren
    }
}

extension RolloutDrawModel {
    /// Every output's summary over `runner`'s draws (national values only: one value a draw for the whole rollout).
    public func summaries(_ runner: DrawRunner) -> [Summary] {
        let national = runner.sampleNational()
        let outputs = runner.evaluate(areaKey: RandomStream.national, national: national, outputCount: outputCount, sampleLocal: false) {
            _, values, out in
            self.evaluate(values, into: out)
        }
        return outputs.withUnsafeBufferPointer { runner.summarize($0, outputCount: outputCount) }
    }
}
