/// Σx by Neumaier's compensated summation (an improved Kahan–Babuška), in the order the values are added: the
/// definition of a mean over draws (`Summary`).
struct CompensatedSum {
    private var sum = 0.0
    private var compensation = 0.0

    @inline(__always) mutating func add(_ x: Double) {
        let t = sum + x
        compensation += abs(sum) >= abs(x) ? (sum - t) + x : (x - t) + sum
        sum = t
    }

    var total: Double { sum + compensation }
}
