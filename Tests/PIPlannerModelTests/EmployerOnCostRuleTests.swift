import Testing

@testable import PIPlannerModel

@Suite struct EmployerOnCostRuleTests {
    let rates = OnCostFixtures.nhsEngland2025

    /// Pounds rounded half away from zero, as reports print them.
    func pounds(_ money: Money) -> Int64 { (money.pence + (money.pence >= 0 ? 50 : -50)) / 100 }

    @Test func band7PostIn2025() {
        // 2025/26 band 7 top (Year 5+) £54,710, one full-time post, NHS employer in England:
        // NI = 0.15 × (54,710 − 5,000) = 0.15 × 49,710 = 7,456.50 → £7,457
        // pension = 0.1438 × 54,710 = 7,867.298 → £7,867.30; levy = 0.0008 × 54,710 = 43.768 → £43.77
        // pension with levy = 7,911.07 → £7,911; on-costs 15,367.57 = 28.1% of salary, twice 002's 14%.
        let post = EmployerOnCostRule.postCost(annualSalaryGBP: 54_710, postWTE: 1, rates: rates)
        #expect(post.salary == Money(pence: 5_471_000))
        #expect(post.employerNI == Money(pence: 745_650))
        #expect(pounds(post.employerNI) == 7_457)
        #expect(post.employerPension == Money(pence: 786_730))
        #expect(post.pensionLevy == Money(pence: 4_377))
        #expect(pounds(post.pensionWithLevy) == 7_911)
        #expect(post.onCosts == Money(pence: 1_536_757))
        #expect((post.onCosts.gbp / post.salary.gbp * 1_000).rounded() == 281)
    }

    /// Leeds (`Examples/leeds-joint-funded.json`): staffing model `spending-review-2021`, pay 2025/26 at the top of
    /// each band (its `pay.point` is "top"; 284,290.66 and 324,091 are top-point figures, not entry ones), an NHS
    /// employer in England, 2025/26 rules. Post by post (NI = 0.15 × (pay − 5,000); pension 14.38%; levy 0.08%):
    ///
    /// | role | band | WTE | posts | salary | pay | NI | pension | levy |
    /// | cluster lead | 8c | 0.33 | 1 × 0.33 | 88,682 | 29,265.06 | 3,639.76 (3,639.759) | 4,208.32 | 23.41 |
    /// | locality lead | 8b | 1 | 1 × 1.0 | 74,896 | 74,896.00 | 10,484.40 | 10,770.04 | 59.92 |
    /// | health visitor | 7 | 1 | 1 × 1.0 | 54,710 | 54,710.00 | 7,456.50 | 7,867.30 | 43.77 |
    /// | midwife | 7 | 1 | 1 × 1.0 | 54,710 | 54,710.00 | 7,456.50 | 7,867.30 | 43.77 |
    /// | social worker | 6 | 1 | 1 × 1.0 | 46,580 | 46,580.00 | 6,237.00 | 6,698.20 | 37.26 |
    /// | administrator | 4 | 0.8 | 1 × 0.8 | 30,162 | 24,129.60 | 2,869.44 | 3,469.84 | 19.30 |
    /// | team | | 5.13 | 6 | | 284,290.66 | 38,143.60 | 40,881.00 | 227.43 |
    ///
    /// Pension with levy 41,108.43; total 284,290.66 + 38,143.60 + 40,881.00 + 227.43 = 363,542.69 → £363,543
    /// (salaries £284,291 + NI £38,144 + pension £41,108), not the flat method's 284,290.66 × 1.14 = £324,091.
    static let leedsRoles: [(band: String, wte: Double, salary: Double)] = [
        ("8c", 0.33, 88_682), ("8b", 1, 74_896), ("7", 1, 54_710), ("7", 1, 54_710), ("6", 1, 46_580), ("4", 0.8, 30_162),
    ]

