import Testing

@testable import PIPlannerModel

@Suite struct AreaCalculationTests {
    /// 400,000 people, 5,000 births; 25% of births low income (prevalence 34%) and 10% with parental depression
    /// (21%), combined by the highest-risk rule; 2.5 WTE already in post; pay scales of 2025/26 and plan years
    /// 2026/27 and 2027/28; one funder paying 60% of each year's cost and one paying £100,000 a year.
    static func handWorkedArea() -> AreaInput {
        let lowIncome = RiskGroupInput(id: "lowIncome", label: "Low income", share: figure("s", 0.25), prevalence: figure("p", 0.34))
        let depression = RiskGroupInput(id: "depression", label: "Depression", share: figure("s", 0.10), prevalence: figure("p", 0.21))
        let share = FundingInput(
            funderID: "icb", name: "ICB", outcomes: [], outcomesSource: "test", contribution: .share(0.6), fieldPath: "f0")
        let fixed = FundingInput(
            funderID: "la", name: "LA", outcomes: [], outcomesSource: "test",
            contribution: .amounts([Money(gbp: 100_000), Money(gbp: 100_000)]), fieldPath: "f1")
        return AreaFixtures.area(
            population: 400_000, births: 5_000, groups: [depression, lowIncome], existingWTE: 2.5, funding: [share, fixed],
            years: ["2026/27", "2027/28"], payOffset: 1)
    }

    /// Whether `money` is `gbp` to the penny.
    func isPenny(_ money: Money, _ gbp: Double) -> Bool { abs(money.gbp - gbp) <= 0.005 }

    @Test func handWorkedNeedAndWorkforce() {
        let q = AreaQuantities(Self.handWorkedArea(), assumptions: AreaFixtures.assumptions)
        // Births 5,000 as given: 5,000 / 400,000 × 1,000 = 12.5 per 1,000.
        #expect(isClose(q.births, 5_000))
        #expect(isClose(q.birthRatePer1000, 12.5))
        // Highest-risk, highest prevalence first: low income 0.25 × 0.34 = 0.085; depression in the 75% not low
        // income 0.10 × 0.75 = 0.075 × 0.21 = 0.01575; the rest 0.75 × 0.90 = 0.675 at baseline × 0.15 = 0.10125.
        // P = 0.085 + 0.01575 + 0.10125 = 0.202.
        #expect(isClose(q.prevalence, 0.202))
        #expect(q.prevalenceBreakdown.groups.map(\.id) == ["lowIncome", "depression"])
        #expect(isClose(q.prevalenceBreakdown.baselineShare, 0.675))
        // Infants at risk 5,000 × 0.202 = 1,010; caseload 1,010 × 150/495 = 306.0606 babies.
        #expect(isClose(q.infantsAtRisk, 1_010))
        #expect(isClose(q.specialistCaseload, 306.060_606, relativeTolerance: 1e-6))
        // Need 306.0606 / 150 = 1,010 / 495 = 2.040404 teams; coverage 400,000 / 280,000 = 1.428571 teams.
        #expect(isClose(q.needTeams, 2.040_404, relativeTolerance: 1e-6))
        #expect(isClose(q.coverageTeams, 1.428_571, relativeTolerance: 1e-6))
        #expect(q.recommendedTeams == q.needTeams)
        // Prevalence range 10–25%: 5,000 × 0.10 × (150/495) / 150 = 500/495 = 1.010101; 1,250/495 = 2.525253.
        #expect(isClose(q.needTeamsAtPrevalenceRange.lowTeams, 1.010_101, relativeTolerance: 1e-6))
        #expect(isClose(q.needTeamsAtPrevalenceRange.highTeams, 2.525_253, relativeTolerance: 1e-6))
        // Required 2.040404 × 5.13 = 10.467273 WTE; gap 10.467273 − 2.5 = 7.967273 WTE. Team-equivalents: existing
        // 2.5 / 5.13 = 0.487329, new 7.967273 / 5.13 = 1.553075.
        #expect(isClose(q.teamWTE, 5.13))
        #expect(isClose(q.requiredWTE, 10.467_273, relativeTolerance: 1e-6))
        #expect(isClose(q.gapWTE, 7.967_273, relativeTolerance: 1e-6))
        #expect(isClose(q.existingTeams, 0.487_329, relativeTolerance: 1e-6))
        #expect(isClose(q.newTeams, 1.553_075, relativeTolerance: 1e-6))
        // Locality lead 1 WTE a team × 2.040404 teams.
        #expect(isClose(q.roleRequiredWTE[1], 2.040_404, relativeTolerance: 1e-6))
    }

