import Testing

@testable import PIPlannerModel

/// The employer method in the numeric core: rates resolved per role and year, each plan year costed from pay-grown
/// salaries with its own rules, the core and the costing agreeing, and the money bound covering every post.
@Suite struct EmployerOnCostsTests {
    static let table = OnCostFixtures.table
    static func year(_ label: String) -> FinancialYear { FinancialYear(label: label)! }

    /// `AreaFixtures.area()` (round salaries, plan years 2025/26 to 2027/28, pay year 2025/26) under the employer
    /// method as an NHS employer in England.
    static func employerArea(roles: [StaffRole] = AreaFixtures.team.roles) throws -> AreaInput {
        var area = AreaFixtures.area()
        area.staffing.roles = roles
        let employer = try EmployerOnCosts.resolve(
            table: table, employerType: .nhsEngland, supplied: .init(), roles: roles, payYear: year("2025/26"),
            planYears: area.planYears.map(year)
        ).get()
        area.onCosts = .employer(employer)
        return area
    }

    @Test func eachYearHasItsRulesAndCarriedYearsAreFlagged() throws {
        guard case .employer(let employer) = try Self.employerArea().onCosts else { throw CancellationError() }
        #expect(employer.payYear.taxYear == Self.year("2025/26"))
        #expect(employer.planYears.map(\.taxYear.label) == ["2025/26", "2026/27", "2027/28"])
        #expect(employer.planYears.map(\.isCarriedForward) == [false, false, true])
        #expect(employer.roleEmployerTypes == Array(repeating: .nhsEngland, count: 6))
        let finding = try #require(employer.carriedForwardFinding(fieldPath: "planYears"))
        #expect(finding.code == .onCostRulesCarriedForward && finding.fieldPath == "planYears")
        #expect(finding.message.contains("shipped to 2026/27; for 2027/28 they are carried forward"))
        #expect(finding.message.contains("held at 5000 until April 2031") && finding.message.contains("uncertain"))
    }

