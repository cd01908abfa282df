/// A double as decimal text with a fixed number of places, rounded exactly as C's `printf("%.*f")` rounds it: from
/// the double's exact binary value, ties to even. Integer arithmetic instead of a format string, because reports
/// of every UK area print tens of thousands of numbers and `String(format:)` was a fifth of a batch's time.
///
/// A double is m × 2^e exactly (m < 2^53). Then value × 10^d = m × 10^d × 2^e: for e ≥ 0 an integer; for e < 0 the
/// integer q = ⌊m × 10^d / 2^−e⌋ with remainder r, rounded up when r is more than half of 2^−e, or exactly half and
/// q odd. m × 10^d × 2^e stays below 2^120 for |value| < 2^63 and d ≤ 17, so `UInt128` holds every step.
enum FixedPointText {
    /// The places and magnitudes the integer path handles; `NumberFormat` formats anything else with `String(format:)`.
    static let decimalRange = 0...17
    static let magnitudeLimit = 0x1p63

    /// `value` to `decimals` places (`1234.57`, or `1,234.57` when `grouped`), with a minus sign only when the rounded
    /// value is not zero; nil when `value` is not finite or outside the ranges above.
    static func text(_ value: Double, decimals: Int, grouped: Bool) -> String? {
        guard value.isFinite, decimalRange.contains(decimals), value.magnitude < magnitudeLimit else { return nil }
        let power = powerOfTen(decimals)
        let scaled = scaledRounded(value.magnitude, power: power)
        let (integer, fraction) = scaled.quotientAndRemainder(dividingBy: power)
        var integerDigits = digits(integer)
        if integerDigits.isEmpty { integerDigits = [UInt8(ascii: "0")] }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(integerDigits.count * 4 / 3 + decimals + 3)
        if value < 0 && scaled != 0 { bytes.append(UInt8(ascii: "-")) }
        for (i, digit) in integerDigits.enumerated() {
            if grouped && i > 0 && (integerDigits.count - i) % 3 == 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(digit)
        }
        if decimals > 0 {
            bytes.append(UInt8(ascii: "."))
            let fractionDigits = digits(fraction)
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: decimals - fractionDigits.count))
            bytes.append(contentsOf: fractionDigits)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// 10^decimals.
    static func powerOfTen(_ decimals: Int) -> UInt128 {
        var power: UInt128 = 1
        for _ in 0..<decimals { power *= 10 }
        return power
    }

    /// |value| × `power` (a power of ten) rounded to an integer, ties to even, from the exact binary value.
    static func scaledRounded(_ magnitude: Double, power: UInt128) -> UInt128 {
        let exponentBits = Int(magnitude.exponentBitPattern)
        let significand = UInt128(magnitude.significandBitPattern | (exponentBits == 0 ? 0 : 1 << 52))
        let exponent = (exponentBits == 0 ? 1 : exponentBits) - 1075
        let product = significand * power
        if exponent >= 0 { return product << exponent }
        let shift = -exponent
        // Below half of 2^shift (product < 2^110 ≤ 2^(shift − 1)): rounds to zero.
        guard shift < UInt128.bitWidth else { return 0 }
        let quotient = product >> shift
        let remainder = product & ((1 << shift) - 1)
        let half = UInt128(1) << (shift - 1)
        return quotient + (remainder > half || (remainder == half && quotient & 1 == 1) ? 1 : 0)
    }

    /// The decimal digits of `value`, most significant first; empty for zero.
    private static func digits(_ value: UInt128) -> [UInt8] {
        var result: [UInt8] = []
        if value <= UInt128(UInt64.max) {
            var rest = UInt64(value)
            while rest > 0 {
                result.append(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            }
        } else {
            var rest = value
            while rest > 0 {
                result.append(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            }
        }
        result.reverse()
        return result
    }
}
