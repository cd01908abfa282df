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

    @Test func stepsGiveTheArraysYearByYear() {
        // The draw loop's form: 10.26 WTE over 4 years at 5.13 a team, each phasing; the same w_k, F_k and N_k.
        let phasings: [RecruitmentPhasing] = [
            .allInFirstYear, .spreadOverYears(3), .maxNewWTEPerYear(4), .maxNewTeamsPerYear(0.5), .newWTEByYear([1, 20, 0, 2]),
        ]
        for phasing in phasings {
            let w = PhasingRule.newWTEByYear(phasing, recruitWTE: 10.26, teamWTE: 5.13, yearCount: 4)
            let cohorts = PhasingRule.cohorts(newWTEByYear: w, teamWTE: 5.13, labels: ["a", "b", "c", "d"])
            var steps = PhasingRule.Steps(recruitWTE: 10.26, teamWTE: 5.13, yearCount: 4)
            var k = 0
            while let step = steps.next(phasing) {
                #expect(step.newWTE == w[k] && step.coming == cohorts[k].teamsComingIntoOperation, "\(phasing) year \(k)")
                #expect(step.fullyOperating == cohorts[k].teamsFullyOperating, "\(phasing) year \(k)")
                k += 1
            }
            #expect(k == 4)
        }
        // Spread over 3 of 4 years: 3.42 a year, then none; all in the first year: 10.26 then none.
        #expect(
            PhasingRule.newWTEByYear(.spreadOverYears(3), recruitWTE: 10.26, teamWTE: 5.13, yearCount: 4).map { ($0 * 100).rounded() } == [
                342, 342, 342, 0,
            ])
    }
}