    @Test func problemsNameTheYearAndTheRole() {
        var roles = AreaFixtures.team.roles
        roles[3].employerType = .charity
        let result = EmployerOnCosts.resolve(
            table: Self.table, employerType: .nhsEngland, supplied: .init(), roles: roles, payYear: Self.year("2023/24"),
            planYears: [Self.year("2023/24"), Self.year("2026/27")])
        guard case .failure(let failure) = result else {
            Issue.record("resolved")
            return
        }
        let first = Self.year("2024/25")
        #expect(
            failure.problems == [
                .yearNotCovered(Self.year("2023/24"), firstTaxYear: first, isPayYear: true),
                .yearNotCovered(Self.year("2023/24"), firstTaxYear: first, isPayYear: false),
                .figureNeeded(roleIndex: 3, EmployerOnCostNeededFigure(employerType: .charity, figure: .employerPensionRate)),
            ])
    }

    @Test func eachPlanYearIsCostedFromPayGrownSalaries() throws {
        // Locality lead alone, £60,000 at 2025/26. 2025/26 (year 0, no growth): NI 0.15 × 55,000 = 8,250;
        // pension 8,628; levy 48; 76,926. 2026/27: pay 61,800: NI 0.15 × 56,800 = 8,520; pension 8,886.84;
        // levy 49.44; 79,256.28 (not 76,926 × 1.03 = 79,233.78: the threshold does not grow). 2027/28: pay 63,654:
        // NI 8,798.10; pension 9,153.45; levy 50.92; 81,656.47.
        let area = try Self.employerArea(roles: [AreaFixtures.team.roles[1]])
        let calculation = AreaCalculation(area, assumptions: AreaFixtures.assumptions)
        let c = calculation.costing
        #expect(c.labourPerTeamAtPayYearGBP == Money(gbp: 76_926))
        #expect(c.years.map(\.labourPerTeamGBP) == [Money(gbp: 76_926), Money(gbp: 79_256.28), Money(gbp: 81_656.47)])
        #expect(c.years[1].labour.employerNI == Money(gbp: 8_520) && c.years[1].labour.salary == Money(gbp: 61_800))
        #expect(c.roleCostsAtPayYear.map(\.postCount) == [1])
        // The core's unrounded labour is within a penny a post of the costing's.
        for (quantity, money) in zip(calculation.quantities.years, c.years) {
            #expect(abs(quantity.labourPerTeamGBP - money.labourPerTeamGBP.gbp) < 0.05)
        }
    }

    @Test func theCoreAndThePlanAgree() throws {
        let area = try Self.employerArea()
        let calculation = AreaCalculation(area, assumptions: AreaFixtures.assumptions)
        let plan = AreaPlanner.plan(area, assumptions: AreaFixtures.assumptions)
        #expect(plan.labourPerTeamAtPayYear == calculation.costing.labourPerTeamAtPayYear)
        #expect(plan.labourPerTeamAtPayYearGBP == plan.labourPerTeamAtPayYear.total)
        #expect(plan.years.map(\.labour) == calculation.costing.years.map(\.labour))
        #expect(plan.years.map(\.labourPerTeamGBP) == plan.years.map(\.labour.total))
        #expect(plan.onCostMethod == .employer(.nhsEngland))
        #expect(plan.audit.contains { $0.id == "labourPerTeam.admin" } && plan.audit.contains { $0.id == "labourPerTeam[2026/27]" })
        #expect(plan.findings.contains { $0.code == .onCostRulesCarriedForward })
        let team = try #require(plan.audit.first { $0.id == "labourPerTeam" })
        #expect(team.result == plan.labourPerTeamAtPayYearGBP.gbp)
    }

    @Test func theMoneyBoundCoversEveryPostAndFlagsHugeSalaries() throws {
        let area = try Self.employerArea()
        let calculation = AreaCalculation(area, assumptions: AreaFixtures.assumptions)
        let bound = calculation.quantities.moneyBoundGBP
        var amounts: [Money] = []
        for role in calculation.costing.roleCostsAtPayYear {
            for group in role.posts {
                amounts += [group.each.salary, group.each.employerNI, group.each.employerPension, group.total.total]
            }
        }
        amounts += calculation.costing.years.flatMap { [$0.labour.salary, $0.labour.employerNI, $0.labour.total, $0.cost.totalGBP] }
        #expect(amounts.allSatisfy { $0.gbp <= bound })

        var huge = AreaFixtures.team.roles
        for index in huge.indices { huge[index].annualSalaryGBP.value = 1e15 }
        #expect(!AreaQuantities(try Self.employerArea(roles: huge), assumptions: AreaFixtures.assumptions).moneyScale.fits)
        // A negative rate (a library caller's) counts by its size, not netted off the pay.
        var negative = OnCostFixtures.nhsEngland2025
        negative.employerPensionRate = -negative.employerPensionRate
        let role = { (rates: EmployerOnCostRates) in EmployerOnCostRule.RoleInput(wte: 1, annualSalaryGBP: 50_000, rates: rates) }
        #expect(
            EmployerOnCostRule.roleCostGBP(role(negative)).boundGBP
                == EmployerOnCostRule.roleCostGBP(role(OnCostFixtures.nhsEngland2025)).boundGBP)
    }

    @Test func postsSplitWithoutBuildingArrays() {
        #expect(PostSplitRule.split(roleWTE: 2.5) == .init(first: .init(count: 2, wte: 1), second: .init(count: 1, wte: 0.5)))
        #expect(PostSplitRule.split(roleWTE: 0.33) == .init(first: nil, second: .init(count: 1, wte: 0.33)))
        #expect(PostSplitRule.split(roleWTE: 1, headcount: 2) == .init(first: .init(count: 2, wte: 0.5)))
        #expect(PostSplitRule.split(roleWTE: .nan) == .init())
        let rates = OnCostFixtures.nhsEngland2025
        let role = EmployerOnCostRule.RoleInput(wte: 2.5, annualSalaryGBP: 46_580, rates: rates)
        let unrounded = EmployerOnCostRule.roleCostGBP(role)
        #expect(abs(unrounded.totalGBP - EmployerOnCostRule.roleCost(role).total.total.gbp) < 0.05)
        #expect(unrounded.boundGBP == unrounded.totalGBP)
    }
}
