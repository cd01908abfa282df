import Foundation

/// The audit trail of one rollout year: what ``RolloutModel`` computed, by which formula, from which inputs.
/// The model computes the numbers; this builds the text (Methodology §4.6).
enum RolloutAuditBuilder {
    /// The inputs one year's steps cite, as figures with their sources.
    struct YearFigures {
        var id: String
        var full: Figure
        var coming: Figure
        var previousComing: Figure
        var labour: Figure
        var development: Figure
    }

    static func figures(
        year: RolloutYear, index k: Int, previous: RolloutYear?, labour: Money, cost: RolloutCost,
        schedule: RolloutSchedule
    ) -> YearFigures {
        let id = "rollout.\(year.label)"
        let scheduleSource = "\(schedule.source), year \(year.label)"
        let full = Figure(
            id: "teamsFullyOperating", value: year.teamsFullyOperating, unit: "teams fully operating from 1 April \(year.label)",
            source: scheduleSource, basis: schedule.basis)
        let coming = Figure(
            id: "teamsComingIntoOperation", value: year.teamsComingIntoOperation, unit: "teams coming into operation in \(year.label)",
            source: scheduleSource, basis: schedule.basis)
        let previousComing = Figure(
            id: "teamsComingIntoOperationLastYear", value: previous?.teamsComingIntoOperation ?? 0,
            unit:
                "teams coming into operation in \(previous?.label ?? "the year before the rollout") (second year of training in \(year.label))",
            source: previous.map { "\(schedule.source), year \($0.label)" } ?? "none: first rollout year",
            basis: previous == nil ? .assumption : schedule.basis)
        let labourFigure = Figure(
            id: "labourPerTeam", value: labour.gbp, unit: "GBP a year per team at \(year.label) prices",
            source: "step: \(id).labourPerTeam", basis: .derived)
        let development = Figure(
            id: "developmentGBP", value: cost.developmentGBP.gbp, unit: "GBP in \(year.label)",
            source: year.developmentGBP == nil
                ? "none given for \(year.label)" : schedule.developmentSource.map { "\($0), year \(year.label)" } ?? scheduleSource,
            basis: year.developmentGBP == nil || schedule.developmentSource == nil ? schedule.basis : .config)
        return YearFigures(
            id: id, full: full, coming: coming, previousComing: previousComing, labour: labourFigure,
            development: development)
    }

    static func steps(
        year: RolloutYear, index k: Int, previous: RolloutYear?, labour: Money, cost: RolloutCost, children: Double,
        schedule: RolloutSchedule, assumptions a: RolloutAssumptions
    ) -> [AuditStep] {
        let f = figures(year: year, index: k, previous: previous, labour: labour, cost: cost, schedule: schedule)
        let (id, full, coming, previousComing, labourFigure, development) = (
            f.id, f.full, f.coming, f.previousComing, f.labour, f.development
        )
        return [
            labourStep(id: id, year: year, index: k, labour: labour, assumptions: a),
            AuditStep(
                id: "\(id).labourFullyOperating", title: "Labour of teams fully operating, \(year.label)",
                formula: "teams fully operating from 1 April × labour per team this year", inputs: [full, labourFigure],
                result: cost.labourFullyOperatingGBP.gbp, resultUnit: "GBP"),
            AuditStep(
                id: "\(id).labourComingIntoOperation", title: "Labour of teams coming into operation, \(year.label)",
                formula: "teams coming into operation × labour per team this year × first-year labour fraction",
                inputs: [coming, labourFigure, a.firstYearLabourFraction], result: cost.labourComingIntoOperationGBP.gbp, resultUnit: "GBP"),
            AuditStep(
                id: "\(id).training", title: "Training, \(year.label)",
                formula:
                    "teams coming into operation this year × first-year training + teams coming into operation last year × second-year training",
                inputs: [coming, a.trainingFirstYearGBP, previousComing, a.trainingSecondYearGBP], result: cost.trainingGBP.gbp,
                resultUnit: "GBP"),
            AuditStep(
                id: "\(id).development", title: "Development programme, \(year.label)",
                formula: "development programme as given (none = £0)", inputs: [development], result: cost.developmentGBP.gbp,
                resultUnit: "GBP"),
            AuditStep(
                id: "\(id).total", title: "Total, \(year.label)",
                formula: "labour of teams fully operating + labour of teams coming into operation + training + development",
                inputs: [
                    Figure(
                        id: "labourFullyOperating", value: cost.labourFullyOperatingGBP.gbp, unit: "GBP",
                        source: "step: \(id).labourFullyOperating", basis: .derived),
                    Figure(
                        id: "labourComingIntoOperation", value: cost.labourComingIntoOperationGBP.gbp, unit: "GBP",
                        source: "step: \(id).labourComingIntoOperation", basis: .derived),
                    Figure(id: "training", value: cost.trainingGBP.gbp, unit: "GBP", source: "step: \(id).training", basis: .derived),
                    Figure(
                        id: "development", value: cost.developmentGBP.gbp, unit: "GBP", source: "step: \(id).development", basis: .derived),
                ], result: cost.totalGBP.gbp, resultUnit: "GBP"),
            AuditStep(
                id: "\(id).childrenSeen", title: "Children seen, \(year.label)",
                formula:
                    "teams fully operating × babies seen per team a year + teams coming into operation × babies seen per team a year × first-year capacity fraction",
                inputs: [full, a.babiesSeenPerTeamPerYear, coming, a.firstYearCapacityFraction], result: children,
                resultUnit: "children a year"),
        ]
    }

    /// Labour of one team in year `k`: its own figure when costed year by year, else uplifted from the first year's.
    private static func labourStep(id: String, year: RolloutYear, index k: Int, labour: Money, assumptions a: RolloutAssumptions)
        -> AuditStep
    {
        let title = "Labour of one fully operating team, \(year.label)"
        if let figure = a.labourFigure(yearIndex: k) {
            return AuditStep(
                id: "\(id).labourPerTeam", title: title,
                formula: "one team's labour costed for this year (salaries grown by pay growth, this year's employer on-cost rules)",
                inputs: [figure], result: labour.gbp, resultUnit: "GBP a year per team")
        }
        let kFigure = Figure(
            id: "payGrowthYears", value: Double(k), unit: "years after the first rollout year", source: "year index of \(year.label)",
            basis: .derived)
        return AuditStep(
            id: "\(id).labourPerTeam", title: title,
            formula: "labour per team at the first year's prices × (1 + pay growth a year)^(year index), to the penny",
            inputs: [a.labourPerTeamFirstYearGBP, a.payGrowthRate, kFigure], result: labour.gbp, resultUnit: "GBP a year per team")
    }
}
