import Dispatch

/// Runs Monte Carlo draws over the uncertain figures, in parallel over chunks of draws.
///
/// Every value comes from its own counter-based stream (`RandomStream`), so results are identical whatever
/// `threadCount` is: threads only decide who computes which draws, never what a draw holds. National figures are
/// drawn once per draw (`sampleNational()`) and shared by every area; local ones are drawn per area inside the run.
///
/// Layouts are figure-major or output-major: `buffer[f × drawCount + d]` is figure (or output) f in draw d, so one
/// output's draws are contiguous for `Summary`.
public struct DrawRunner: Sendable {
    public let figures: [UncertainFigure]
    public let seed: UInt64
    public let drawCount: Int
    public let threadCount: Int
    /// The figures' samplers and stream keys as plain values, so the draw loops copy no strings.
    private let streams: [FigureStream]

    /// A runner for `drawCount` draws of `figures`.
    ///
    /// - Parameters:
    ///   - figures: the uncertain figures, each with its distribution and whether it is national or local.
    ///   - seed: the seed every random stream is derived from; the same seed gives the same draws.
    ///   - drawCount: how many draws; must be positive.
    ///   - threadCount: the chunks run concurrently (1 runs on the calling thread); results do not depend on it.
    public init(figures: [UncertainFigure], seed: UInt64, drawCount: Int, threadCount: Int) {
        precondition(drawCount > 0 && threadCount > 0, "DrawRunner: drawCount and threadCount must be positive")
        self.figures = figures
        self.seed = seed
        self.drawCount = drawCount
        self.threadCount = threadCount
        self.streams = figures.map { FigureStream(sampler: $0.sampler, key: $0.streamKey, isLocal: $0.scope == .local) }
    }

    /// Every figure's value in every draw for one area, figure-major (`figures.count × drawCount`, national figures
    /// with their shared values): the benchmark entry, and what a tornado or an audit of the draws reads.
    public func sample(areaKey: UInt64, into buffer: UnsafeMutableBufferPointer<Double>) {
        precondition(buffer.count >= figures.count * drawCount, "DrawRunner.sample: buffer too short")
        fill(SharedBuffer(buffer), areaKey: areaKey, nationalOnly: false)
    }

    /// `sample(areaKey:into:)` into a new array.
    public func sample(areaKey: UInt64) -> [Double] {
        var buffer = [Double](repeating: 0, count: figures.count * drawCount)
        buffer.withUnsafeMutableBufferPointer { sample(areaKey: areaKey, into: $0) }
        return buffer
    }

    /// The national figures' values, draw-major over all figures (`national[d × figures.count + f]`, local figures'
    /// entries left NaN): drawn once and passed to `evaluate` for every area, so that areas share them and each draw's
    /// values are contiguous.
    public func sampleNational() -> [Double] {
        let figureMajor = [Double](unsafeUninitializedCapacity: figures.count * drawCount) { buffer, count in
            buffer.initialize(repeating: .nan)
            fill(SharedBuffer(buffer), areaKey: RandomStream.national, nationalOnly: true)
            count = buffer.count
        }
        let (n, f) = (drawCount, figures.count)
        return [Double](unsafeUninitializedCapacity: f * n) { buffer, count in
            for d in 0..<n { for i in 0..<f { buffer[d * f + i] = figureMajor[i * n + d] } }
            count = f * n
        }
    }

    /// Runs the model once per draw for one area and returns its outputs output-major (`outputCount × drawCount`).
    ///
    /// `body(draw, values, outputs)` receives each figure's value in this draw (in `figures` order: national ones
    /// from `national`, the result of `sampleNational()`; local ones drawn for `areaKey`, NaN when `sampleLocal` is
    /// false) and writes `outputCount`
    /// outputs (NaN until written) in place, output o of draw d at `o × drawCount + d`. It is called concurrently from
    /// several threads, with a values buffer reused between the draws of a chunk.
    public func evaluate(
        areaKey: UInt64, national: [Double], outputCount: Int, sampleLocal: Bool = true,
        _ body: @Sendable (_ draw: Int, _ values: UnsafeBufferPointer<Double>, _ outputs: DrawSlots) -> Void
    ) -> [Double] {
        var result = [Double](repeating: 0, count: outputCount * drawCount)
        result.withUnsafeMutableBufferPointer {
            evaluate(areaKey: areaKey, national: national, into: $0, outputCount: outputCount, sampleLocal: sampleLocal, body)
        }
        return result
    }

