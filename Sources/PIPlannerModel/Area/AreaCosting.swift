/// The money of planning one area, to the penny: one team's salary bill and labour, each plan year's cost lines and
/// cost per baby seen, and what each funder pays and is attributed (Methodology §4–§5).
///
/// Made from ``AreaQuantities`` by rounding as the rules do. Flat on-costs: one team's labour is rounded, uplifted by
/// pay growth and rounded again (`PayGrowthRule`). Employer on-costs: each post's pay and on-costs are rounded once
/// (`EmployerOnCostRule`) and added. Then each cost line is rounded (`AnnualCostRule`). Make it only when the
/// quantities' ``AreaQuantities/moneyScale`` fits: otherwise converting pounds to pence traps.
public struct AreaCosting: Sendable {
    /// One plan year's money.
    public struct Year: Sendable, Equatable {
        /// One team's labour in this year.
        public var labourPerTeamGBP: Money
        /// That labour as salaries and each on-cost (the flat method's on-cost is `other`); its total is
        /// `labourPerTeamGBP`.
        public var labour: OnCostBreakdown
        /// Labour of existing and new teams and training.
        public var cost: AnnualCostRule.YearCost
        /// This year's cost over its babies seen; nil when no baby is seen.
        public var costPerBabySeenGBP: Money?
    }

    /// What one funder pays and what its money is attributed, in the order of the area's funding.
    public struct Funder: Sendable, Equatable {
        /// One contribution a plan year.
        public var contributionsGBP: [Money]
        /// Share of the plan's whole cost this funder pays; nil when the cost is zero.
        public var shareOfTotalCost: Double?
        /// Babies seen over the plan attributed to this funder, pro rata to its share; nil when the cost is zero.
        public var babiesSeenAttributed: Double?
    }

    /// Basic salary bill of one team at pay-scale prices.
    public var salaryBillPerTeamGBP: Money
    /// Labour of one team with on-costs at pay-scale prices.
    public var labourPerTeamAtPayYearGBP: Money
    /// That labour as salaries and each on-cost (the flat method's on-cost is `other`).
    public var labourPerTeamAtPayYear: OnCostBreakdown
    /// Each role's posts and their on-costs at pay-scale prices, in the staffing model's order; empty under the
    /// flat method.
    public var roleCostsAtPayYear: [EmployerOnCostRule.RoleCost]
    /// One entry a plan year, in order.
    public var years: [Year]
    /// One entry a funder, in the order of the area's funding.
    public var funders: [Funder]
    /// Each year's cost less its contributions (negative when over-funded).
    public var unfundedGBP: [Money]

    /// Rounds `quantities`, the quantities of `area` under assumptions `a`, to the penny.
    public init(_ area: AreaInput, assumptions a: PlanAssumptions, quantities q: AreaQuantities) {
        salaryBillPerTeamGBP = Money(gbp: q.salaryBillPerTeamGBP)
        let labour = Self.labour(area, a, q)
        labourPerTeamAtPayYear = labour.atPayYear
        labourPerTeamAtPayYearGBP = labour.atPayYear.total
        roleCostsAtPayYear = labour.roles
        let trainingFirstYear = Money(gbp: a.trainingFirstYearGBP.value)
        let trainingSecondYear = Money(gbp: a.trainingSecondYearGBP.value)
        years = zip(q.years, labour.years).map { pair in
            let (year, labour) = pair
            let cost = AnnualCostRule.cost(
                labourPerTeamThisYear: labour.total, existingTeams: q.existingTeams, cohort: year.cohort,
                teamsStartedLastYear: year.teamsStartedLastYear, firstYearLabourFraction: a.firstYearLabourFraction.value,
                trainingFirstYearGBP: trainingFirstYear, trainingSecondYearGBP: trainingSecondYear)
            return Year(
                labourPerTeamGBP: labour.total, labour: labour, cost: cost,
                costPerBabySeenGBP: CostPerBabyRule.costPerBaby(total: cost.totalGBP, babiesSeen: year.babiesSeen))
        }
        let totals = years.map(\.cost.totalGBP)
        let contributions = FundingRule.contributions(funding: area.funding, totals: totals)
        unfundedGBP = FundingRule.unfunded(totals: totals, contributions: contributions)
        funders = contributions.map { paid in
            let share = FundingRule.shareOfTotalCost(contributions: paid, totals: totals)
            return Funder(
                contributionsGBP: paid, shareOfTotalCost: share,
                babiesSeenAttributed: share.map { FundingRule.babiesAttributed(shareOfTotalCost: $0, babiesSeen: q.totalBabiesSeen) })
        }
    }

    /// One team's labour at the pay year (with each role's posts under the employer method) and in each plan year
    /// (`TeamLabourSchedule`, the draw loop's too).
    private static func labour(_ area: AreaInput, _ a: PlanAssumptions, _ q: AreaQuantities) -> (
        atPayYear: OnCostBreakdown, roles: [EmployerOnCostRule.RoleCost], years: [OnCostBreakdown]
    ) {
        let schedule = TeamLabourSchedule(area)
        // The quantities' money scale fits (the caller checked), so every year's labour is held.
        let years = q.years.indices.map {
            schedule.labour(year: $0, payGrowthRate: a.payGrowthRate.value, onCostRate: a.onCostRate.value) ?? .zero
        }
        guard let employer = area.onCosts.employer else {
            // The rounding `TeamLabourCostRule.labourCost` makes; the flat on-cost is `other`.
            let base = Money(gbp: q.labourPerTeamAtPayYearGBP)
            let salaries = Money(gbp: q.salaryBillPerTeamGBP)
            return (OnCostBreakdown(salary: salaries, employerNI: .zero, employerPension: .zero, other: base - salaries), [], years)
        }
        let atPay = employer.roleCosts(area.staffing.roles, year: employer.payYear, payFactor: 1)
        return (atPay.map(\.total).sum(), atPay, years)
    }

    /// Total cost of each plan year.
    public var annualCostGBP: [Money] { years.map(\.cost.totalGBP) }
    /// Total cost over the plan years.
    public var totalCostGBP: Money { annualCostGBP.sum() }
}
