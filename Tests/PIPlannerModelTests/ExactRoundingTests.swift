import Foundation
import Testing

@testable import PIPlannerModel

/// `ExactRounding.up` against a second method, the standard library's `rounded(.up)`.
@Suite struct ExactRoundingTests {
    @Test func agreesWithTheStandardLibrary() {
        var state: UInt64 = 99
        var values: [Double] = [
            0, -0.0, 0.5, -0.5, 1, -1, 1e-300, -1e-300, 0x1p52 + 1, -0x1p52 - 1, 0x1p62, -0x1p63, .infinity, 41.999999999,
        ]
        for _ in 0..<100_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let magnitude = Double(state >> 11) / Double(1 << 53) * pow(10, Double(Int(state % 19)) - 4)
            values.append(state & 1 == 0 ? magnitude : -magnitude)
            values.append(magnitude.rounded())
        }
        let mismatches = values.filter { ExactRounding.up($0) != $0.rounded(.up) }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(ExactRounding.up(.nan).isNaN)
    }
}
