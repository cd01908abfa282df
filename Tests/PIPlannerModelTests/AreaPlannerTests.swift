import Testing

@testable import PIPlannerModel

@Suite struct AreaPlannerTests {
    @Test func baselineReferenceAreaGivesOneTeamByBothMethods() {
        // Coverage: 280,000 / 280,000 = 1 team. Need: 3,300 × 0.15 × (150/495) / 150 = 1 team. 1 × 5.13 = 5.13 WTE.
        let plan = AreaPlanner.plan(AreaFixtures.area(), assumptions: AreaFixtures.assumptions)
        #expect(isClose(plan.coverageTeams, 1))
        #expect(isClose(plan.needTeams, 1))
        #expect(isClose(plan.requiredWTE, 5.13))
        #expect(isClose(plan.gapWTE, 5.13))
    }

    @Test func costsByYear() {
        // Salaries: 0.33×100,000 + 60,000 + 2×50,000 + 40,000 + 0.8×25,000 = 33,000+60,000+100,000+40,000+20,000 = 253,000.
        // Labour: 253,000 × 1.14 = 288,420.
        // Year 1 (no growth): 288,420 × 0.5 + 11,077.50 = 144,210 + 11,077.50 = 155,287.50
        // Year 2: 288,420 × 1.03 = 297,072.60 + 4,987.50 = 302,060.10
        // Year 3: 288,420 × 1.0609 = 305,984.778 → 305,984.78
        let plan = AreaPlanner.plan(AreaFixtures.area(), assumptions: AreaFixtures.assumptions)
        #expect(plan.labourPerTeamAtPayYearGBP == Money(gbp: 288_420))
        #expect(plan.annualCostGBP == [Money(gbp: 155_287.50), Money(gbp: 302_060.10), Money(gbp: 305_984.78)])
        // Babies: 150 / 3 = 50, then 150, 150.
        #expect(plan.years.map(\.babiesSeen).map { ($0 * 1e6).rounded() / 1e6 } == [50, 150, 150])
    }

    @Test func moneyScaleBoundsEveryAmountOfThePlan() {
        // One team (see costsByYear): salaries 100,000 + 60,000 + 2×50,000 + 40,000 + 25,000 = 325,000; bill 253,000;
        // labour 288,420; training 11,077.50 + 4,987.50 = 16,065. Each year: labour × (1 + 1 team) + 1 × 16,065, labour
        // 288,420, 297,072.60, 305,984.778: 2 × 891,477.378 + 3 × 16,065 = 1,831,149.756. Funder's fixed £1,000 × 3.
        // Bound: 325,000 + 253,000 + 288,420 + 16,065 + 1,831,149.756 + 3,000 = 2,716,634.756.
        let funder = FundingInput(
            funderID: "x", name: "X", outcomes: [], outcomesSource: "test",
            contribution: .amounts(Array(repeating: Money(gbp: 1_000), count: 3)), fieldPath: "f")
        let area = AreaFixtures.area(funding: [funder])
        let scale = AreaPlanner.moneyScale(area, assumptions: AreaFixtures.assumptions)
        #expect(isClose(scale.boundGBP, 2_716_634.756))
        #expect(isClose(scale.teams, 1))
        #expect(isClose(scale.labourPerTeamLastYearGBP, 305_984.778))
        #expect(scale.fits)
        let plan = AreaPlanner.plan(area, assumptions: AreaFixtures.assumptions)
        #expect(plan.totalCostGBP.gbp + plan.unfundedGBP.map { abs($0.gbp) }.reduce(0, +) <= scale.boundGBP)
    }

    @Test func moneyScaleDoesNotFitWhenPlanWouldTrap() {
        // 1e20 births: about 1e20 / 3,300 ≈ 3e16 teams at £0.3m a year, some £2.7e22, beyond Money.maxGBP (≈ £4.6e16).
        #expect(!AreaPlanner.moneyScale(AreaFixtures.area(births: 1e20), assumptions: AreaFixtures.assumptions).fits)
        // A team of no WTE makes the team-equivalents NaN: no fit either.
        var empty = AreaFixtures.area()
        empty.staffing.roles = []
        #expect(!AreaPlanner.moneyScale(empty, assumptions: AreaFixtures.assumptions).fits)
    }

    @Test func existingTeamIsCostedInFullFromYearOne() {
        // Required 5.13, existing 5.13: no new teams. Year 1: 1 × 288,420 = 288,420; 150 babies.
        let plan = AreaPlanner.plan(AreaFixtures.area(existingWTE: 5.13), assumptions: AreaFixtures.assumptions)
        #expect(plan.gapWTE == 0)
        #expect(plan.annualCostGBP[0] == Money(gbp: 288_420))
        #expect(isClose(plan.years[0].babiesSeen, 150))
    }

    @Test func riskRaisesNeedNotCoverage() {
        // Low income 30% at 0.34, highest-risk: P = 0.3×0.34 + 0.7×0.15 = 0.102 + 0.105 = 0.207.
        // Need = 3,300 × 0.207 × (150/495) / 150 = 683.1 / 495 = 1.38; coverage stays 1.
        let low = RiskGroupInput(id: "lowIncome", label: "Low income", share: figure("s", 0.3), prevalence: figure("p", 0.34))
        let plan = AreaPlanner.plan(AreaFixtures.area(groups: [low]), assumptions: AreaFixtures.assumptions)
        #expect(isClose(plan.prevalence, 0.207))
        #expect(isClose(plan.needTeams, 1.38))
        #expect(isClose(plan.coverageTeams, 1))
    }

    @Test func implausibleBirthRateIsAFinding() {
        let plan = AreaPlanner.plan(AreaFixtures.area(births: 280_000), assumptions: AreaFixtures.assumptions)
        #expect(plan.findings.contains { $0.category == .birthRateImplausible })
    }

    @Test func auditTrailCoversEveryStep() {
        let plan = AreaPlanner.plan(AreaFixtures.area(), assumptions: AreaFixtures.assumptions)
        let ids = plan.audit.map(\.id)
        for step in [
            "births", "prevalence", "infantsAtRisk", "specialistCaseload", "coverageTeams", "needTeams", "requiredWTE", "gapWTE",
            "labourPerTeam", "annualCost[2025/26]", "babiesSeen[2027/28]",
        ] {
            #expect(ids.contains(step), "missing audit step \(step)")
        }
    }
}
