import PIPlannerModel
import Testing

/// `PhasingRule`: new WTE by plan year for each form, and the cohorts (Methodology §3.7).
@Suite struct PhasingRuleTests {
    @Test func eachFormByHand() {
        // Gap 12.55 WTE over 3 years, team 5.13 WTE.
        let all = PhasingRule.newWTEByYear(.allInFirstYear, recruitWTE: 12.55, teamWTE: 5.13, yearCount: 3)
        #expect(all == [12.55, 0, 0])
        // 12.55 / 2 = 6.275 in each of the first two years.
        let spread = PhasingRule.newWTEByYear(.spreadOverYears(2), recruitWTE: 12.55, teamWTE: 5.13, yearCount: 3)
        #expect(spread == [6.275, 6.275, 0])
        // At most 5 a year: 5, 5, 2.55.
        let capped = PhasingRule.newWTEByYear(.maxNewWTEPerYear(5), recruitWTE: 12.55, teamWTE: 5.13, yearCount: 3)
        #expect(isClose(capped[0], 5) && isClose(capped[1], 5) && isClose(capped[2], 2.55))
        // At most 1 team a year = 5.13 WTE: 5.13, 5.13, 2.29.
        let teams = PhasingRule.newWTEByYear(.maxNewTeamsPerYear(1), recruitWTE: 12.55, teamWTE: 5.13, yearCount: 3)
        #expect(isClose(teams[0], 5.13) && isClose(teams[1], 5.13) && isClose(teams[2], 2.29))
        // Given 4, 4, 10: cut at the gap, 4 + 4 + 4.55.
        let given = PhasingRule.newWTEByYear(.newWTEByYear([4, 4, 10]), recruitWTE: 12.55, teamWTE: 5.13, yearCount: 3)
        #expect(isClose(given[2], 4.55))
    }

    @Test func aCapTheYearsEndBeforeLeavesTheRest() {
        // 2 a year over 3 years recruits 6 of 12.55.
        let w = PhasingRule.newWTEByYear(.maxNewWTEPerYear(2), recruitWTE: 12.55, teamWTE: 5.13, yearCount: 3)
        #expect(w == [2, 2, 2])
    }

    @Test func cohortsAreTheRolloutSchedule() {
        // w = 5.13, 5.13, 0 → N = 1, 1, 0 coming; F = 0, 1, 2 fully operating.
        let c = PhasingRule.cohorts(newWTEByYear: [5.13, 5.13, 0], teamWTE: 5.13, labels: ["a", "b", "c"])
        #expect(c.map(\.teamsComingIntoOperation) == [1, 1, 0])
        #expect(c.map(\.teamsFullyOperating) == [0, 1, 2])
    }
}
