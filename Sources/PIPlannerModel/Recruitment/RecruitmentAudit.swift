/// The audit steps of a budget or target solved for (Methodology §3.9, §3.10).
public enum RecruitmentAudit {
    /// The budget's or target's step; none for a plan of the recommended workforce.
    public static func goalSteps(_ p: AreaPlan) -> [AuditStep] {
        let source = p.input.recruitment.goalSource
        let basis: Basis = source.hasPrefix("config") ? .config : .assumption
        var steps: [AuditStep] = []
        if let b = p.budget {
            let budgets = zip(p.years, b.budgetGBP).map { year, amount in
                Figure(id: "budget[\(year.label)]", value: amount.gbp, unit: "GBP in \(year.label)", source: source, basis: basis)
            }
            steps.append(
                AuditStep(
                    id: "budget", title: "Largest phased workforce within the budget",
                    formula:
                        "max new WTE = j × hiring increment ≤ WTE to recruit such that every plan year's cost (labour of existing and new teams, training) ≤ that year's budget, by halving search",
                    inputs: budgets + [
                        Figure(id: "stepWTE", value: b.stepWTE, unit: "WTE a step", source: "hiring increment", basis: .assumption),
                        Figure(
                            id: "recommendedNewWTE", value: b.recommendedNewWTE, unit: "WTE to recruit", source: "step: costedGapWTE",
                            basis: .derived),
                    ], result: b.buysNothing || b.existingOverBudgetYearIndex != nil ? 0 : b.affordableNewWTE,
                    resultUnit: "new WTE the budget pays for"))
        }
        if let t = p.target {
            steps.append(
                AuditStep(
                    id: "target", title: "Cheapest phasing reaching the target",
                    formula:
                        "needed team-equivalents = max(0, share × caseload ÷ babies a team a year − existing teams), in WTE rounded up to the increment; filled latest first from the year before the target year, each year at most the cap, the rest starting in the target year at the first-year capacity fraction",
                    inputs: [
                        Figure(
                            id: "shareOfCaseloadSeen", value: t.shareOfCaseloadSeen, unit: "proportion of the caseload", source: source,
                            basis: basis),
                        Figure(
                            id: "byYear", value: Double(t.byYearIndex), unit: "plan year index (\(p.years[t.byYearIndex].label))",
                            source: source,
                            basis: basis),
                        Figure(
                            id: "maxNewWTEPerYear", value: t.maxNewWTEPerYear ?? p.costedGapWTE, unit: "WTE a year",
                            source: t.maxNewWTEPerYear == nil ? "none given: the gap" : source, basis: basis),
                        Figure(
                            id: "specialistCaseload", value: p.specialistCaseload, unit: "babies a year",
                            source: "step: specialistCaseload", basis: .derived),
                    ], result: t.reachable ? t.newWTEByYear.reduce(0, +) : 0,
                    resultUnit: t.reachable
                        ? "new WTE (\(zip(p.years, t.newWTEByYear).map { "\($0.label) \(NumberFormat.fixed($1, 2))" }.joined(separator: ", ")))"
                        : "new WTE: unreachable"))
        }
        return steps
    }
}
