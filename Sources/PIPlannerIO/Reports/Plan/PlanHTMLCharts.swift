import PIPlannerModel

/// The charts of one area's plan, each from the plan's own numbers; `prefix` keeps their ids unique on the page.
enum PlanHTMLCharts {
    /// Cost by year stacked by line: existing labour, new labour, training.
    static func costByYear(_ p: AreaPlan, prefix: String) -> Chart {
        StackedBarChart.render(
            .init(
                id: "\(prefix)-cost", title: "Cost by year, by line (\(p.name))", categories: p.years.map(\.label),
                series: [
                    ChartSeries(name: "Labour, existing", values: p.years.map(\.cost.labourExistingGBP.gbp)),
                    ChartSeries(name: "Labour, new", values: p.years.map(\.cost.labourNewGBP.gbp)),
                    ChartSeries(name: "Training", values: p.years.map(\.cost.trainingGBP.gbp)),
                ],
                categoryAxisLabel: "Plan year", valueAxisLabel: "Cost (£ a year, cash)", style: .gbp))
    }

    /// The specialist caseload (the need) against the babies seen each year: the difference is the need not met.
    static func caseloadAgainstBabiesSeen(_ p: AreaPlan, prefix: String) -> Chart {
        LineOverBarChart.render(
            .init(
                id: "\(prefix)-caseload", title: "Specialist caseload against babies seen, by year (\(p.name))",
                categories: p.years.map(\.label),
                bars: ChartSeries(name: "Babies seen", values: p.years.map(\.babiesSeen)),
                line: ChartSeries(name: "Specialist caseload", values: p.years.map { _ in p.specialistCaseload }),
                categoryAxisLabel: "Plan year", valueAxisLabel: "Babies a year", style: .number(decimals: 0),
                differenceLabel: "Need not met"))
    }

    /// The role's label in charts: its title and band.
    static func roleLabel(_ r: AreaPlan.RoleRequirement) -> String {
        r.role.band.map { "\(r.role.title) (band \($0))" } ?? r.role.title
    }

    /// Required WTE by role and band across the recommended teams.
    static func workforceByRole(_ p: AreaPlan, prefix: String) -> Chart {
        HorizontalBarChart.render(
            .init(
                id: "\(prefix)-wte", title: "Required WTE by role and band (\(p.name))",
                rows: p.roles.map { .init(label: roleLabel($0), value: $0.requiredWTE) }, labelHeading: "Role (band)",
                valueAxisLabel: "Required WTE", style: .number(decimals: 2), totalLabel: "Total"))
    }

    /// Each funder's contribution by year, stacked, with the unfunded gap on top (an over-funded year has none).
    static func funding(_ p: AreaPlan, prefix: String) -> Chart {
        var series = p.funding.map { ChartSeries(name: $0.funding.name, values: $0.contributionsGBP.map(\.gbp)) }
        series.append(ChartSeries(name: "Unfunded", values: p.unfundedGBP.map { max(0, $0.gbp) }))
        // Funders take the palette without its vermillion, which marks the unfunded gap.
        let funderFills = ChartPalette.categorical.filter { $0 != ChartPalette.highlight }
        let fills = p.funding.indices.map { funderFills[$0 % funderFills.count] } + [ChartPalette.highlight]
        return StackedBarChart.render(
            .init(
                id: "\(prefix)-funding", title: "Funding by funder and the unfunded gap, by year (\(p.name))",
                categories: p.years.map(\.label),
                series: series, categoryAxisLabel: "Plan year", valueAxisLabel: "Funding (£ a year, cash)", style: .gbp, fills: fills))
    }

    /// Teams by the coverage and the need method, the recommended one highlighted, with the need method's range
    /// across the published prevalence range.
    static func teamsByMethod(_ p: AreaPlan, prefix: String) -> Chart {
        let range = p.needTeamsAtPrevalenceRange
        return BarChart.render(
            .init(
                id: "\(prefix)-teams", title: "Teams by both sizing methods, with the prevalence sensitivity range (\(p.name))",
                categories: ["Coverage method", "Need method"],
                series: [ChartSeries(name: "Teams", values: [p.coverageTeams, p.needTeams])],
                categoryAxisLabel: "Sizing method (recommended: \(p.recommendedMethod.rawValue))", valueAxisLabel: "Teams",
                style: .number(decimals: 2), highlighted: p.recommendedMethod == .need ? 1 : 0,
                intervals: [nil, ChartInterval(low: range.lowTeams, high: range.highTeams)],
                intervalLabel: "Teams across the prevalence range"))
    }
}