    @Test func handWorkedLabourAndCostByYear() {
        let area = Self.handWorkedArea()
        let calculation = AreaCalculation(area, assumptions: AreaFixtures.assumptions)
        let (q, c) = (calculation.quantities, calculation.costing)
        // Salary bill 253,000 (see AreaPlannerTests.costsByYear); labour 253,000 × 1.14 = 288,420 at 2025/26 pay.
        #expect(isClose(q.salaryBillPerTeamGBP, 253_000))
        #expect(isClose(q.labourPerTeamAtPayYearGBP, 288_420))
        #expect(c.labourPerTeamAtPayYearGBP == Money(gbp: 288_420))
        // 2026/27, one year of pay growth: labour 288,420 × 1.03 = 297,072.60. Existing 0.487329 × 297,072.60 =
        // 144,772.22; new 1.553075 × 297,072.60 × 0.5 = 230,687.96; training 1.553075 × 11,077.50 = 17,204.18;
        // total 392,664.36. Babies 0.487329 × 150 + 1.553075 × 150 / 3 = 73.099 + 77.654 = 150.753.
        #expect(q.years.map(\.payGrowthYears) == [1, 2])
        #expect(isClose(q.years[0].labourPerTeamGBP, 297_072.60))
        #expect(c.years[0].labourPerTeamGBP == Money(gbp: 297_072.60))
        #expect(isPenny(c.years[0].cost.labourExistingGBP, 144_772.22))
        #expect(isPenny(c.years[0].cost.labourNewGBP, 230_687.96))
        #expect(isPenny(c.years[0].cost.trainingGBP, 17_204.18))
        #expect(isPenny(c.years[0].cost.totalGBP, 392_664.36))
        #expect(isClose(q.years[0].babiesSeen, 150.753_145, relativeTolerance: 1e-6))
        // 392,664.36 / 150.753 = 2,604.68 a baby.
        #expect(isPenny(c.years[0].costPerBabySeenGBP!, 2_604.68))
        // 2027/28, two years: labour 288,420 × 1.0609 = 305,984.778 (305,984.78 to the penny). Existing 0.487329 ×
        // 305,984.78 = 149,115.39; new 1.553075 × 305,984.78 = 475,217.19; training 1.553075 × 4,987.50 = 7,745.96;
        // total 632,078.54. Babies 2.040404 × 150 = 306.0606; 632,078.54 / 306.0606 = 2,065.21 a baby.
        #expect(isClose(q.years[1].labourPerTeamGBP, 305_984.778))
        #expect(c.years[1].labourPerTeamGBP == Money(gbp: 305_984.78))
        #expect(isPenny(c.years[1].cost.labourExistingGBP, 149_115.39))
        #expect(isPenny(c.years[1].cost.labourNewGBP, 475_217.19))
        #expect(isPenny(c.years[1].cost.trainingGBP, 7_745.96))
        #expect(isPenny(c.years[1].cost.totalGBP, 632_078.54))
        #expect(isClose(q.years[1].babiesSeen, 306.060_606, relativeTolerance: 1e-6))
        #expect(isPenny(c.years[1].costPerBabySeenGBP!, 2_065.21))
        #expect(isPenny(c.totalCostGBP, 1_024_742.90))
    }

    @Test func handWorkedFunding() {
        let c = AreaCalculation(Self.handWorkedArea(), assumptions: AreaFixtures.assumptions).costing
        // ICB 60%: 0.6 × 392,664.36 = 235,598.62 and 0.6 × 632,078.54 = 379,247.12; LA £100,000 a year.
        #expect(c.funders[0].contributionsGBP == [Money(gbp: 235_598.62), Money(gbp: 379_247.12)])
        #expect(c.funders[1].contributionsGBP == [Money(gbp: 100_000), Money(gbp: 100_000)])
        // Unfunded 392,664.36 − 335,598.62 = 57,065.74 and 632,078.54 − 479,247.12 = 152,831.42.
        #expect(c.unfundedGBP == [Money(gbp: 57_065.74), Money(gbp: 152_831.42)])
        // LA pays 200,000 / 1,024,742.90 = 0.195171 of the cost: 0.195171 × (150.753 + 306.061) = 89.157 babies.
        #expect(isClose(c.funders[1].shareOfTotalCost!, 0.195_171, relativeTolerance: 1e-5))
        #expect(isClose(c.funders[1].babiesSeenAttributed!, 89.157, relativeTolerance: 1e-4))
    }

