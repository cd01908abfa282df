import PIPlannerModel

/// Funding and outcomes, risks and the audit trail of one area.
extension PlanHTMLSections {
    static func funding(_ p: AreaPlan, reference: ReferenceData, prefix: String) -> Markup {
        var m = H.heading(3, "Funding and outcomes")
        let chart = PlanHTMLCharts.funding(p, prefix: prefix)
        if p.funding.isEmpty {
            m += H.paragraph("No funding given.") + H.figure(chart)
        } else {
            var table = HTMLTable(columns: [.init("Funder", .left), .init("Basis", .left)] + p.years.map { .init($0.label) })
            for line in p.funding {
                let basis: String
                switch line.funding.contribution {
                case .share(let s): basis = "\(NumberFormat.percent(s)) of cost"
                case .amounts: basis = "fixed amount"
                }
                table.rows.append(.init([line.funding.name, basis] + line.contributionsGBP.map(NumberFormat.gbp)))
            }
            table.rows.append(.init(["Unfunded", ""] + p.unfundedGBP.map(NumberFormat.gbp), isTotal: true))
            m += H.figure(chart, table: table.render())
            m += H.paragraph(
                "What each funder gets for its money (babies attributed pro rata to its share of the cost) and the outcomes its money is tied to:"
            )
            m += H.list(p.funding.map { funderGets($0, plan: p) })
        }
        m += H.paragraph("System-level theory of change (\(reference.theoryOfChangeCitation.text)):")
        m += H.list(reference.theoryOfChange.map { "\(H.strong($0.name)): \($0.outcomes.joined(separator: "; "))." })
        return m
    }

    static func funderGets(_ line: AreaPlan.FundingLine, plan p: AreaPlan) -> Markup {
        var gets = "\(NumberFormat.gbp(line.totalContributionGBP)) over \(plural(p.years.count, "year"))"
        if let share = line.shareOfTotalCost, let babies = line.babiesSeenAttributed {
            gets +=
                " (\(NumberFormat.percent(share)) of the cost), about \(NumberFormat.number(babies)) of the \(NumberFormat.number(p.totalBabiesSeen)) babies seen"
        }
        let outcomes =
            line.funding.outcomes.isEmpty
            ? "none listed in the sources; agree them locally." : line.funding.outcomes.joined(separator: "; ") + "."
        return "\(H.strong(line.funding.name)): \(gets). Outcomes: \(outcomes) (\(H.emphasis(line.funding.outcomesSource)))"
    }

    static func risks(_ p: AreaPlan) -> Markup {
        HTMLReportSections.findings(p.findings, heading: "Risks", level: 3, none: "None found.")
    }

    /// The numbered audit steps, as in the Markdown report, collapsed on screen and printed in full.
    static func audit(_ p: AreaPlan) -> Markup { HTMLReportSections.audit(p.audit, level: 3) }
}
