import Foundation
import PIPlannerModel

/// How many draws to make and from which seed, once `--draws`, `--seed` and a config's `uncertainty` block have
/// been read: intervals are computed only when `--draws` is given or the config has an `uncertainty` block.
public struct UncertaintyRequest: Sendable, Equatable {
    public var drawCount: Int
    public var seed: UInt64
    /// Threads the draws run on; the results do not depend on it.
    public var threadCount: Int

    public init(drawCount: Int, seed: UInt64, threadCount: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.drawCount = drawCount
        self.seed = seed
        self.threadCount = max(1, threadCount)
    }

    /// The request for the command line's `draws` and `seed` and a config's `settings`; nil when neither the
    /// command line nor the config asks for draws. `--draws` and `--seed` win over the config's `draws` and `seed`.
    public static func resolve(draws: Int?, seed: UInt64?, settings: UncertaintySettings) -> UncertaintyRequest? {
        guard draws != nil || settings.isGiven else { return nil }
        return UncertaintyRequest(
            drawCount: draws ?? settings.draws ?? settings.table.defaultDraws, seed: seed ?? settings.seed ?? settings.table.defaultSeed)
    }
}

/// The draws of a set of areas with what reports need: the request, the distributions used (in the run's order),
/// each area's one-way sensitivity when asked for, and the summaries (Methodology §7).
public struct UncertaintyRun: Sendable {
    public var request: UncertaintyRequest
    /// The distributions drawn (not `fixed`), with sources, in the run's order.
    public var entries: [UncertaintyTable.Entry]
    public var result: UncertaintyResult
    /// Each area's tornado rows, ranked (empty when not asked for).
    public var tornado: [[OneWaySensitivity.Row]]

    /// Draws `areas` (input and assumptions) under `settings`; `tornado` adds each area's one-way sensitivity and
    /// `keepDraws` keeps every draw (for ranks); given `percentilesOf`, only those outputs (and the indicators) are
    /// summarised, by their percentiles alone (`UncertaintyAnalysis.run`).
    public static func run(
        _ areas: [(input: AreaInput, assumptions: PlanAssumptions)], settings: UncertaintySettings, request: UncertaintyRequest,
        tornado: Bool = false, keepDraws: Bool = false, percentilesOf: Set<Int>? = nil
    ) throws(PlannerError) -> UncertaintyRun {
        let figures = try settings.figures()
        let analysis = UncertaintyAnalysis(
            figures: figures, seed: request.seed, drawCount: request.drawCount, threadCount: request.threadCount)
        let inputs = areas.map {
            UncertaintyAnalysis.Area(input: $0.input, assumptions: $0.assumptions, drawnOverrides: settings.configIDs)
        }
        let result = analysis.run(inputs, keepDraws: keepDraws, percentilesOf: percentilesOf)
        var rows: [[OneWaySensitivity.Row]] = []
        if tornado {
            rows = inputs.map { area in
                let binding = AreaDrawBinding(
                    area: area.input, assumptions: area.assumptions, figures: figures, drawnOverrides: area.drawnOverrides)
                let model = AreaDrawModel(area: area.input, assumptions: area.assumptions, binding: binding, figures: figures)
                return OneWaySensitivity.rows(model, figures: figures)
            }
        }
        let drawn = Set(figures.filter { !$0.isFixed }.map(\.id))
        return UncertaintyRun(
            request: request, entries: settings.table.entries.filter { drawn.contains($0.spec.id) }, result: result, tornado: rows)
    }

    /// The distribution of figure `id` as the report states it: family and parameters.
    public static func describe(_ spec: DistributionSpec) -> String {
        let given = spec.parameters.given.map { "\($0.rawValue) \(NumberFormat.plain(spec.parameters[$0]!))" }
        return spec.family.rawValue + (given.isEmpty ? "" : " (" + given.joined(separator: ", ") + ")")
    }
}
