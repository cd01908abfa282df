import PIPlannerModel

/// The sections of the HTML rollout, with the Markdown report's wording and numbers.
enum RolloutHTMLSections {
    typealias H = HTMLDocument

    static func count(_ v: Double) -> String { NumberFormat.trimmed(v, 2) }
    static func teams(_ v: Double) -> String { "\(count(v)) team\(v == 1 ? "" : "s")" }

    static func summary(_ rollout: PlannedRollout) -> Markup {
        let plan = rollout.plan
        var items: [Markup] = []
        if let last = plan.years.last {
            let more: Markup =
                last.teamsComingIntoOperation > 0
                ? ", with \(count(last.teamsComingIntoOperation)) more coming into operation that year" : .empty
            items.append("\(H.strong("\(teams(last.teamsFullyOperating)) fully operating from 1 April \(last.label)"))\(more).")
        }
        if rollout.scheduleKind == .fromAreas, let t = rollout.target, let method = t.method {
            let target: Markup =
                "Target \(teams(t.teams)) from 1 April \(t.fullyOperatingFrom): the \(method.rawValue)-method teams of \(ReportText.count(t.areas.count, "area")) summed, "
            if let data = t.dataAreas {
                items.append(
                    """
                    \(target)planned from the shipped area data (\(H.code(data.selection)), scenario \(data.scenario)) as \
                    \(H.code("batch")) plans them: low-income share local (children in low income families, FYE 2025, unless the scenario names IDACI 2019), maltreatment share local-derived from the children-in-need rate where England publishes one, otherwise England's national share.
                    """)
            } else {
                items.append("\(target)from the plan config \(H.code(t.planConfig ?? "")).")
            }
        }
        let span = rollout.spanTotals
        items.append(
            """
            \(rollout.span.label): \(H.strong(NumberFormat.gbp(span.cost.totalGBP))), and \
            \(H.strong("\(NumberFormat.number(span.childrenSeen)) children seen")).
            """)
        items.append(
            """
            Labour of one fully operating team: \(NumberFormat.gbpPence(Money(gbp: rollout.assumptions.labourPerTeamFirstYearGBP.value))) \
            a year at \(plan.years.first?.label ?? "") prices, then +\(NumberFormat.trimmedPercent(rollout.assumptions.payGrowthRate.value)) a year.
            """)
        items.append("\(MarkdownSections.findingCount(rollout.findings, see: "Findings")).")
        return H.heading(2, "Summary") + H.list(items)
    }

    static func notes(_ rollout: PlannedRollout) -> Markup {
        let a = rollout.assumptions
        let years = rollout.plan.years
        let labour = years.map { "\(NumberFormat.gbpPence($0.labourPerTeamGBP)) in \($0.label)" }.joined(separator: ", ")
        let development =
            rollout.schedule.years.contains { $0.developmentGBP != nil }
            ? (rollout.schedule.developmentSource ?? rollout.schedule.source) : "none given"
        let items: [Markup] = [
            """
            Labour of teams fully operational: teams × labour of one team (salaries and on-costs such as employer National \
            Insurance and pension), \(labour) (+\(NumberFormat.trimmedPercent(a.payGrowthRate.value)) a year; \(a.payGrowthRate.source)).
            """,
            """
            Teams coming into operation cost \(NumberFormat.trimmedPercent(a.firstYearLabourFraction.value)) of a year's labour, \
            recruiting through the year (\(a.firstYearLabourFraction.source)).
            """,
            """
            Training: \(NumberFormat.gbpPence(Money(gbp: a.trainingFirstYearGBP.value))) per team in the year it comes into operation \
            and \(NumberFormat.gbpPence(Money(gbp: a.trainingSecondYearGBP.value))) in the next (\(a.trainingFirstYearGBP.source)). \
            Pre-qualification training, premises and other non-pay costs are not included.
            """,
            "Development programme: \(development); — means no amount that year.",
            """
            Children seen: \(NumberFormat.trimmed(a.babiesSeenPerTeamPerYear.value, 2)) a year per fully operating team; a team coming \
            into operation sees \(NumberFormat.trimmed(a.firstYearCapacityFraction.value, 4)) of that \
            (\(a.babiesSeenPerTeamPerYear.source); \(a.firstYearCapacityFraction.source)).
            """,
            """
            \(rollout.span.label) covers \(rollout.spanTotals.labels.joined(separator: ", ")); teams fully operating are not added \
            across years.
            """,
        ]
        return H.paragraph("Notes:") + "<ol>\n\(items.map { "<li>\($0)</li>\n" as Markup })</ol>\n"
    }