    /// `evaluate(areaKey:national:outputCount:sampleLocal:_:)` into a caller's buffer, reused across areas to bound
    /// memory. With `sampleLocal` false the local figures' values are NaN (for a body that reads none): a value's
    /// stream depends on nothing else, so leaving some out changes no other value.
    public func evaluate(
        areaKey: UInt64, national: [Double], into buffer: UnsafeMutableBufferPointer<Double>, outputCount: Int, sampleLocal: Bool = true,
        _ body: @Sendable (_ draw: Int, _ values: UnsafeBufferPointer<Double>, _ outputs: DrawSlots) -> Void
    ) {
        precondition(national.count == figures.count * drawCount, "DrawRunner.evaluate: national is not sampleNational()'s")
        precondition(buffer.count >= outputCount * drawCount, "DrawRunner.evaluate: buffer too short")
        let out = SharedBuffer(buffer)
        let bases = streams.map { RandomStream.base(seed: seed, figureKey: $0.key, areaKey: areaKey) }
        let (drawCount, figureCount, streams) = (drawCount, figures.count, streams)
        let hasLocal = sampleLocal && streams.contains(where: \.isLocal)
        // The local figures' indexes and samplers apart, so that a draw copies the national row whole and draws only these.
        let local = streams.indices.filter { streams[$0].isLocal }.map { (index: $0, sampler: streams[$0].sampler, base: bases[$0]) }
        // NaN until written, set once for the whole buffer rather than per draw.
        UnsafeMutableBufferPointer(rebasing: buffer[0..<(outputCount * drawCount)]).update(repeating: .nan)
        national.withUnsafeBufferPointer { nationalValues in
            let shared = SharedBuffer(nationalValues)
            forEachChunk { draws in
                // One scratch row per chunk, none per draw; outputs go straight to their place in `buffer`.
                let values = UnsafeMutableBufferPointer<Double>.allocate(capacity: figureCount)
                defer { values.deallocate() }
                local.withUnsafeBufferPointer { l in
                    for d in draws {
                        let row = UnsafeBufferPointer(start: shared.base + d * figureCount, count: figureCount)
                        if hasLocal {
                            _ = values.update(fromContentsOf: row)
                            for figure in l {
                                var generator = RandomStream.generator(base: figure.base, draw: d)
                                values[figure.index] = figure.sampler.sample(&generator)
                            }
                        }
                        // Without local figures the draw's national row is its values: nothing to copy.
                        body(d, hasLocal ? UnsafeBufferPointer(values) : row, DrawSlots(base: out.base + d, stride: drawCount))
                    }
                }
            }
        }
    }

