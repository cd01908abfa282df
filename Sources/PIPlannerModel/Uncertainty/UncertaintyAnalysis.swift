import Dispatch

/// Probabilistic sensitivity analysis over a set of areas (Methodology §7): national figures drawn once a draw and
/// shared by every area, local ones drawn per area; each area's outputs summarised; the set's totals added up draw
/// by draw and then summarised, never by adding the areas' percentiles.
public struct UncertaintyAnalysis: Sendable {
    /// One area to analyse.
    public struct Area: Sendable {
        public var input: AreaInput
        public var assumptions: PlanAssumptions
        /// Keys the area's local draws: the same area (code or name) gets the same draws in any set.
        public var key: UInt64
        /// Ids of figures the config replaced and gave a distribution of its own (drawn, not held).
        public var drawnOverrides: Set<String>

        public init(input: AreaInput, assumptions: PlanAssumptions, drawnOverrides: Set<String> = []) {
            self.input = input
            self.assumptions = assumptions
            self.key = RandomStream.key(input.code ?? input.name)
            self.drawnOverrides = drawnOverrides
        }
    }

    public let runner: DrawRunner
    public var figures: [UncertainFigure] { runner.figures }

    /// An analysis of `figures` over `drawCount` draws from `seed` on `threadCount` threads (results do not depend on it).
    public init(figures: [UncertainFigure], seed: UInt64, drawCount: Int, threadCount: Int) {
        runner = DrawRunner(figures: figures, seed: seed, drawCount: drawCount, threadCount: threadCount)
    }

    /// Runs every area. With `keepDraws`, each area keeps its outputs draw by draw (for ranks across areas). Given
    /// `percentilesOf`, for a report that reads no more (the batch CSV), the outputs in it get their percentiles only
    /// (mean NaN), the indicators their whole summary, and the others none (`Summary.notSummarised`).
    public func run(_ areas: [Area], keepDraws: Bool = false, percentilesOf: Set<Int>? = nil) -> UncertaintyResult {
        let drawCount = runner.drawCount
        let national = runner.sampleNational()
        let models = areas.map { area -> AreaDrawModel in
            let binding = AreaDrawBinding(
                area: area.input, assumptions: area.assumptions, figures: figures, drawnOverrides: area.drawnOverrides)
            return AreaDrawModel(area: area.input, assumptions: area.assumptions, binding: binding, figures: figures)
        }
        let (tables, tableOfArea) = labourTables(models, national: national)
        let yearCounts = Set(models.map(\.yearCount))
        let setYears = yearCounts.count == 1 ? yearCounts.first! : 0
        // Areas run whole on each thread, in blocks fixed by the areas alone; each block adds its areas' draws in
        // order and the blocks are added in order, so the set's totals do not depend on the threads either.
        let blockCount = min(Self.blockCount, max(areas.count, 1))
        let blockSize = (areas.count + blockCount - 1) / max(blockCount, 1)
        var results = [AreaUncertainty?](repeating: nil, count: areas.count)
        var partials = [SetTotalsAccumulator?](repeating: nil, count: blockCount)
        let serial = DrawRunner(figures: figures, seed: runner.seed, drawCount: drawCount, threadCount: 1)
        let pool = BufferPool(capacity: (models.map(\.outputCount).max() ?? 0) * drawCount)
        results.withUnsafeMutableBufferPointer { resultSlots in
            partials.withUnsafeMutableBufferPointer { partialSlots in
                let out = (results: SharedSlots(resultSlots), partials: SharedSlots(partialSlots))
                let block = { @Sendable (b: Int) in
                    let range = (b * blockSize)..<min((b + 1) * blockSize, areas.count)
                    var totals = SetTotalsAccumulator(yearCount: setYears, drawCount: drawCount, summarised: percentilesOf)
                    // One outputs buffer a block at work, reused area after area and block after block.
                    let buffer = pool.take()
                    defer { pool.give(buffer) }
                    withUnsafeMutablePointer(to: &totals) { sum in
                        for i in range {
                            out.results[i] = Self.runArea(
                                models[i], key: areas[i].key, labour: tables[tableOfArea[i]], national: national, runner: serial,
                                buffer: buffer, totals: setYears > 0 ? sum : nil, keepDraws: keepDraws, percentilesOf: percentilesOf)
                        }
                    }
                    out.partials[b] = totals
                }
                if runner.threadCount == 1 || blockCount == 1 {
                    for b in 0..<blockCount { block(b) }
                } else {
                    DispatchQueue.concurrentPerform(iterations: blockCount, execute: block)
                }
            }
        }
        var totals = SetTotalsAccumulator(yearCount: setYears, drawCount: drawCount, summarised: percentilesOf)
        for partial in partials.compactMap({ $0 }) { partial.sums.withUnsafeBufferPointer { totals.add($0) } }
        let births = models.reduce(0) { $0 + $1.birthsPerYear }
        let set = setYears > 0 && !areas.isEmpty ? totals.summarised(births: births, runner: runner, percentilesOf: percentilesOf) : nil
        return UncertaintyResult(
            seed: runner.seed, drawCount: drawCount, figures: figures, areas: results.map { $0! }, totals: set)
    }

