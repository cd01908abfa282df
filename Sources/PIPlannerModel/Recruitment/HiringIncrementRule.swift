import Foundation

/// WTE rounded up to a hiring increment, so that a plan recruits posts that can be advertised.
///
/// `rounded = ⌈wte / increment⌉ × increment` (WTE), with a tolerance of 1e-9 increments so that a product such as
/// 3 × 1.1 = 3.3000000000000003 is not pushed up a whole increment; `increment` = `hiringIncrementWTE` (WTE, default
/// 0.1, greater than 0 and at most 1). No increment (nil) leaves the WTE as it is.
/// Citation: Methodology §3.8.
public enum HiringIncrementRule {
    public static func roundedUp(_ wte: Double, incrementWTE: Double?) -> Double {
        guard let increment = incrementWTE, increment > 0, wte.isFinite else { return wte }
        let steps = ExactRounding.up(wte / increment - 1e-9)
        return steps > 0 ? steps * increment : 0
    }
}
