import Foundation
import Testing

@testable import PIPlannerModel

/// `FixedPointText` against a second method, C's `printf` through `String(format:)`, which rounds the exact binary
/// value with ties to even: the two must agree character for character.
@Suite struct FixedPointTextTests {
    /// The reference: `%.*f`, with a negative zero printed unsigned as `NumberFormat` does.
    func reference(_ value: Double, _ decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", value)
        return text.hasPrefix("-") && !text.contains(where: { $0 != "-" && $0 != "0" && $0 != "." }) ? String(text.dropFirst()) : text
    }

    @Test func tiesRoundToEvenOnTheExactValue() {
        // Exact binary ties: 0.5, 2.5 and 0.125 round to even; 2.675 is 2.67499999… in binary, so it rounds down.
        let cases: [(Double, Int, String)] = [
            (0.5, 0, "0"), (1.5, 0, "2"), (2.5, 0, "2"), (-2.5, 0, "-2"), (0.125, 2, "0.12"), (0.375, 2, "0.38"),
            (2.675, 2, "2.67"), (1.005, 2, "1.00"), (999.5, 0, "1000"), (-0.001, 2, "0.00"), (0, 3, "0.000"),
        ]
        for (value, decimals, expected) in cases {
            #expect(FixedPointText.text(value, decimals: decimals, grouped: false) == expected, "\(value) to \(decimals) places")
            #expect(reference(value, decimals) == expected, "printf agrees on \(value)")
        }
    }

    @Test func agreesWithPrintfOverEveryMagnitude() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var mismatches: [String] = []
        for i in 0..<60_000 {
            let magnitude = Double(next() % 1_000_000) / 1_000_000 * pow(10, Double(Int(next() % 26) - 10))
            var value = (next() & 1 == 0 ? 1 : -1) * magnitude
            // Every fourth value a multiple of 1/2^k, so that exact ties come up often.
            if i % 4 == 0 { value = Double(Int64(next() % 2_000_000) - 1_000_000) / Double(1 << (next() % 12)) }
            let decimals = Int(next() % 7)
            let fast = FixedPointText.text(value, decimals: decimals, grouped: false)
            if fast != reference(value, decimals) { mismatches.append("\(value) %.\(decimals)f: \(fast ?? "nil")") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func subnormalsLargeValuesAndGrouping() {
        #expect(FixedPointText.text(5e-324, decimals: 17, grouped: false) == "0.00000000000000000")
        #expect(FixedPointText.text(0x1p62, decimals: 2, grouped: false) == reference(0x1p62, 2))
        #expect(FixedPointText.text(123_456_789.125, decimals: 2, grouped: true) == "123,456,789.12")
        #expect(FixedPointText.text(-1_000, decimals: 0, grouped: true) == "-1,000")
        #expect(FixedPointText.text(0x1p63, decimals: 0, grouped: false) == nil, "outside the integer path")
        #expect(FixedPointText.text(1, decimals: 18, grouped: false) == nil)
        #expect(FixedPointText.text(.nan, decimals: 2, grouped: false) == nil)
        #expect(NumberFormat.fixed(0x1p70, 0) == reference(0x1p70, 0), "the fallback still formats")
    }
}
