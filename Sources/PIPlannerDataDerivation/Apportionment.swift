/// Integer arithmetic used by the area derivation, so results are identical on every platform.
enum Apportionment {
    /// Splits a whole-number `total` into parts proportional to whole-number `weights`
    /// by the largest-remainder (Hamilton) method: each part gets the floor of its exact
    /// quota `total × weight / Σweights`; the units left over go one each to the parts with
    /// the largest remainders, ties to the earlier part. The parts always sum to `total`.
    static func largestRemainder(_ total: Int, weights: [Int]) -> [Int] {
        precondition(total >= 0 && !weights.isEmpty && weights.allSatisfy { $0 >= 0 })
        let sum = weights.reduce(0, +)
        precondition(sum > 0, "weights must not all be zero")
        var parts = weights.map { total * $0 / sum }
        let remainders = weights.map { total * $0 % sum }
        var leftover = total - parts.reduce(0, +)
        let order = remainders.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        var k = 0
        while leftover > 0 {
            parts[order[k]] += 1
            leftover -= 1
            k += 1
        }
        return parts
    }

    /// `numerator / denominator` written with exactly `places` decimals, rounded half up,
    /// using integers only (both arguments non-negative, denominator positive).
    static func decimal(_ numerator: Int, over denominator: Int, places: Int) -> String {
        precondition(numerator >= 0 && denominator > 0 && places >= 0)
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (2 * numerator * scale + denominator) / (2 * denominator)
        return fixed(scaled, scale: scale, places: places)
    }

    /// A non-negative double written with exactly `places` decimals, rounded half away from zero.
    static func decimal(_ value: Double, places: Int) -> String {
        precondition(value >= 0 && value.isFinite && places >= 0)
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded(.toNearestOrAwayFromZero))
        return fixed(scaled, scale: scale, places: places)
    }

    private static func fixed(_ scaled: Int, scale: Int, places: Int) -> String {
        if places == 0 { return String(scaled) }
        var fraction = String(scaled % scale)
        while fraction.count < places { fraction = "0" + fraction }
        return "\(scaled / scale).\(fraction)"
    }
}
