import PIPlannerModel

/// The sections of one area in the HTML plan, with the Markdown report's wording and numbers (`NumberFormat`).
enum PlanHTMLSections {
    typealias H = HTMLDocument

    static func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    static func summary(_ p: AreaPlan) -> Markup {
        let method = p.recommendedMethod
        let other = method == .need ? p.coverageTeams : p.needTeams
        let costs = zip(p.years, p.annualCostGBP).map { "\($0.label) \(NumberFormat.gbp($1))" }.joined(separator: "; ")
        let perBaby = p.costPerBabySeenGBP.map { ", \(NumberFormat.gbp($0)) per baby seen" } ?? ""
        let warnings = p.findings.filter { $0.severity == .warning }.count
        let recruitment = recruitmentSummary(p)
        var items: [Markup] = [
            """
            \(H.strong("\(NumberFormat.number(p.births)) births a year")); area prevalence of disorganised attachment \
            \(H.strong(NumberFormat.percent(p.prevalence))) (\(p.combination.rawValue) rule) gives \
            \(H.strong("\(NumberFormat.number(p.infantsAtRisk)) infants at risk")) and a specialist caseload of \
            \(H.strong("\(NumberFormat.number(p.specialistCaseload)) babies a year")).
            """,
            """
            Recommended: \(H.strong("\(NumberFormat.number(p.recommendedTeams, 2)) teams")) by the \(method.rawValue) method (the \
            \(method == .need ? "coverage" : "need") method gives \(NumberFormat.number(other, 2))), \
            \(H.strong("\(NumberFormat.number(p.requiredWTE, 2)) WTE")) of the \(p.staffing.name) (\(NumberFormat.number(p.teamWTE, 2)) WTE a team).
            """,
            // Kept short so that the first chart stays on the first screen; the recruitment section has the rest.
            """
            Existing workforce \(NumberFormat.number(p.existingWTE, 2)) WTE; \(H.strong("gap \(NumberFormat.number(p.gapWTE, 2)) WTE")), \
            \(NumberFormat.number(p.costedWTE, 2)) WTE costed (roles rounded up to posts).
            """,
            "Cost: \(costs); \(H.strong("\(NumberFormat.gbp(p.totalCostGBP)) over \(plural(p.years.count, "year"))"))\(perBaby).",
            """
            Funding: \(plural(p.funding.count, "funder")); unfunded over the plan \(H.strong(NumberFormat.gbp(p.unfundedGBP.sum()))).
            """,
            "\(plural(warnings, "warning")) and \(plural(p.findings.count - warnings, "note")) (see Risks).",
        ]
        if let headline = recruitment.headline { items.insert(headline, at: 0) }
        return H.heading(3, "Summary") + H.list(items)
    }

    static func need(_ p: AreaPlan) -> Markup {
        var steps = HTMLTable(label: "Step", numberColumns: ["Value"])
        steps.rows = [
            .init(["Population", NumberFormat.number(p.population)]),
            .init(["Births a year", "\(NumberFormat.number(p.births)) (\(NumberFormat.number(p.birthRatePer1000, 1)) per 1,000)"]),
            .init(["Baseline prevalence", NumberFormat.percent(p.assumptions.baselinePrevalence.value)]),
            .init(["Area prevalence (\(p.combination.rawValue))", NumberFormat.percent(p.prevalence, 2)]),
            .init(["Infants at risk a year", NumberFormat.number(p.infantsAtRisk, 1)]),
            .init(["Specialist share", NumberFormat.trimmed(p.assumptions.specialistShare.value, 4)]),
            .init(["Specialist caseload a year", NumberFormat.number(p.specialistCaseload, 1)]),
        ]
        var m = H.heading(3, "Need") + steps.render()
        guard !p.input.riskGroups.isEmpty else { return m }
        m += H.paragraph(
            """
            Risk groups (share of births, prevalence, multiplier over baseline, share counted in this group under the \
            \(p.combination.rawValue) rule):
            """)
        var groups = HTMLTable(
            columns: [
                .init("Group", .left), .init("Share"), .init("Prevalence"), .init("Multiplier"), .init("Counted share"),
                .init("Source of share", .left), .init("Source of prevalence", .left),
            ])
        for g in p.input.riskGroups {
            let counted = p.prevalenceBreakdown.groups.first { $0.id == g.id }?.effectiveShare ?? 0
            let multiplier = AreaPrevalenceRule.multiplier(prevalence: g.prevalence.value, baseline: p.assumptions.baselinePrevalence.value)
            groups.rows.append(
                .init([
                    g.id, NumberFormat.percent(g.share.value), NumberFormat.percent(g.prevalence.value), NumberFormat.number(multiplier, 2),
                    NumberFormat.percent(counted, 2),
                    g.share.source, g.prevalence.source,
                ]))
        }
        return m + groups.render()
    }