    /// Blocks of areas, fixed whatever the threads: enough for two threads to share the work evenly. Each holds its
    /// partial totals until the end, so more blocks cost memory.
    static let blockCount = 16

    /// One team's labour by plan year and draw, once for each distinct team, years and labour binding, and which
    /// table each area reads.
    private func labourTables(_ models: [AreaDrawModel], national: [Double]) -> (tables: [TeamLabourTable], index: [Int]) {
        var keys: [TeamLabourTable.Key] = []
        var tables: [TeamLabourTable] = []
        var index: [Int] = []
        for model in models {
            let key = TeamLabourTable.Key(area: model.input, assumptions: model.assumptions, binding: model.binding)
            if let found = keys.firstIndex(of: key) {
                index.append(found)
            } else {
                keys.append(key)
                tables.append(TeamLabourTable(model: model, runner: runner, national: national))
                index.append(tables.count - 1)
            }
        }
        return (tables, index)
    }

    /// One area's draws on the calling thread: its outputs evaluated, added to `totals`, and summarised.
    private static func runArea(
        _ model: AreaDrawModel, key: UInt64, labour table: TeamLabourTable, national: [Double], runner: DrawRunner,
        buffer: UnsafeMutableBufferPointer<Double>, totals: UnsafeMutablePointer<SetTotalsAccumulator>?, keepDraws: Bool,
        percentilesOf: Set<Int>?
    ) -> AreaUncertainty {
        let drawCount = runner.drawCount
        let outputCount = model.outputCount
        let target = UnsafeMutableBufferPointer(rebasing: buffer[0..<(outputCount * drawCount)])
        let summaries: [Summary] = {
            table.pence.withUnsafeBufferPointer { labour in
                let column = SharedBuffer(labour)
                runner.evaluate(
                    areaKey: key, national: national, into: target, outputCount: outputCount, sampleLocal: model.drawsLocalFigures
                ) { draw, values, outputs in
                    model.evaluate(values, labour: column.base + draw, labourStride: drawCount, into: outputs)
                }
            }
            totals?.pointee.add(UnsafeBufferPointer(target))
            return runner.summarize(
                UnsafeBufferPointer(target), outputCount: outputCount, indicators: DrawOutput.indicators(years: model.yearCount),
                percentilesOf: percentilesOf, scaled: model.scaledOutputs)
        }()
        return AreaUncertainty(
            summaries: summaries, yearCount: model.yearCount, heldIDs: model.binding.heldIDs,
            draws: keepDraws ? Array(target) : nil, drawCount: drawCount)
    }
}

/// Slots several threads fill at once, each index by one thread only (a block's areas, a block's totals), read
/// after `concurrentPerform` returns: `@unchecked Sendable` is sound under that discipline.
private struct SharedSlots<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>

    init(_ buffer: UnsafeMutableBufferPointer<Element>) { base = buffer.baseAddress! }

    subscript(_ index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }
}

/// What `UncertaintyAnalysis.run` found.
public struct UncertaintyResult: Sendable {
    public var seed: UInt64
    public var drawCount: Int
    public var figures: [UncertainFigure]
    /// One per area, in the order given.
    public var areas: [AreaUncertainty]
    /// The set's totals, added draw by draw; nil when the areas' plan years differ.
    public var totals: AreaUncertainty?

    /// The figures actually drawn (not `fixed`).
    public var drawnFigures: [UncertainFigure] { figures.filter { !$0.isFixed } }
}

/// The summaries of one area's (or a set's) outputs over the draws.
public struct AreaUncertainty: Sendable {
    /// One per output, `DrawOutput` order.
    public var summaries: [Summary]
    public var yearCount: Int
    /// Figures held at the area's own value because its config replaced them.
    public var heldIDs: [String]
    /// Every output draw by draw, output-major, when kept.
    public var draws: [Double]?
    public var drawCount: Int

