/// An amount of money held to the penny; rounded to pounds only when printed.
///
/// The rounding rule, the one every amount follows: an amount is made from a figure in pounds, or scaled by a factor,
/// by rounding the exact product in pence to the nearest penny, a half penny away from zero (`init(gbp:)`, `*`).
/// Amounts are then added and subtracted exactly. An amount divided among shares is split by
/// `FundingRule.split(_:shares:)`, so that the parts always add up.
public struct Money: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    /// Whole pence.
    public var pence: Int64

    public init(pence: Int64) { self.pence = pence }

    /// Rounds a pound amount to the nearest penny (half away from zero).
    @inline(__always) public init(gbp: Double) {
        self.pence = Self.penceRounded(gbp * 100)
    }

    /// `pence.rounded(.toNearestOrAwayFromZero)` as a whole number, by truncation and the exact remainder: the same
    /// result without a call into the C library, which the draw loop makes millions of times. x − trunc(x) is exact
    /// for every double, so the half-penny comparison is exact. Traps, as `Int64(_:)` does, outside Int64's range.
    @inline(__always) static func penceRounded(_ pence: Double) -> Int64 {
        let whole = Int64(pence)
        let fraction = pence - Double(whole)
        return fraction >= 0.5 ? whole + 1 : (fraction <= -0.5 ? whole - 1 : whole)
    }

    public static let zero = Money(pence: 0)

    /// The largest amount, in pounds, a plan may hold or add up to: half the range of `pence` (about £46 quadrillion),
    /// so that adding two amounts within it cannot overflow. A limit of the representation, not a planning figure.
    public static let maxGBP = Double(Int64.max / 2) / 100

    /// Whether `gbp` pounds can be held to the penny: finite and at most `maxGBP` either way. `init(gbp:)` traps
    /// otherwise, so an amount from input is checked with this first.
    public static func canHold(_ gbp: Double) -> Bool { gbp.isFinite && abs(gbp) <= maxGBP }

    /// The amount in pounds, exact to the penny.
    public var gbp: Double { Double(pence) / 100 }

    public static func + (a: Money, b: Money) -> Money { Money(pence: a.pence + b.pence) }
    public static func - (a: Money, b: Money) -> Money { Money(pence: a.pence - b.pence) }
    public static func += (a: inout Money, b: Money) { a.pence += b.pence }
    public static func -= (a: inout Money, b: Money) { a.pence -= b.pence }
    public static prefix func - (a: Money) -> Money { Money(pence: -a.pence) }
    /// Scales by a factor, rounding the product in pence to the penny (half away from zero). Computed from the pence, not
    /// the pounds, so that no division by 100 first makes a half penny fall either side by floating-point accident.
    @inline(__always) public static func * (a: Money, factor: Double) -> Money {
        // Any amount times nothing is nothing, so the rounding is skipped: no result changes, and a plan's many lines
        // of zero teams (no existing team, no cohort this year) cost a comparison each in the draw loop.
        factor == 0 ? .zero : Money(pence: penceRounded(Double(a.pence) * factor))
    }
    public static func * (factor: Double, a: Money) -> Money { a * factor }
    public static func < (a: Money, b: Money) -> Bool { a.pence < b.pence }

    /// `£1234.50`, or `£-1234.50` for a negative amount.
    public var description: String { "£" + NumberFormat.plainGBP(self) }
}

extension Sequence where Element == Money {
    /// The sum of the amounts.
    public func sum() -> Money { reduce(.zero, +) }
}
