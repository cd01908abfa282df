import Testing

@testable import PIPlannerIO
@testable import PIPlannerModel

/// The JSON of a drawn figure's summary (Methodology §7): money to the penny as the CSV gives it, other figures as
/// drawn, and a figure that is not finite null.
@Suite struct UncertaintyJSONTests {
    @Test func moneyIsRoundedToThePennyHalfAwayFromZero() {
        // 1234.5678901 → 123,456.78901 pence → 123,457 → 1234.57. 10.125 is exact in binary, so 1,012.5 pence is a
        // true half, rounded away from zero to 1,013 (10.13; to even would give 10.12), and -10.125 to -10.13.
        // 3 is printed with its two decimals, as the point plan's money is.
        let s = Summary(p10: -10.125, p50: 10.125, p90: 1_234.567_890_1, mean: 3, count: 4)
        #expect(UncertaintyJSON.summary(s, money: true).compact() == #"{"p10":-10.13,"p50":10.13,"p90":1234.57,"mean":3.00}"#)
    }

    @Test func otherFiguresStayAsDrawn() {
        let s = Summary(p10: -10.125, p50: 10.125, p90: 1_234.567_890_1, mean: 3, count: 4)
        #expect(UncertaintyJSON.summary(s, money: false).compact() == #"{"p10":-10.125,"p50":10.125,"p90":1234.5678901,"mean":3}"#)
    }

    @Test func anInfiniteOrMissingFigureIsNullAndOneBeyondMoneyIsKept() {
        // A draw with no babies seen has an infinite cost per baby; a figure not summarised is NaN. 1e17 GBP is beyond
        // the £46,116,860,184,273,880 Money holds (2^62 pence), where a double's step is 16 pounds, not a penny.
        let s = Summary(p10: .nan, p50: 1e17, p90: .infinity, mean: -.infinity, count: 4)
        #expect(UncertaintyJSON.summary(s, money: true).compact() == #"{"p10":null,"p50":1e+17,"p90":null,"mean":null}"#)
    }

    @Test func theTornadosCostsAreRoundedAndItsInputsOnlyWhenMoney() {
        // Swing = |2,000.004 − 1,000.0049| = 999.9991 → 99,999.91 pence → 100,000 → 1000.00; 1,000.0049 → 1000.00.
        let share = OneWaySensitivity.Row(
            id: "specialistShare", low: 0.2, high: 0.45, teamsAtLow: 2.166_543_6, teamsAtHigh: 4.874_723_1, costAtLowGBP: 1_000.004_9,
            costAtHighGBP: 2_000.004)
        // An input in GBP is money too: 3,999.996 → 4000.00 and 6,000.0049 → 6000.00.
        let training = OneWaySensitivity.Row(
            id: "trainingFirstYearGBP", low: 3_999.996, high: 6_000.004_9, teamsAtLow: 3, teamsAtHigh: 3, costAtLowGBP: 1, costAtHighGBP: 2)
        #expect(
            UncertaintyJSON.tornado([share, training]).compact()
                == #"[{"id":"specialistShare","p10":0.2,"p90":0.45,"needTeamsAtP10":2.1665436,"needTeamsAtP90":4.8747231,"#
                + #""totalCostGBPAtP10":1000.00,"totalCostGBPAtP90":2000.00,"costSwingGBP":1000.00},"#
                + #"{"id":"trainingFirstYearGBP","p10":4000.00,"p90":6000.00,"needTeamsAtP10":3,"needTeamsAtP90":3,"#
                + #""totalCostGBPAtP10":1.00,"totalCostGBPAtP90":2.00,"costSwingGBP":1.00}]"#)
    }
}
