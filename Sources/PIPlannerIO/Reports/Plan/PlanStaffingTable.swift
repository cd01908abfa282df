import PIPlannerModel

/// The staffing and labour tables of the plan's Markdown: the roles with their posts and each post's on-costs, and
/// one team's labour by year broken into salaries, employer NI, pension and other on-costs (Methodology §4.2).
enum PlanStaffingTable {
    /// Roles, bands, WTE and salaries under the flat method.
    static func flat(_ p: AreaPlan) -> String {
        var md = "| Role | Band | WTE a team | Required WTE | Salary per WTE (\(p.payYearLabel)) |\n| --- | --- | ---: | ---: | ---: |\n"
        for r in p.roles {
            md += ReportText.row(
                [
                    ReportText.cell(r.role.title), ReportText.cell(band(r.role)), NumberFormat.trimmed(r.role.wtePerTeam, 2),
                    NumberFormat.number(r.requiredWTE, 2), NumberFormat.gbp(Money(gbp: r.role.annualSalaryGBP.value)),
                ])
        }
        return md + "| **Total** | | **\(NumberFormat.trimmed(p.teamWTE, 2))** | **\(NumberFormat.number(p.requiredWTE, 2))** | |\n\n"
    }

    /// Roles with their employer, posts and each post's pay, employer NI and pension (with its levy) at the pay year.
    static func employer(_ p: AreaPlan) -> String {
        let types = p.input.onCosts.employer?.roleEmployerTypes ?? []
        var md =
            "| Role | Band | WTE a team | Required WTE | Salary per WTE (\(p.payYearLabel)) | Employer | Posts a team | Pay per post | Employer NI per post | Pension per post | Role's labour |\n"
        md += "| --- | --- | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: |\n"
        for (index, r) in p.roles.enumerated() {
            let cost = index < p.roleCostsAtPayYear.count ? p.roleCostsAtPayYear[index] : nil
            let posts = cost?.posts ?? []
            md += ReportText.row(
                [
                    ReportText.cell(r.role.title), ReportText.cell(band(r.role)), NumberFormat.trimmed(r.role.wtePerTeam, 2),
                    NumberFormat.number(r.requiredWTE, 2), NumberFormat.gbp(Money(gbp: r.role.annualSalaryGBP.value)),
                    index < types.count ? types[index].rawValue : "—",
                    posts.map { EmployerOnCostAudit.postText($0.posts) }.joined(separator: "; ")
                        + (r.role.headcount == nil ? "" : " (headcount)"),
                    posts.map { NumberFormat.gbp($0.each.salary) }.joined(separator: "; "),
                    posts.map { NumberFormat.gbp($0.each.employerNI) }.joined(separator: "; "),
                    posts.map { NumberFormat.gbp($0.each.pensionWithLevy) }.joined(separator: "; "),
                    cost.map { NumberFormat.gbp($0.total.total) } ?? "—",
                ])
        }
        let count = p.roleCostsAtPayYear.reduce(0) { $0 + $1.postCount }
        md +=
            "| **Total** | | **\(NumberFormat.trimmed(p.teamWTE, 2))** | **\(NumberFormat.number(p.requiredWTE, 2))** | | | **\(count) posts** | | | | **\(NumberFormat.gbp(p.labourPerTeamAtPayYearGBP))** |\n\n"
        md +=
            "Posts: employer NI is due per person above the secondary threshold, so each role's WTE is costed as posts of at most 1.0 WTE unless the config gives a headcount (Methodology §4.2). Pension includes the scheme's administration levy where one applies.\n\n"
        return md
    }

    /// One team's labour at the pay year, and under the employer method in each plan year, by part.
    static func labourByYear(_ p: AreaPlan) -> String {
        let a = p.assumptions
        let growth = NumberFormat.trimmedPercent(a.payGrowthRate.value)
        guard let employer = p.input.onCosts.employer else {
            return
                "One team's labour at \(p.payYearLabel) pay: \(ReportText.labourParts(p)) = **\(NumberFormat.gbp(p.labourPerTeamAtPayYearGBP))** a year, then +\(growth) a year.\n\n"
        }
        var md =
            "One team's labour at \(p.payYearLabel) pay, on-costs by \(ReportText.onCostMethod(p)) at \(employer.payYear.taxYear)'s rules: \(ReportText.labourParts(p)) = **\(NumberFormat.gbp(p.labourPerTeamAtPayYearGBP))** a year. Each plan year's salaries grow +\(growth) a year and are costed with that year's rules:\n\n"
        md +=
            "| Year | Tax-year rules | Salaries | Employer NI | Pension | Other | **Labour per team** |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n"
        for (index, y) in p.years.enumerated() {
            let year = employer.planYear(index)
            let from = year.rules.carriedForward.map(\.taxYear).max()
            let rules = from.map { "\($0)'s, carried forward" } ?? year.taxYear.label
            let b = y.labour
            md += ReportText.row(
                [
                    y.label, rules, NumberFormat.gbp(b.salary), NumberFormat.gbp(b.employerNI), NumberFormat.gbp(b.pensionWithLevy),
                    NumberFormat.gbp(b.other), "**\(NumberFormat.gbp(b.total))**",
                ])
        }
        return md + "\n"
    }

    static func band(_ role: StaffRole) -> String { (role.band ?? "—") + (role.bandBasis == .config ? " (config)" : "") }
}
