/// `x.rounded(.up)` without a call into the C library, for the draw loop: truncation toward zero by `Int64(_:)`, plus
/// one when that fell below x. Exact for every |x| < 2^62 (beyond 2^52 every double is whole); larger values, and
/// values that are not finite, take the library's rounding.
enum ExactRounding {
    @inline(__always) static func up(_ x: Double) -> Double {
        guard abs(x) < 0x1p62 else { return x.rounded(.up) }
        let whole = Double(Int64(x))
        return whole < x ? whole + 1 : whole
    }
}
