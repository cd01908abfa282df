import PIPlannerModel

extension PlanHTMLSections {
    /// Text with `**bold**` marks (the shared `RecruitmentText` sentences) as escaped markup with `<strong>`.
    static func marked(_ text: String) -> Markup {
        let parts = text.components(separatedBy: "**")
        return Markup(joining: parts.enumerated().map { index, part in index % 2 == 1 ? H.strong(part) : "\(part)" })
    }

    /// The summary's recruitment item: the budget or target headline, first.
    static func recruitmentSummary(_ p: AreaPlan) -> (headline: Markup?, need: Markup) {
        (RecruitmentText.headline(p).map(marked), marked(RecruitmentText.need(p)))
    }

    /// The recruitment section: the phasing, the rounding to posts and the table of posts to recruit (Methodology §3.8).
    static func recruitment(_ p: AreaPlan) -> Markup {
        let header = PlanRecruitmentTable.header(p)
        var table = HTMLTable(label: header[0], numberColumns: Array(header.dropFirst()))
        let rows = PlanRecruitmentTable.rows(p)
        for (index, row) in rows.enumerated() {
            table.rows.append(.init(row, isTotal: index == rows.count - 1))
        }
        var m = H.heading(3, "Recruitment")
        m += H.paragraph(
            marked(
                "Phasing: \(p.input.recruitment.phasing.summary) (\(p.input.recruitment.phasingSource)). " + RecruitmentText.rounding(p)))
        m += table.render()
        m += H.paragraph(marked(RecruitmentText.workforce(p) + " " + RecruitmentText.need(p)))
        if let spare = RecruitmentText.spareCapacity(p) { m += H.paragraph(marked(spare)) }
        return m
    }
}