    static func schedule(_ rollout: PlannedRollout) -> Markup {
        var m = H.heading(2, "Schedule")
        guard rollout.scheduleKind != .explicit else { return m + H.paragraph("As given in the config (\(rollout.schedule.source)).") }
        guard let t = rollout.target else { return m }
        m += H.paragraph("Derived (\(rollout.schedule.source)).")
        var target: Markup = "Target: \(H.strong(teams(t.teams))) fully operating from 1 April \(t.fullyOperatingFrom)"
        if let method = t.method, let config = t.planConfig {
            target += ", the sum of the \(method.rawValue)-method teams of the areas in \(H.code(config))"
        }
        if let method = t.method, let data = t.dataAreas {
            target += """
                , the sum of the \(method.rawValue)-method teams of the \(ReportText.count(t.areas.count, "area")) of \(H.code(data.selection)) \
                planned from the shipped area data (\(data.areaData)) under scenario \(data.scenario), as \
                \(H.code("piplanner batch --areas \(data.selection)")) plans them
                """
        }
        m += H.list([
            target + ".", "At most \(teams(t.maxTeamsStartingPerYear)) can come into operation in a year.",
            "\(teams(t.alreadyFullyOperating)) already fully operating in \(rollout.plan.years.first?.label ?? "") (\(t.alreadyFullyOperatingSource)).",
        ])
        if let data = t.dataAreas {
            m += H.paragraph("Area data notes (as \(H.code("batch")) prints them):") + H.list(data.notes.map { "\($0)" })
        }
        return m + areas(t)
    }

    /// The areas a derived target sums, with how their shares were obtained (from the data) or their existing teams.
    static func areas(_ t: RolloutTargetSummary) -> Markup {
        guard !t.areas.isEmpty else { return .empty }
        let fromData = t.dataAreas != nil
        var table = HTMLTable(
            columns: [.init("Area", .left), .init("Teams (\(t.method?.rawValue ?? "") method)")]
                + (fromData
                    ? [.init("Low-income share is", .left), .init("Maltreatment share is", .left)]
                    : [
                        .init("Already operating (team-equivalents)")
                    ]))
        for area in t.areas {
            let name = area.name + (area.code.map { " (\($0))" } ?? "")
            let rest =
                fromData
                ? [area.lowIncomeShareBasis ?? "none", area.maltreatmentShareBasis ?? "none"] : [NumberFormat.number(area.existingTeams, 2)]
            table.rows.append(.init([name, NumberFormat.number(area.teams, 2)] + rest))
        }
        if fromData && t.areas.count > 1 {
            table.rows.append(.init(["Total (\(t.areas.count) areas)", NumberFormat.number(t.teams, 2), "", ""], isTotal: true))
        }
        return table.render()
    }

    static func assumptions(_ rollout: PlannedRollout) -> Markup {
        var m = H.heading(2, "Assumptions used")
        var figures = HTMLTable(
            columns: [.init("Figure", .left), .init("Value"), .init("Unit", .left), .init("Basis", .left), .init("Source", .left)])
        for f in rollout.assumptionFigures {
            var source = f.source
            if let d = f.derivation { source += ". Derivation: \(d)" }
            if f.override != nil { source += " (overridden)" }
            figures.rows.append(.init(cells: [H.code(f.id), "\(ReportText.figure(f))", "\(f.unit)", "\(f.basis.rawValue)", "\(source)"]))
        }
        m += figures.render()
        guard let staffing = rollout.staffing else { return m }
        m += H.paragraph("Team: \(staffing.name) — \(staffing.source).")
        var roles = HTMLTable(columns: [.init("Role", .left), .init("Band", .left), .init("WTE a team"), .init("Salary per WTE")])
        for role in staffing.roles {
            roles.rows.append(
                .init([
                    role.title, (role.band ?? "—") + (role.bandBasis == .config ? " (config)" : ""),
                    NumberFormat.trimmed(role.wtePerTeam, 2),
                    NumberFormat.gbpPence(Money(gbp: role.annualSalaryGBP.value)),
                ]))
        }
        roles.rows.append(.init(["Total", "", NumberFormat.trimmed(staffing.teamWTE, 2), ""], isTotal: true))
        return m + roles.render()
    }
}
