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

    /// - Parameters:
    ///   - threadCount: the chunks run concurrently (1 runs on the calling thread); results do not depend on it.
    public init(figures: [UncertainFigure], seed: UInt64, drawCount: Int, threadCount: Int) {
        precondition(drawCount > 0 && threadCount > 0, "DrawRunner: drawCount and threadCount must be positive")
        self.figures = figures
        self.seed = seed
        self.drawCount = drawCount
        self.threadCount = threadCount
    }

    /// Every figure's value in every draw for one area, figure-major (`figures.count × drawCount`, national figures
    /// with their shared values): the benchmark entry, and what a tornado or an audit of the draws reads.
    public func sample(areaKey: UInt64, into buffer: UnsafeMutableBufferPointer<Double>) {
        precondition(buffer.count >= figures.count * drawCount, "DrawRunner.sample: buffer too short")
        let out = SharedBuffer(buffer)
        forEachChunk { draws in
            for (f, figure) in figures.enumerated() {
                for d in draws { out[f * drawCount + d] = figure.value(seed: seed, draw: d, areaKey: areaKey) }
            }
        }
    }

    /// `sample(areaKey:into:)` into a new array.
    public func sample(areaKey: UInt64) -> [Double] {
        var buffer = [Double](repeating: 0, count: figures.count * drawCount)
        buffer.withUnsafeMutableBufferPointer { sample(areaKey: areaKey, into: $0) }
        return buffer
    }

    /// The national figures' values, figure-major over all figures (local figures' rows left NaN): drawn once and
    /// passed to `evaluate` for every area, so that areas share them.
    public func sampleNational() -> [Double] {
        var buffer = [Double](repeating: .nan, count: figures.count * drawCount)
        buffer.withUnsafeMutableBufferPointer { raw in
            let out = SharedBuffer(raw)
            forEachChunk { draws in
                for (f, figure) in figures.enumerated() where figure.scope == .national {
                    for d in draws { out[f * drawCount + d] = figure.value(seed: seed, draw: d, areaKey: RandomStream.national) }
                }
            }
        }
        return buffer
    }

    /// Runs the model once per draw for one area and returns its outputs output-major (`outputCount × drawCount`).
    ///
    /// `body(draw, values, outputs)` receives each figure's value in this draw (in `figures` order: national ones
    /// from `national`, the result of `sampleNational()`; local ones drawn for `areaKey`) and writes `outputCount`
    /// outputs. It is called concurrently from several threads, with buffers reused between draws of a chunk.
    public func evaluate(
        areaKey: UInt64, national: [Double], outputCount: Int,
        _ body: @Sendable (_ draw: Int, _ values: UnsafeBufferPointer<Double>, _ outputs: UnsafeMutableBufferPointer<Double>) -> Void
    ) -> [Double] {
        var result = [Double](repeating: 0, count: outputCount * drawCount)
        result.withUnsafeMutableBufferPointer { evaluate(areaKey: areaKey, national: national, into: $0, outputCount: outputCount, body) }
        return result
    }

    /// `evaluate(areaKey:national:outputCount:_:)` into a caller's buffer, reused across areas to bound memory.
    public func evaluate(
        areaKey: UInt64, national: [Double], into buffer: UnsafeMutableBufferPointer<Double>, outputCount: Int,
        _ body: @Sendable (_ draw: Int, _ values: UnsafeBufferPointer<Double>, _ outputs: UnsafeMutableBufferPointer<Double>) -> Void
    ) {
        precondition(national.count == figures.count * drawCount, "DrawRunner.evaluate: national is not sampleNational()'s")
        precondition(buffer.count >= outputCount * drawCount, "DrawRunner.evaluate: buffer too short")
        let out = SharedBuffer(buffer)
        national.withUnsafeBufferPointer { shared in
            let shared = SharedBuffer(shared)
            forEachChunk { draws in
                // One pair of scratch buffers per chunk, none per draw.
                let values = UnsafeMutableBufferPointer<Double>.allocate(capacity: figures.count)
                let outputs = UnsafeMutableBufferPointer<Double>.allocate(capacity: outputCount)
                defer {
                    values.deallocate()
                    outputs.deallocate()
                }
                for d in draws {
                    for (f, figure) in figures.enumerated() {
                        values[f] =
                            figure.scope == .national ? shared[f * drawCount + d] : figure.value(seed: seed, draw: d, areaKey: areaKey)
                    }
                    outputs.initialize(repeating: .nan)
                    body(d, UnsafeBufferPointer(values), outputs)
                    for o in 0..<outputCount { out[o * drawCount + d] = outputs[o] }
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