    public init(summaries: [Summary], yearCount: Int, heldIDs: [String], draws: [Double]?, drawCount: Int) {
        self.summaries = summaries
        self.yearCount = yearCount
        self.heldIDs = heldIDs
        self.draws = draws
        self.drawCount = drawCount
    }

    public subscript(_ output: DrawOutput) -> Summary { summaries[output.rawValue] }
    /// Plan year `year`'s cost.
    public func yearCost(_ year: Int) -> Summary { summaries[DrawOutput.yearCost(year)] }
    /// Plan year `year`'s babies seen.
    public func yearBabies(_ year: Int) -> Summary { summaries[DrawOutput.yearBabies(year)] }
    /// The probability that the existing workforce covers the need: the share of draws with no gap.
    public var workforceCoversProbability: Double { self[.workforceCovers].mean }
    /// The probability that plan year `year`'s funding covers its cost.
    public func fundingCoversProbability(_ year: Int) -> Double { summaries[DrawOutput.yearFunded(year)].mean }
    /// Output `output` in every draw, when kept.
    public func values(_ output: Int) -> ArraySlice<Double>? { draws.map { $0[(output * drawCount)..<((output + 1) * drawCount)] } }
}

/// Adds areas' outputs draw by draw: additive outputs summed, indicators multiplied (every area's event holds).
/// Given the outputs whose percentiles are `summarised`, it adds only those, the indicators and what the ratios are
/// worked out from: no others are read.
struct SetTotalsAccumulator {
    let yearCount: Int
    let drawCount: Int
    var sums: [Double]
    /// Outputs not added (left at their start).
    let skipped: Set<Int>

    init(yearCount: Int, drawCount: Int, summarised: Set<Int>? = nil) {
        self.yearCount = yearCount
        self.drawCount = drawCount
        let ratioInputs = [DrawOutput.infantsAtRisk, .totalCostGBP, .babiesSeen].map(\.rawValue)
        skipped =
            summarised.map { read in
                Set(
                    (0..<DrawOutput.count(years: yearCount)).filter {
                        !read.contains($0) && !DrawOutput.indicators(years: yearCount).contains($0) && !ratioInputs.contains($0)
                    })
            } ?? []
        sums = [Double](repeating: 0, count: DrawOutput.count(years: yearCount) * drawCount)
        for o in indicatorOutputs { for d in 0..<drawCount { sums[o * drawCount + d] = 1 } }
    }

    var indicatorOutputs: [Int] { DrawOutput.indicators(years: yearCount).sorted() }

    mutating func add(_ outputs: UnsafeBufferPointer<Double>) {
        let indicators = DrawOutput.indicators(years: yearCount)
        let n = drawCount
        sums.withUnsafeMutableBufferPointer { s in
            for o in 0..<DrawOutput.count(years: yearCount) where !skipped.contains(o) {
                let additive = o >= DrawOutput.fixedCount ? !indicators.contains(o) : DrawOutput(rawValue: o)!.isAdditive
                // One output's draws as plain pointers, so that the loops carry no index arithmetic and vectorise.
                let (sum, part) = (s.baseAddress! + o * n, outputs.baseAddress! + o * n)
                if additive {
                    for d in 0..<n { sum[d] += part[d] }
                } else if indicators.contains(o) {
                    for d in 0..<n { sum[d] *= part[d] }
                }
            }
        }
    }

    /// The ratios recomputed from each draw's sums (prevalence = Σ infants ÷ Σ births; cost per baby seen), then
    /// every output summarised.
    func summarised(births: Double, runner: DrawRunner, percentilesOf: Set<Int>?) -> AreaUncertainty {
        var s = sums
        let n = drawCount
        for d in 0..<n {
            s[DrawOutput.prevalence.rawValue * n + d] = births > 0 ? s[DrawOutput.infantsAtRisk.rawValue * n + d] / births : 0
            let cost = s[DrawOutput.totalCostGBP.rawValue * n + d]
            let babies = s[DrawOutput.babiesSeen.rawValue * n + d]
            s[DrawOutput.costPerBabySeenGBP.rawValue * n + d] =
                Money.canHold(cost) ? CostPerBabyRule.costPerBaby(total: Money(gbp: cost), babiesSeen: babies)?.gbp ?? .infinity : .infinity
        }
        let summaries = s.withUnsafeBufferPointer {
            runner.summarize(
                $0, outputCount: DrawOutput.count(years: yearCount), indicators: DrawOutput.indicators(years: yearCount),
                percentilesOf: percentilesOf)
        }
        return AreaUncertainty(summaries: summaries, yearCount: yearCount, heldIDs: [], draws: nil, drawCount: n)
    }
}