    @Test func leedsTeamPostByPost() {
        let roles = Self.leedsRoles.map { EmployerOnCostRule.RoleInput(wte: $0.wte, annualSalaryGBP: $0.salary, rates: rates) }
        let costs = roles.map(EmployerOnCostRule.roleCost)
        #expect(costs.map(\.postCount) == [1, 1, 1, 1, 1, 1])
        #expect(costs.map(\.total.employerNI.pence) == [363_976, 1_048_440, 745_650, 745_650, 623_700, 286_944])
        #expect(costs.map(\.total.employerPension.pence) == [420_832, 1_077_004, 786_730, 786_730, 669_820, 346_984])
        #expect(costs.map(\.total.pensionLevy.pence) == [2_341, 5_992, 4_377, 4_377, 3_726, 1_930])

        let team = EmployerOnCostRule.teamCost(roles)
        #expect(team.salary == Money(pence: 28_429_066))
        #expect(team.employerNI == Money(pence: 3_814_360))
        #expect(team.employerPension == Money(pence: 4_088_100))
        #expect(team.pensionLevy == Money(pence: 22_743))
        #expect(team.other == .zero)
        #expect(team.total == Money(pence: 36_354_269))
        #expect([team.salary, team.employerNI, team.pensionWithLevy, team.total].map(pounds) == [284_291, 38_144, 41_108, 363_543])
        let flat = TeamLabourCostRule.labourCost(roles: Self.leedsRoles.map { ($0.wte, $0.salary) }, onCostRate: 0.14)
        #expect(pounds(flat) == 324_091)
    }

    @Test func theThresholdIsPerPerson() {
        // 1.0 WTE band 7 as two half-time people: each pays NI on 27,355 − 5,000 = 22,355 → 3,353.25;
        // 6,706.50 in all, £750 less than one full-time post's 7,456.50 (one more threshold). Pension is unchanged.
        let shared = EmployerOnCostRule.roleCost(.init(wte: 1, annualSalaryGBP: 54_710, headcount: 2, rates: rates))
        #expect(shared.postCount == 2)
        #expect(shared.total.employerNI == Money(pence: 670_650))
        #expect(shared.total.employerPension == Money(pence: 786_730))
        // Pay below the threshold pays no NI: 0.1 WTE × 38,682 = 3,868.20 < 5,000.
        #expect(EmployerOnCostRule.postCost(annualSalaryGBP: 38_682, postWTE: 0.1, rates: rates).employerNI == .zero)
    }

    @Test func aRoleOfSeveralPostsSumsThem() {
        // 2.5 WTE band 6: posts 1.0, 1.0, 0.5; NI 6,237 + 6,237 + 0.15 × (23,290 − 5,000) = 2,743.50 → 15,217.50.
        let role = EmployerOnCostRule.roleCost(.init(wte: 2.5, annualSalaryGBP: 46_580, rates: rates))
        #expect(role.posts.map(\.posts) == [.init(count: 2, wte: 1), .init(count: 1, wte: 0.5)])
        #expect(role.total.salary == Money(pence: 11_645_000))
        #expect(role.total.employerNI == Money(pence: 1_521_750))
    }

    @Test func otherOnCostsAndNoLevy() {
        // A local authority at a config's 0.2 pension rate, no levy, and a 0.005 apprenticeship levy as "other":
        // 40,000: NI 0.15 × 35,000 = 5,250; pension 8,000; other 200; total 53,450.
        let la = EmployerOnCostRates(niRate: 0.15, niSecondaryThresholdGBP: 5_000, employerPensionRate: 0.2, otherRate: 0.005)
        let post = EmployerOnCostRule.postCost(annualSalaryGBP: 40_000, postWTE: 1, rates: la)
        #expect(
            post
                == OnCostBreakdown(
                    salary: Money(gbp: 40_000), employerNI: Money(gbp: 5_250), employerPension: Money(gbp: 8_000), other: Money(gbp: 200)))
        #expect(post.total == Money(gbp: 53_450))
    }
}