    /// The core and the plan give the same numbers, bit for bit, for areas sized each way.
    @Test(arguments: [
        handWorkedArea(), AreaFixtures.area(), AreaFixtures.area(sizing: .coverage),
        AreaFixtures.area(population: 1_000_000, births: 9_000, existingWTE: 40, payOffset: -1),
    ])
    func coreAndPlanAgree(area: AreaInput) {
        let calculation = AreaCalculation(area, assumptions: AreaFixtures.assumptions)
        let (q, c) = (calculation.quantities, calculation.costing)
        let plan = AreaPlanner.plan(area, assumptions: AreaFixtures.assumptions)
        let fromCore = [
            q.births, q.birthRatePer1000, q.prevalence, q.infantsAtRisk, q.specialistCaseload, q.coverageTeams, q.needTeams,
            q.recommendedTeams, q.needTeamsAtPrevalenceRange.lowTeams, q.needTeamsAtPrevalenceRange.highTeams, q.teamWTE, q.requiredWTE,
            q.existingWTE, q.gapWTE, q.existingTeams, q.newTeams, q.totalBabiesSeen,
        ]
        let fromPlan = [
            plan.births, plan.birthRatePer1000, plan.prevalence, plan.infantsAtRisk, plan.specialistCaseload, plan.coverageTeams,
            plan.needTeams, plan.recommendedTeams, plan.needTeamsAtPrevalenceRange.lowTeams, plan.needTeamsAtPrevalenceRange.highTeams,
            plan.teamWTE, plan.requiredWTE, plan.existingWTE, plan.gapWTE, plan.existingTeams, plan.newTeams, plan.totalBabiesSeen,
        ]
        #expect(fromCore == fromPlan)
        #expect(q.roleRequiredWTE == plan.roles.map(\.requiredWTE))
        #expect(c.salaryBillPerTeamGBP == plan.salaryBillPerTeamGBP)
        #expect(c.labourPerTeamAtPayYearGBP == plan.labourPerTeamAtPayYearGBP)
        #expect(q.years.map(\.payGrowthYears) == plan.years.map(\.payGrowthYears))
        #expect(q.years.map(\.babiesSeen) == plan.years.map(\.babiesSeen))
        #expect(c.years.map(\.cost) == plan.years.map(\.cost))
        #expect(c.years.map(\.labourPerTeamGBP) == plan.years.map(\.labourPerTeamGBP))
        #expect(c.years.map(\.costPerBabySeenGBP) == plan.years.map(\.costPerBabySeenGBP))
        #expect(c.funders.map(\.contributionsGBP) == plan.funding.map(\.contributionsGBP))
        #expect(c.funders.map(\.babiesSeenAttributed) == plan.funding.map(\.babiesSeenAttributed))
        #expect(c.unfundedGBP == plan.unfundedGBP)
        #expect(c.totalCostGBP == plan.totalCostGBP)
        #expect(q.moneyScale == AreaPlanner.moneyScale(area, assumptions: AreaFixtures.assumptions))
    }

    @Test func moneyBoundFlagsSalariesOf1e15() {
        // Salaries of £1e15 (pence or a misplaced exponent): six roles 6e15, bill 5.13e15, labour 5.85e15, and
        // each of three years labour × 2 for one team, about 3.6e16: some £5.3e16 in all, beyond Money.maxGBP (≈ £4.6e16).
        var area = AreaFixtures.area()
        for index in area.staffing.roles.indices { area.staffing.roles[index].annualSalaryGBP.value = 1e15 }
        let quantities = AreaQuantities(area, assumptions: AreaFixtures.assumptions)
        #expect(quantities.moneyBoundGBP > Money.maxGBP)
        #expect(!quantities.moneyScale.fits)
        #expect(isClose(quantities.moneyScale.teams, 1))
        // The numbers before money are unaffected and computed without trapping.
        #expect(isClose(quantities.requiredWTE, 5.13))
        #expect(isClose(quantities.labourPerTeamAtPayYearGBP, 5.13e15 * 1.14))
        // The same area at ordinary salaries fits.
        #expect(AreaQuantities(AreaFixtures.area(), assumptions: AreaFixtures.assumptions).moneyScale.fits)
    }

    @Test func moneyBoundCoversEveryAmountAndTotalOfThePlan() {
        let calculation = AreaCalculation(Self.handWorkedArea(), assumptions: AreaFixtures.assumptions)
        let (bound, c) = (calculation.quantities.moneyBoundGBP, calculation.costing)
        var amounts = [c.salaryBillPerTeamGBP, c.labourPerTeamAtPayYearGBP, c.totalCostGBP] + c.unfundedGBP
        for year in c.years {
            amounts += [
                year.labourPerTeamGBP, year.cost.labourExistingGBP, year.cost.labourNewGBP, year.cost.trainingGBP, year.cost.totalGBP,
            ]
        }
        for funder in c.funders { amounts += funder.contributionsGBP + [funder.contributionsGBP.sum()] }
        #expect(amounts.allSatisfy { abs($0.gbp) <= bound })
        #expect(c.totalCostGBP.gbp + c.unfundedGBP.map { abs($0.gbp) }.reduce(0, +) <= bound)
    }

    @Test func noBirthsGivenPlansForNone() {
        var area = AreaFixtures.area()
        area.births = nil
        let calculation = AreaCalculation(area, assumptions: AreaFixtures.assumptions)
        #expect(calculation.quantities.births == 0)
        #expect(calculation.quantities.needTeams == 0)
        let findings = AreaFindingsBuilder(area: area, assumptions: AreaFixtures.assumptions, calculation: calculation).findings()
        #expect(findings.first?.message == "Neither births nor a birth rate was given, so no births are planned for.")
        let steps = AreaAuditBuilder(area: area, assumptions: AreaFixtures.assumptions, calculation: calculation).steps()
        #expect(steps.first?.formula == "none given")
    }
}
