import PIPlannerModel

/// The recruitment table of a plan report: each role's required WTE, rounded up to the hiring increment (the WTE
/// costed), WTE in post, and WTE to recruit in each plan year under the phasing (Methodology §3.8).
enum PlanRecruitmentTable {
    /// The header cells.
    static func header(_ p: AreaPlan) -> [String] {
        ["Role", "Required WTE", "Rounded up (costed)", "In post", "To recruit"] + p.years.map { "\($0.label) recruit" }
    }

    /// One row a role, then the total.
    static func rows(_ p: AreaPlan) -> [[String]] {
        let names = Dictionary(p.staffing.roles.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        var rows = p.posts.map { role -> [String] in
            [
                names[role.roleID] ?? role.roleID, NumberFormat.number(role.unroundedWTE, 2), NumberFormat.number(role.requiredWTE, 2),
                NumberFormat.number(role.inPostWTE, 2), NumberFormat.number(role.toRecruitWTE, 2),
            ] + role.toRecruitByYearWTE.map { NumberFormat.number($0, 2) }
        }
        let sum = { (f: (PostsToRecruitRule.Role) -> Double) in NumberFormat.number(p.posts.reduce(0) { $0 + f($1) }, 2) }
        rows.append(
            [
                "Total", sum(\.unroundedWTE), sum(\.requiredWTE), sum(\.inPostWTE), sum(\.toRecruitWTE),
            ] + p.years.map { NumberFormat.number($0.newWTEStarting, 2) })
        return rows
    }

    /// The Markdown table with its explanation.
    static func markdown(_ p: AreaPlan) -> String {
        var md = "### Recruitment\n\n"
        md += "Phasing: \(p.input.recruitment.phasing.summary) (\(ReportText.text(p.input.recruitment.phasingSource))). "
        md += RecruitmentText.rounding(p) + "\n\n"
        let header = header(p)
        md += ReportText.row(header) + "| --- |" + String(repeating: " ---: |", count: header.count - 1) + "\n"
        let rows = rows(p)
        for (index, row) in rows.enumerated() {
            md += ReportText.row(
                index == rows.count - 1 ? row.map { "**\($0)**" } : row.enumerated().map { $0 == 0 ? ReportText.cell($1) : $1 })
        }
        md +=
            "\nThe total row's years are the phased new WTE costed; a role's years are its share of them, recruited-so-far rounded up to the increment.\n\n"
        if let spare = RecruitmentText.spareCapacity(p) { md += spare + "\n\n" }
        return md
    }
}
