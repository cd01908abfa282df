import Foundation

/// The standard normal distribution N(0, 1): density, CDF and quantile (inverse CDF).
///
/// The quantile is Wichura's algorithm AS241 (PPND16, *Applied Statistics* 37(3), 1988): rational approximations
/// with a relative error of about 1e-16, cheap enough to turn each uniform draw into a normal one.
public enum StandardNormal {
    /// φ(z) = exp(−z²/2) / √(2π).
    public static func density(_ z: Double) -> Double {
        exp(-0.5 * z * z) / (2 * Double.pi).squareRoot()
    }

    /// Φ(z) = erfc(−z/√2) / 2, accurate far into the lower tail.
    public static func cdf(_ z: Double) -> Double {
        0.5 * erfc(-z / 2.0.squareRoot())
    }

    /// 1 − Φ(z) = erfc(z/√2) / 2, accurate far into the upper tail (where 1 − cdf(z) would round to 0).
    public static func survival(_ z: Double) -> Double {
        0.5 * erfc(z / 2.0.squareRoot())
    }

    /// Φ⁻¹(p): the z with Φ(z) = p, by AS241. −∞ at 0, +∞ at 1, NaN outside [0, 1].
    public static func quantile(_ p: Double) -> Double {
        guard p > 0, p < 1 else {
            if p == 0 { return -.infinity }
            if p == 1 { return .infinity }
            return .nan
        }
        let q = p - 0.5
        if abs(q) <= centralHalfWidth {
            let r = centralRadius - q * q
            return q * horner(centralNumerator, r) / horner(centralDenominator, r)
        }
        // Tails: r = √(−ln(min(p, 1 − p))), then a rational function of r on (0, 5] or beyond.
        var r = (-log(q < 0 ? p : 1 - p)).squareRoot()
        let value: Double
        if r <= tailSplit {
            r -= nearTailShift
            value = horner(nearTailNumerator, r) / horner(nearTailDenominator, r)
        } else {
            r -= tailSplit
            value = horner(farTailNumerator, r) / horner(farTailDenominator, r)
        }
        return q < 0 ? -value : value
    }

    /// Σ cᵢ xⁱ with the coefficients lowest power first (Horner's rule).
    @inline(__always) static func horner(_ coefficients: [Double], _ x: Double) -> Double {
        var sum = 0.0
        var i = coefficients.count - 1
        while i >= 0 {
            sum = sum * x + coefficients[i]
            i -= 1
        }
        return sum
    }

    // AS241's coefficients, lowest power first. |p − ½| ≤ 0.425 is the central region; r ≤ 5 the near tail.
    private static let centralHalfWidth = 0.425
    private static let centralRadius = 0.180625
    private static let tailSplit = 5.0
    private static let nearTailShift = 1.6
    private static let centralNumerator = [
        3.387_132_872_796_366_608, 133.141_667_891_784_377_45, 1_971.590_950_306_551_442_7, 13_731.693_765_509_461_125,
        45_921.953_931_549_871_457, 67_265.770_927_008_700_853, 33_430.575_583_588_128_105, 2_509.080_928_730_122_672_7,
    ]
    private static let centralDenominator = [
        1.0, 42.313_330_701_600_911_252, 687.187_007_492_057_908_30, 5_394.196_021_424_751_107_7, 21_213.794_301_586_595_867,
        39_307.895_800_092_710_610, 28_729.085_735_721_942_674, 5_226.495_278_852_854_561_0,
    ]
    private static let nearTailNumerator = [
        1.423_437_110_749_683_577_34, 4.630_337_846_156_545_295_90, 5.769_497_221_460_691_405_50, 3.647_848_324_763_204_605_04,
        1.270_458_252_452_368_382_58, 0.241_780_725_177_450_611_770, 0.022_723_844_989_269_184_583_3, 7.745_450_142_783_414_076_40e-4,
    ]
    private static let nearTailDenominator = [
        1.0, 2.053_191_626_637_758_821_87, 1.676_384_830_183_803_849_40, 0.689_767_334_985_100_004_550,
        0.148_103_976_427_480_074_590, 0.015_198_666_563_616_457_196_6, 5.475_938_084_995_344_946_00e-4, 1.050_750_071_644_416_843_24e-9,
    ]
    private static let farTailNumerator = [
        6.657_904_643_501_103_777_20, 5.463_784_911_164_114_369_90, 1.784_826_539_917_291_335_80, 0.296_560_571_828_504_891_230,
        0.026_532_189_526_576_123_093_0, 1.242_660_947_388_078_438_60e-3, 2.711_555_568_743_487_578_15e-5, 2.010_334_399_292_288_132_65e-7,
    ]
    private static let farTailDenominator = [
        1.0, 0.599_832_206_555_887_937_690, 0.136_929_880_922_735_805_310, 0.014_875_361_290_850_614_852_5,
        7.868_691_311_456_132_591_00e-4, 1.846_318_317_510_054_681_80e-5, 1.421_511_758_316_445_888_70e-7, 2.044_263_103_389_939_785_64e-15,
    ]
}
