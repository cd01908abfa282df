/// The audit-trail pieces of the employer on-cost method, shared by area plans and rollouts: a role's step (its
/// posts, each post's pay and on-costs, the rules' figures with their sources), a year's rule figures, and the text
/// of a breakdown. It computes nothing. Citation: Methodology §4.2.
public enum EmployerOnCostAudit {
    /// The formula of a role's step.
    public static let roleFormula =
        "each post: pay = annual salary × post WTE; employer NI = NI rate × max(0, pay − secondary threshold); pension, levy "
        + "and other = each rate × pay; each rounded to the penny; summed over the posts"

    /// The formula of a year's step: the pay-year salaries grown by pay growth, costed at `taxYear`'s rules.
    public static func yearFormula(_ taxYear: FinancialYear) -> String {
        "Σ over roles and posts at \(taxYear)'s employer on-cost rules: pay = annual salary × (1 + pay growth)^years × post WTE, "
            + "plus employer NI, pension, levy and other on-costs as at the pay year"
    }

    /// One role's step: `id`, `title`, its salary, WTE (`wte`, with its source), posts and rates; the result is the
    /// role's cost, and the unit lists each post's figures.
    public static func roleStep(
        id: String, title: String, role: StaffRole, wte: Figure, cost: EmployerOnCostRule.RoleCost,
        resolved: EmployerOnCostRatesRule.Resolved
    ) -> AuditStep {
        var salary = role.annualSalaryGBP
        salary.id = "salary \(role.id) (\(role.band.map { "band \($0)" } ?? "no band"))"
        let posts = Figure(
            id: "posts", value: Double(cost.postCount), unit: "posts: " + cost.posts.map { postText($0.posts) }.joined(separator: ", "),
            source: role.headcount == nil ? "posts of at most 1.0 WTE (Methodology §4.2)" : "config headcount",
            basis: role.headcount == nil ? .assumption : .config)
        let each = cost.posts.map { "\(postText($0.posts)): pay \(NumberFormat.gbpPence($0.each.salary)), " + onCostText($0.each) }
        return AuditStep(
            id: id, title: title, formula: roleFormula, inputs: [salary, wte, posts] + resolved.figures, result: cost.total.total.gbp,
            resultUnit: "GBP a year; each post " + each.joined(separator: "; "))
    }

    /// The figures of `year`'s rates across every role, each once; a figure carried forward from an earlier year is
    /// marked an assumption with its derivation.
    public static func yearFigures(_ year: EmployerOnCosts.Year) -> [Figure] {
        var figures: [Figure] = []
        for resolved in year.roleRates {
            for var figure in resolved.figures where !figures.contains(where: { $0.id == figure.id }) {
                if let carried = year.rules.carriedForward.first(where: { $0.figure.id == figure.id }) {
                    figure.basis = .assumption
                    figure.derivation = "\(carried.taxYear)'s figure carried forward to \(year.taxYear) (the last shipped year's)"
                }
                figures.append(figure)
            }
        }
        return figures
    }

    /// "salaries £284,290.66 + employer NI £38,143.60 + pension £40,881.00 + levy £227.43 + other £0.00".
    public static func parts(_ b: OnCostBreakdown) -> String {
        "salaries \(NumberFormat.gbpPence(b.salary)) + " + onCostText(b, joiner: " + ")
    }

    /// "employer NI £7,456.50, pension £7,867.30, levy £43.77, other £0.00".
    public static func onCostText(_ b: OnCostBreakdown, joiner: String = ", ") -> String {
        [
            "employer NI \(NumberFormat.gbpPence(b.employerNI))", "pension \(NumberFormat.gbpPence(b.employerPension))",
            "levy \(NumberFormat.gbpPence(b.pensionLevy))", "other \(NumberFormat.gbpPence(b.other))",
        ].joined(separator: joiner)
    }

    /// "1 × 0.33 WTE".
    public static func postText(_ group: PostSplitRule.PostGroup) -> String { "\(group.count) × \(NumberFormat.fixed(group.wte, 2)) WTE" }
}
