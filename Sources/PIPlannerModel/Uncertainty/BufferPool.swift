import Dispatch

/// Buffers of one size handed to the blocks of a run and taken back, so that a run allocates one a thread at work
/// rather than one a block: a fresh buffer of an area's draws is megabytes of new pages the kernel must map.
///
/// `@unchecked Sendable` is sound because every access to the lists goes through one serial queue, and a buffer is
/// used by one block at a time (between `take` and `give`).
final class BufferPool: @unchecked Sendable {
    private let queue = DispatchQueue(label: "piplanner.buffer-pool")
    private var free: [UnsafeMutableBufferPointer<Double>] = []
    private var all: [UnsafeMutableBufferPointer<Double>] = []
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// A buffer of `capacity` values no one else holds until it is given back.
    func take() -> UnsafeMutableBufferPointer<Double> {
        queue.sync {
            if let buffer = free.popLast() { return buffer }
            let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: capacity)
            all.append(buffer)
            return buffer
        }
    }

    /// Gives back a buffer `take` handed out.
    func give(_ buffer: UnsafeMutableBufferPointer<Double>) { queue.sync { free.append(buffer) } }

    deinit { for buffer in all { buffer.deallocate() } }
}
