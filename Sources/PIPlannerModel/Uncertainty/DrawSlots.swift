/// One draw's outputs where the run keeps them, output-major: output o of this draw at `base[o × stride]`, so a draw
/// writes its outputs in place and no per-draw buffer is copied out (`DrawRunner.evaluate`).
public struct DrawSlots {
    let base: UnsafeMutablePointer<Double>
    let stride: Int

    /// The outputs at `base`, `base + stride`, `base + 2 × stride`, …
    public init(base: UnsafeMutablePointer<Double>, stride: Int) {
        self.base = base
        self.stride = stride
    }

    /// Contiguous outputs: a buffer holding one draw's outputs in order.
    public init(_ buffer: UnsafeMutableBufferPointer<Double>) {
        self.init(base: buffer.baseAddress ?? UnsafeMutablePointer(bitPattern: MemoryLayout<Double>.alignment)!, stride: 1)
    }

    /// Output `output` of this draw.
    @inline(__always) public subscript(_ output: Int) -> Double {
        // Wrapping multiplication: an output index times the draw count is far inside Int's range (the buffer holds
        // that many values), and the check would cost every write of the draw loop.
        get { base[output &* stride] }
        nonmutating set { base[output &* stride] = newValue }
    }
}
