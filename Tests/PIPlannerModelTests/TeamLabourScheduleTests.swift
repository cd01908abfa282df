import Testing

@testable import PIPlannerModel

/// One team's labour by plan year from plain numbers (Methodology §4, §4.2), the function the plan's costing and the
/// draw loop share.
@Suite struct TeamLabourScheduleTests {
    @Test func flatLabourIsTheRoundedPayYearLabourGrownEachYear() {
        // Salary bill 0.33 × 100,000 + 60,000 + 2 × 50,000 + 40,000 + 0.8 × 25,000 = 253,000;
        // × 1.14 = 288,420.00 in 2025/26 (no pay growth yet); × 1.03 = 297,072.60; × 1.03² = 305,984.778 → 305,984.78.
        let schedule = TeamLabourSchedule(AreaFixtures.area())
        let pence = (0..<3).map { schedule.labourPence(year: $0, payGrowthRate: 0.03, onCostRate: 0.14) }
        #expect(pence == [28_842_000, 29_707_260, 30_598_478])
        // The on-cost is what is left over the grown salaries: 297,072.60 − 260,590.00.
        let second = schedule.labour(year: 1, payGrowthRate: 0.03, onCostRate: 0.14)
        #expect(second?.salary == Money(gbp: 260_590) && second?.other == Money(gbp: 36_482.60))
    }

    @Test func employerLabourIsCostedPostByPost() throws {
        // 1.5 WTE at £40,000 is a full-time and a half-time post; 2025/26: NI 15% above £5,000 a post, pension 14.38%,
        // levy 0.08%. Full: 40,000 + 5,250 + 5,752 + 32 = 51,034. Half: 20,000 + 2,250 + 2,876 + 16 = 25,142. Σ 76,176.
        // 2026/27, pay × 1.03: 41,200 + 5,430 + 5,924.56 + 32.96 = 52,587.52 and 20,600 + 2,340 + 2,962.28 + 16.48
        // = 25,918.76; Σ 78,506.28. NI is not 15% of pay: the threshold applies to each post.
        let role = StaffRole(
            id: "worker", title: "Worker", band: "6", bandBasis: .published, wtePerTeam: 1.5,
            annualSalaryGBP: figure("s", 40_000, unit: "GBP"))
        let schedule = TeamLabourSchedule(try EmployerOnCostsTests.employerArea(roles: [role]))
        #expect(schedule.labourPence(year: 0, payGrowthRate: 0.03, onCostRate: 0.14) == 7_617_600)
        #expect(schedule.labourPence(year: 1, payGrowthRate: 0.03, onCostRate: 0.14) == 7_850_628)
        // The on-cost rate is the flat method's: the employer method ignores it.
        #expect(schedule.labourPence(year: 1, payGrowthRate: 0.03, onCostRate: 0.5) == 7_850_628)
    }

    @Test func theRoleTotalIsTheSumOfItsPosts() throws {
        let rates = OnCostFixtures.nhsEngland2025
        for (wte, headcount) in [(1.5, nil), (0.33, nil), (3.0, nil), (2.4, 3), (0.8, 2)] as [(Double, Int?)] {
            let input = EmployerOnCostRule.RoleInput(wte: wte, annualSalaryGBP: 43_210.57, headcount: headcount, rates: rates)
            #expect(EmployerOnCostRule.roleTotal(input) == EmployerOnCostRule.roleCost(input).total)
        }
    }

    @Test func labourTooLargeForMoneyIsNilNotATrap() {
        let schedule = TeamLabourSchedule(AreaFixtures.area())
        #expect(schedule.labour(year: 2, payGrowthRate: 1e200, onCostRate: 0.14) == nil)
        #expect(schedule.labourPence(year: 2, payGrowthRate: 1e200, onCostRate: 0.14) == .infinity)
    }
}