    static func workforce(_ p: AreaPlan, prefix: String) -> Markup {
        let method = p.recommendedMethod
        let range = p.needTeamsAtPrevalenceRange
        var methods = HTMLTable(label: "Method", numberColumns: ["Teams", "WTE", "Teams across the prevalence range"])
        methods.rows = [
            .init(
                [
                    "Coverage (population ÷ \(NumberFormat.number(p.assumptions.referencePopulation.value)))",
                    NumberFormat.number(p.coverageTeams, 2),
                    NumberFormat.number(p.coverageTeams * p.teamWTE, 2), "—",
                ], isHighlighted: method == .coverage),
            .init(
                [
                    "Need (caseload ÷ \(NumberFormat.number(p.assumptions.babiesSeenPerTeamPerYear.value)) babies a team)",
                    NumberFormat.number(p.needTeams, 2),
                    NumberFormat.number(p.needTeams * p.teamWTE, 2),
                    "\(NumberFormat.number(range.lowTeams, 2))–\(NumberFormat.number(range.highTeams, 2))",
                ], isHighlighted: method == .need),
        ]
        var m = H.heading(3, "Workforce") + H.figure(PlanHTMLCharts.teamsByMethod(p, prefix: prefix), table: methods.render())
        m += H.paragraph(
            """
            Sensitivity: at the ends of the published prevalence range for children generally (\(NumberFormat.percent(range.lowPrevalence, 0))–\
            \(NumberFormat.percent(range.highPrevalence, 0)), \(p.assumptions.prevalenceRangeLow.source)), the need method would give \
            \(NumberFormat.number(range.lowTeams, 2))–\(NumberFormat.number(range.highTeams, 2)) teams (\(NumberFormat.number(range.lowTeams * p.teamWTE, 2))–\
            \(NumberFormat.number(range.highTeams * p.teamWTE, 2)) WTE); this area's \(NumberFormat.percent(p.prevalence, 2)) gives \
            \(NumberFormat.number(p.needTeams, 2)).
            """)
        let why =
            method == .need
            ? "It follows the area's births and risk profile; with the calibrated specialist share it equals the coverage method for a baseline-risk area."
            : "It follows the published one-team-per-280,000 ratio (002)."
        m += H.paragraph("Recommended: the \(H.strong(method.rawValue)) method (chosen by \(p.input.sizingMethodSource)). \(why)")
        m += H.paragraph("Staffing model: \(p.staffing.name) — \(p.staffing.source).")
        m += H.figure(PlanHTMLCharts.workforceByRole(p, prefix: prefix), table: roles(p))
        m += H.paragraph("Existing \(NumberFormat.number(p.existingWTE, 2)) WTE; gap \(NumberFormat.number(p.gapWTE, 2)) WTE.")
        return m
    }

    static func roles(_ p: AreaPlan) -> Markup {
        var table = HTMLTable(
            columns: [
                .init("Role", .left), .init("Band", .left), .init("WTE a team"), .init("Required WTE"),
                .init("Salary per WTE (\(p.payYearLabel))"),
            ])
        for r in p.roles {
            let band = (r.role.band ?? "—") + (r.role.bandBasis == .config ? " (config)" : "")
            table.rows.append(
                .init([
                    r.role.title, band, NumberFormat.trimmed(r.role.wtePerTeam, 2), NumberFormat.number(r.requiredWTE, 2),
                    NumberFormat.gbp(Money(gbp: r.role.annualSalaryGBP.value)),
                ]))
        }
        table.rows.append(
            .init(["Total", "", NumberFormat.trimmed(p.teamWTE, 2), NumberFormat.number(p.requiredWTE, 2), ""], isTotal: true))
        return table.render()
    }

    /// One team's labour: salaries, on-costs and pay growth. The seam for the employer on-costs work: its labour
    /// breakdown (employer National Insurance, pension, apprenticeship levy by role) replaces this paragraph, as it
    /// does the Markdown report's, and the cost section around it stays as it is.
    static func labourPerTeam(_ p: AreaPlan) -> Markup {
        let a = p.assumptions
        return H.paragraph(
            """
            One team's labour at \(p.payYearLabel) pay: \(ReportText.labourParts(p)) = \
            \(H.strong(NumberFormat.gbp(p.labourPerTeamAtPayYearGBP))) a year, on-costs by \(ReportText.onCostMethod(p)); pay then grows \
            +\(NumberFormat.percent(a.payGrowthRate.value, 0)) a year.
            """)
    }

    static func cost(_ p: AreaPlan, prefix: String) -> Markup {
        var table = HTMLTable(
            label: "Year",
            numberColumns: [
                "Labour, existing", "Labour, new", "Training", "Total", "Babies seen", "Share seen", "Need not met",
            ])
        for y in p.years {
            table.rows.append(
                .init([
                    y.label, NumberFormat.gbp(y.cost.labourExistingGBP),
                    NumberFormat.gbp(y.cost.labourNewGBP), NumberFormat.gbp(y.cost.trainingGBP), NumberFormat.gbp(y.cost.totalGBP),
                    NumberFormat.number(y.babiesSeen), y.shareOfCaseloadSeen.map { NumberFormat.percent($0) } ?? "—",
                    NumberFormat.number(y.needNotMet),
                ]))
        }
        table.rows.append(
            .init(
                [
                    "Total", "", "", "", NumberFormat.gbp(p.totalCostGBP),
                    NumberFormat.number(p.totalBabiesSeen), p.shareOfCaseloadSeenOverPlan.map { NumberFormat.percent($0) } ?? "—",
                    NumberFormat.number(p.totalNeedNotMet),
                ], isTotal: true))
        let a = p.assumptions
        var m = H.heading(3, "Cost by year") + labourPerTeam(p)
        m += H.figure(PlanHTMLCharts.costByYear(p, prefix: prefix), table: table.render())
        m += H.paragraph(
            """
            New teams cost \(NumberFormat.percent(a.firstYearLabourFraction.value, 0)) of a year's labour and \
            \(NumberFormat.gbpPence(Money(gbp: a.trainingFirstYearGBP.value))) training a team in their first year, and \
            \(NumberFormat.gbpPence(Money(gbp: a.trainingSecondYearGBP.value))) training in their second (002). Not included: \
            pre-qualification training, premises and other non-pay costs.
            """)
        let note: Markup =
            "The line is the specialist caseload a year (the need); the bars are the babies the teams see as the phased workforce grows, never more than the caseload. The gap is the need not met that year: babies are in scope from conception to age two, so it is not carried into the next."
        m += H.figure(PlanHTMLCharts.caseloadAgainstBabiesSeen(p, prefix: prefix), note: note)
        return m
    }
}
