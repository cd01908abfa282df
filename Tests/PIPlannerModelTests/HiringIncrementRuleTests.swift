import PIPlannerModel
import Testing

/// `HiringIncrementRule`: WTE rounded up to the increment (Methodology §3.8).
@Suite struct HiringIncrementRuleTests {
    @Test func roundsUpByHand() {
        // 3.2823 → 3.3 at 0.1; 1.0831 → 1.5 at 0.5; 2.6259 → 3 at 1.
        #expect(isClose(HiringIncrementRule.roundedUp(3.2823, incrementWTE: 0.1), 3.3))
        #expect(isClose(HiringIncrementRule.roundedUp(1.0831, incrementWTE: 0.5), 1.5))
        #expect(isClose(HiringIncrementRule.roundedUp(2.6259, incrementWTE: 1), 3))
    }

    @Test func aProductOnTheGridStays() {
        // 3 × 1.1 = 3.3000000000000003 in floating point: still 3.3, not 3.4.
        #expect(isClose(HiringIncrementRule.roundedUp(3 * 1.1, incrementWTE: 0.1), 3.3))
        #expect(HiringIncrementRule.roundedUp(0, incrementWTE: 0.1) == 0)
        #expect(HiringIncrementRule.roundedUp(3.2823, incrementWTE: nil) == 3.2823)
    }
}
