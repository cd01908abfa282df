import PIPlannerModel

/// The outputs the reports give intervals for, with their labels, how each is printed and the plan's point value
/// (Methodology §7).
enum UncertaintyFigures {
    /// How an output is printed.
    enum Style {
        case percent, count, decimal2, gbp
    }

    /// One row of an interval table.
    struct Row {
        var label: String
        /// The machine name: `needTeams`, `annualCostGBP[0]`; CSV columns derive from it.
        var key: String
        var output: Int
        var style: Style
        /// The plan's value at point values.
        var point: Double
        /// What the value counts, for a CSV's `unit` column: `teams`, `GBP`, `proportion`.
        var unit: String
        /// The plan year's index for a figure of one year; nil for the whole plan.
        var year: Int? = nil

        /// The key without its year index: `annualCostGBP` for `annualCostGBP[0]`.
        var figure: String { String(key.prefix { $0 != "[" }) }
    }

    /// The rows for an area (or a set's totals) with plan years `years` and point values from `plan`. `detailed` (the
    /// plan's CSV) adds coverage-method teams and each year's babies seen, which the tables leave to the point plan.
    static func rows(years: [String], point: (Int) -> Double, detailed: Bool = false) -> [Row] {
        func row(_ label: String, _ key: String, _ output: DrawOutput, _ style: Style, _ unit: String) -> Row {
            Row(label: label, key: key, output: output.rawValue, style: style, point: 0, unit: unit)
        }
        var rows: [Row] = [
            row("Prevalence", "prevalence", .prevalence, .percent, "proportion"),
            row("Infants at risk a year", "infantsAtRisk", .infantsAtRisk, .count, "infants a year"),
            row("Specialist caseload, babies a year", "specialistCaseload", .specialistCaseload, .count, "babies a year"),
            row("Need teams", "needTeams", .needTeams, .decimal2, "teams"),
        ]
        if detailed { rows.append(row("Coverage teams", "coverageTeams", .coverageTeams, .decimal2, "teams")) }
        rows += [
            row("Recommended teams", "recommendedTeams", .recommendedTeams, .decimal2, "teams"),
            row("Required WTE", "requiredWTE", .requiredWTE, .decimal2, "WTE"),
            row("Gap WTE", "gapWTE", .gapWTE, .decimal2, "WTE"),
        ]
        for (y, label) in years.enumerated() {
            rows.append(
                Row(
                    label: "Cost \(label)", key: "annualCostGBP[\(y)]", output: DrawOutput.yearCost(y), style: .gbp, point: 0, unit: "GBP",
                    year: y))
        }
        rows.append(row("Total cost", "totalCostGBP", .totalCostGBP, .gbp, "GBP"))
        if detailed {
            for (y, label) in years.enumerated() {
                rows.append(
                    Row(
                        label: "Babies seen \(label)", key: "babiesSeenByYear[\(y)]", output: DrawOutput.yearBabies(y), style: .count,
                        point: 0,
                        unit: "babies", year: y))
            }
        }
        rows += [
            row("Babies seen over the plan", "babiesSeen", .babiesSeen, .count, "babies"),
            row("Cost per baby seen", "costPerBabySeenGBP", .costPerBabySeenGBP, .gbp, "GBP per baby seen"),
        ]
        return rows.map { row in
            var r = row
            r.point = point(row.output)
            return r
        }
    }

    /// An area plan's point value of each output (`DrawOutput` order), from the plan itself.
    static func point(_ p: AreaPlan) -> (Int) -> Double {
        { output in
            if output >= DrawOutput.fixedCount {
                let y = (output - DrawOutput.fixedCount) / DrawOutput.perYear
                return output == DrawOutput.yearCost(y) ? p.annualCostGBP[y].gbp : p.years[y].babiesSeen
            }
            switch DrawOutput(rawValue: output)! {
            case .prevalence: return p.prevalence
            case .infantsAtRisk: return p.infantsAtRisk
            case .specialistCaseload: return p.specialistCaseload
            case .needTeams: return p.needTeams
            case .coverageTeams: return p.coverageTeams
            case .recommendedTeams: return p.recommendedTeams
            case .requiredWTE: return p.requiredWTE
            case .gapWTE: return p.gapWTE
            case .babiesSeen: return p.totalBabiesSeen
            case .totalCostGBP: return p.totalCostGBP.gbp
            case .costPerBabySeenGBP: return p.costPerBabySeenGBP?.gbp ?? .nan
            case .workforceCovers: return p.gapWTE <= 0 ? 1 : 0
            }
        }
    }

    /// `value` as the row prints it; "—" when not finite.
    static func format(_ value: Double, _ style: Style) -> String {
        guard value.isFinite else { return "—" }
        switch style {
        case .percent: return NumberFormat.percent(value)
        case .count: return NumberFormat.number(value)
        case .decimal2: return NumberFormat.number(value, 2)
        case .gbp: return Money.canHold(value) ? NumberFormat.gbp(Money(gbp: value)) : "—"
        }
    }

    /// A probability as a whole percentage ("97%"), or "< 1%" / "> 99%" near the ends so no event reads as certain
    /// that a draw contradicted.
    static func probability(_ p: Double) -> String {
        if p > 0, p < 0.01 { return "< 1%" }
        if p < 1, p > 0.99 { return "> 99%" }
        return NumberFormat.percent(p, 0)
    }

    /// The figure's name as reports print it, from parameters.json's description.
    static func name(_ id: String, _ reference: ReferenceData) -> String {
        reference.parameters[id]?.description ?? id
    }

    /// Whether the figure `id` is an amount of money: parameters.json names every one with a `GBP` suffix
    /// (`trainingFirstYearGBP`), so the reports give it in pounds to the penny.
    static func isMoney(_ id: String) -> Bool { id.hasSuffix("GBP") }

    /// A figure value as the tornado prints it: percentages for proportions, pounds for money.
    static func figureValue(_ value: Double, id: String) -> String {
        if isMoney(id) { return NumberFormat.gbp(Money(gbp: value)) }
        if abs(value) < 1 { return NumberFormat.trimmedPercent(value) }
        return NumberFormat.number(value, abs(value - value.rounded()) < 1e-6 ? 0 : 1)
    }

    /// "1,000 draws, seed 20261201": the sentence every report gives with its intervals.
    static func provenance(_ run: UncertaintyRun) -> String { provenance(run.request, run.entries) }

    /// Which draws and seed, of how many figures, for `request` and the distributions `entries`.
    static func provenance(_ request: UncertaintyRequest, _ entries: [UncertaintyTable.Entry]) -> String {
        let assumed = entries.filter { $0.spec.basis == .assumption }.count
        return
            "\(NumberFormat.number(Double(request.drawCount))) draw\(request.drawCount == 1 ? "" : "s") (seed \(request.seed)) of \(ReportText.count(entries.count, "uncertain figure")), \(assumed) of whose distributions are assumptions (Methodology §7)"
    }

    /// Whether every funder of `p` pays a share of the cost: then the shares cover any cost by construction, and the
    /// probability that funding covers the cost says only whether the shares add up to 1.
    static func onlySharesOfCost(_ p: AreaPlan) -> Bool {
        !p.funding.isEmpty && p.funding.allSatisfy { if case .share = $0.funding.contribution { true } else { false } }
    }

    static let sharesNote =
        "every funder pays a share of the cost, so the shares cover whatever a draw costs whenever they add up to 1; a budget is not funding"
}
