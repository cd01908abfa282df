import PIPlannerModel

/// The draws of a rollout with what its reports need (Methodology §7.6): the request, the distributions that bind to
/// the rollout (national figures, one value a draw), the figures held at the config's value, and each year's and the
/// span's summaries.
public struct RolloutUncertaintyRun: Sendable {
    public var request: UncertaintyRequest
    /// The distributions drawn and used by the rollout, with sources, in the run's order.
    public var entries: [UncertaintyTable.Entry]
    public var model: RolloutDrawModel
    /// One per output of `model`.
    public var summaries: [Summary]

    /// Draws `rollout` under its `uncertainty` settings.
    public static func run(_ rollout: PlannedRollout, request: UncertaintyRequest) throws(PlannerError) -> RolloutUncertaintyRun {
        let settings = rollout.uncertainty
        let figures = try settings.figures()
        let labels = rollout.plan.years.map(\.label)
        let first = labels.firstIndex(of: rollout.span.from) ?? 0
        let last = labels.firstIndex(of: rollout.span.through) ?? max(0, labels.count - 1)
        let model = RolloutDrawModel(
            schedule: rollout.schedule, assumptions: rollout.assumptions, figures: figures, span: first...max(first, last),
            drawnOverrides: settings.configIDs)
        let runner = DrawRunner(figures: figures, seed: request.seed, drawCount: request.drawCount, threadCount: request.threadCount)
        let bound = Set(model.boundIDs)
        return RolloutUncertaintyRun(
            request: request, entries: settings.table.entries.filter { bound.contains($0.spec.id) }, model: model,
            summaries: model.summaries(runner))
    }

    /// Year `k`'s total cost.
    public func yearCost(_ k: Int) -> Summary { summaries[RolloutDrawModel.yearCost(k)] }
    /// Year `k`'s children seen.
    public func yearChildren(_ k: Int) -> Summary { summaries[RolloutDrawModel.yearChildren(k)] }
    /// The span's total cost.
    public var spanCost: Summary { summaries[model.spanCost] }
    /// The span's children seen.
    public var spanChildren: Summary { summaries[model.spanChildren] }
}