    /// The summary of each of `outputCount` outputs laid out output-major (as `evaluate` returns them), the outputs
    /// split between the threads. An output in `indicators` (1 or 0 a draw) is summarised by counting
    /// (`Summary.indicator`). Given `percentilesOf`, for a report that reads no more (the batch CSV), the outputs in it
    /// get their percentiles only (mean NaN) and the others none (`Summary.notSummarised`).
    ///
    /// Two shortcuts give exactly what selection would: an output whose draws are those of one summarised before it
    /// (need and recommended teams when sizing by need) takes its summary; and an output `scaled` names as a source's
    /// draws times a factor c ≥ 0 (infants at risk = births × prevalence), checked draw by draw, has as its order
    /// statistics the source's times c, since rounding c × x never reverses an order.
    public func summarize(
        _ outputs: UnsafeBufferPointer<Double>, outputCount: Int, indicators: Set<Int> = [], percentilesOf: Set<Int>? = nil,
        scaled: [Int: (source: Int, factor: Double)] = [:]
    ) -> [Summary] {
        precondition(outputs.count >= outputCount * drawCount, "DrawRunner.summarize: buffer too short")
        guard outputCount > 0 else { return [] }
        var summaries = [Summary](repeating: Summary(p10: .nan, p50: .nan, p90: .nan, mean: .nan, count: 0), count: outputCount)
        let source = SharedBuffer(outputs)
        let drawCount = drawCount
        summaries.withUnsafeMutableBufferPointer { result in
            let target = SharedSummaries(base: result.baseAddress!)
            let chunks = min(threadCount, outputCount)
            let size = (outputCount + chunks - 1) / chunks
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let scratch = UnsafeMutableBufferPointer<Double>.allocate(capacity: drawCount)
                defer { scratch.deallocate() }
                let range = (chunk * size)..<min((chunk + 1) * size, outputCount)
                func draws(_ o: Int) -> UnsafeBufferPointer<Double> {
                    UnsafeBufferPointer(start: source.base + o * drawCount, count: drawCount)
                }
                // The order statistics of each output summarised in this chunk, for the outputs scaled from it.
                var statistics = [Int: [Double]]()
                let withMean = percentilesOf == nil
                for o in range {
                    let values = draws(o)
                    if indicators.contains(o), let counted = Summary.indicator(values) {
                        target.base[o] = counted
                    } else if let percentilesOf, !percentilesOf.contains(o) {
                        target.base[o] = Summary.notSummarised
                    } else if let same = statistics.keys.sorted().first(where: { Self.isScaled(values, draws($0), by: 1) }) {
                        (target.base[o], statistics[o]) = (target.base[same], statistics[same])
                    } else if let relation = scaled[o], let base = statistics[relation.source],
                        Self.isScaled(values, draws(relation.source), by: relation.factor)
                    {
                        let found = base.map { $0 * relation.factor }
                        let mean = withMean ? Summary.mean(values) : .nan
                        (target.base[o], statistics[o]) = (Summary(orderStatistics: found, count: drawCount, mean: mean), found)
                    } else {
                        (target.base[o], statistics[o]) = Summary.selecting(values, scratch: scratch, withMean: withMean)
                    }
                }
            }
        }
        return summaries
    }

    /// Whether every draw of `values` is exactly `factor` (finite, not negative) times that of `source`, bit for bit;
    /// with a factor of 1, whether the two outputs have the same draws. It stops at the first draw that differs.
    private static func isScaled(_ values: UnsafeBufferPointer<Double>, _ source: UnsafeBufferPointer<Double>, by factor: Double) -> Bool {
        guard factor >= 0, factor.isFinite, values.count == source.count else { return false }
        for i in values.indices where values[i].bitPattern != (source[i] * factor).bitPattern { return false }
        return true
    }

    /// Fills figure-major values for every draw: each figure's stream base once, then one generator per value.
    private func fill(_ out: SharedBuffer, areaKey: UInt64, nationalOnly: Bool) {
        let (seed, drawCount, streams) = (seed, drawCount, streams)
        forEachChunk { draws in
            for (f, stream) in streams.enumerated() where !(nationalOnly && stream.isLocal) {
                let base = RandomStream.base(seed: seed, figureKey: stream.key, areaKey: stream.isLocal ? areaKey : RandomStream.national)
                for d in draws {
                    var generator = RandomStream.generator(base: base, draw: d)
                    out[f * drawCount + d] = stream.sampler.sample(&generator)
                }
            }
        }
    }

    /// Splits 0..<drawCount into `threadCount` contiguous chunks and runs `work` on each, concurrently unless 1.
    private func forEachChunk(_ work: @Sendable (Range<Int>) -> Void) {
        let chunks = min(threadCount, drawCount)
        let size = (drawCount + chunks - 1) / chunks
        let drawCount = drawCount
        if chunks == 1 {
            work(0..<drawCount)
            return
        }
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in work((chunk * size)..<min((chunk + 1) * size, drawCount)) }
    }
}

/// A figure's sampler, stream key and scope, without its id: a plain value the draw loops copy freely.
private struct FigureStream: Sendable {
    let sampler: DistributionSampler
    let key: UInt64
    let isLocal: Bool
}

/// The summaries array `summarize` fills, one index per output, each written by one chunk only.
private struct SharedSummaries: @unchecked Sendable {
    let base: UnsafeMutablePointer<Summary>
}

/// A buffer several threads write at once, each to its own indices (disjoint draw ranges), or only read.
///
/// `@unchecked Sendable` is sound only under that discipline, which `DrawRunner` keeps: chunk c writes indices
/// f × drawCount + d for d in its own range of draws, and the buffer outlives `concurrentPerform`, which returns only
/// when every chunk has finished.
struct SharedBuffer: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
    let count: Int

    init(_ buffer: UnsafeMutableBufferPointer<Double>) {
        base = buffer.baseAddress ?? UnsafeMutablePointer(bitPattern: MemoryLayout<Double>.alignment)!
        count = buffer.count
    }

    init(_ buffer: UnsafeBufferPointer<Double>) {
        base = UnsafeMutablePointer(mutating: buffer.baseAddress ?? UnsafePointer(bitPattern: MemoryLayout<Double>.alignment)!)
        count = buffer.count
    }

    @inline(__always) subscript(_ index: Int) -> Double {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }
}
