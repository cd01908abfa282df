import Dispatch

/// A value worked out on another thread while the caller works on; `wait()` returns it.
///
/// `@unchecked Sendable` is sound because `value` is written once, on the worker, before the group is left, and read
/// only after `wait()` has seen the group empty.
final class Background<Value: Sendable>: @unchecked Sendable {
    private var value: Value?
    private let group = DispatchGroup()

    init(_ work: @escaping @Sendable () -> Value) {
        group.enter()
        DispatchQueue.global().async {
            self.value = work()
            self.group.leave()
        }
    }

    /// The value, once worked out.
    func wait() -> Value {
        group.wait()
        return value!
    }
}
