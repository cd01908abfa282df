/// The cost lines of one rollout year, or of a span of years; each to the penny.
public struct RolloutCost: Sendable, Equatable {
    /// Labour of teams fully operating from 1 April.
    public var labourFullyOperatingGBP: Money
    /// Labour of teams coming into operation during the year.
    public var labourComingIntoOperationGBP: Money
    /// Training of teams in their first and second years.
    public var trainingGBP: Money
    /// Development programme.
    public var developmentGBP: Money

    public init(
        labourFullyOperatingGBP: Money = .zero, labourComingIntoOperationGBP: Money = .zero, trainingGBP: Money = .zero,
        developmentGBP: Money = .zero
    ) {
        self.labourFullyOperatingGBP = labourFullyOperatingGBP
        self.labourComingIntoOperationGBP = labourComingIntoOperationGBP
        self.trainingGBP = trainingGBP
        self.developmentGBP = developmentGBP
    }

    /// Sum of the four lines.
    public var totalGBP: Money { labourFullyOperatingGBP + labourComingIntoOperationGBP + trainingGBP + developmentGBP }

    /// Line-by-line sum.
    public static func + (a: RolloutCost, b: RolloutCost) -> RolloutCost {
        RolloutCost(
            labourFullyOperatingGBP: a.labourFullyOperatingGBP + b.labourFullyOperatingGBP,
            labourComingIntoOperationGBP: a.labourComingIntoOperationGBP + b.labourComingIntoOperationGBP,
            trainingGBP: a.trainingGBP + b.trainingGBP,
            developmentGBP: a.developmentGBP + b.developmentGBP)
    }
}

/// One costed rollout year.
public struct RolloutPlanYear: Sendable, Equatable {
    public var label: String
    /// 0-based; the pay-growth exponent k.
    public var yearIndex: Int
    public var teamsFullyOperating: Double
    public var teamsComingIntoOperation: Double
    /// Labour of one fully operating team at this year's prices (`L_k`).
    public var labourPerTeamGBP: Money
    public var cost: RolloutCost
    /// Children (babies) seen directly this year.
    public var childrenSeen: Double
}

/// Totals over a span of consecutive rollout years.
public struct RolloutTotals: Sendable, Equatable {
    /// Labels of the years summed, in order.
    public var labels: [String]
    public var cost: RolloutCost
    public var childrenSeen: Double
}

/// A costed rollout: each year's lines, the findings about the schedule and the audit trail.
public struct RolloutPlan: Sendable, Equatable {
    public var years: [RolloutPlanYear]
    public var findings: [Diagnostic]
    public var audit: [AuditStep]

    /// Totals over the years at `yearIndices` (0-based, inclusive); nil if the span is outside the plan.
    public func totals(yearIndices: ClosedRange<Int>) -> RolloutTotals? {
        guard years.indices.contains(yearIndices.lowerBound), years.indices.contains(yearIndices.upperBound) else { return nil }
        let span = years[yearIndices]
        return RolloutTotals(
            labels: span.map(\.label),
            cost: span.reduce(RolloutCost()) { $0 + $1.cost },
            childrenSeen: span.reduce(0) { $0 + $1.childrenSeen })
    }

    /// Totals from the year labelled `first` through the year labelled `last`, e.g. the Spending Review
    /// years "2022/23" through "2024/25"; nil if either label is missing or `last` comes before `first`.
    public func totals(from first: String, through last: String) -> RolloutTotals? {
        guard let i = years.firstIndex(where: { $0.label == first }), let j = years.firstIndex(where: { $0.label == last }), i <= j else {
            return nil
        }
        return totals(yearIndices: i...j)
    }

    /// Totals over every year.
    public var totalsAllYears: RolloutTotals? { years.isEmpty ? nil : totals(yearIndices: 0...(years.count - 1)) }
}

/// Costs a phased rollout year by year (Methodology §4) and records the audit trail.
///
/// For year index k with `F_k` teams fully operating and `N_k` coming into operation:
/// `L_k = L_0 × (1 + g)^k` (`PayGrowthRule`); labour `F_k × L_k` and `N_k × L_k × firstYearLabourFraction`
/// (`RolloutLabourRule`); training `N_k × T_1 + N_{k−1} × T_2` (`RolloutTrainingRule`); development as given;
/// total = the four lines; children seen `F_k × b + N_k × b × firstYearCapacityFraction` (`BabiesSeenRule`).
/// GBP to the penny; children a year.
/// Citation: 002_da9a53b1ef711f3f.txt, Breakdown of spending (the table this reproduces within £5 a cell).
public enum RolloutModel {
    /// Validates then costs the schedule; throws every validation error found. Schedule findings
    /// (e.g. `teamsDecrease`) are returned in the plan, at the field `fieldPath` names (see `RolloutValidator.validate`).
    public static func plan(
        _ schedule: RolloutSchedule, assumptions a: RolloutAssumptions,
        fieldPath: (_ yearIndex: Int, _ field: String) -> String = RolloutValidator.defaultFieldPath
    ) throws(RolloutValidationFailure) -> RolloutPlan {
        let report = RolloutValidator.validate(schedule, fieldPath: fieldPath)
        var errors = RolloutValidator.validate(a) + report.errors
        if errors.isEmpty { errors = RolloutValidator.moneyRangeErrors(schedule, assumptions: a) }
        guard errors.isEmpty else { throw RolloutValidationFailure(errors: errors) }

        var years: [RolloutPlanYear] = []
        var audit: [AuditStep] = []
        for (k, year) in schedule.years.enumerated() {
            let costed = Self.year(k, schedule, a)
            years.append(
                RolloutPlanYear(
                    label: year.label, yearIndex: k, teamsFullyOperating: year.teamsFullyOperating,
                    teamsComingIntoOperation: year.teamsComingIntoOperation, labourPerTeamGBP: costed.labour, cost: costed.cost,
                    childrenSeen: costed.children))
            audit += RolloutAuditBuilder.steps(
                year: year, index: k, previous: k > 0 ? schedule.years[k - 1] : nil, labour: costed.labour, cost: costed.cost,
                children: costed.children, schedule: schedule, assumptions: a)
        }
        return RolloutPlan(years: years, findings: report.findings, audit: audit)
    }

    /// Rollout year `k` of `schedule` under `a`: one team's labour, the cost lines and the children seen; what `plan`
    /// and every draw of the rollout's uncertainty (``RolloutDrawModel``) cost a year with. Call it only when
    /// ``fits(_:_:_:)``: converting pounds to pence traps otherwise.
    public static func year(_ k: Int, _ schedule: RolloutSchedule, _ a: RolloutAssumptions) -> (
        labour: Money, cost: RolloutCost, children: Double
    ) {
        let year = schedule.years[k]
        let previousComing = k > 0 ? schedule.years[k - 1].teamsComingIntoOperation : 0
        let labour =
            a.labourFigure(yearIndex: k).map { Money(gbp: $0.value) }
            ?? PayGrowthRule.uplifted(Money(gbp: a.labourPerTeamFirstYearGBP.value), payGrowthRate: a.payGrowthRate.value, years: k)
        let cost = RolloutCost(
            labourFullyOperatingGBP: RolloutLabourRule.fullyOperating(teams: year.teamsFullyOperating, labourPerTeamThisYear: labour),
            labourComingIntoOperationGBP: RolloutLabourRule.comingIntoOperation(
                teams: year.teamsComingIntoOperation, labourPerTeamThisYear: labour,
                firstYearLabourFraction: a.firstYearLabourFraction.value),
            trainingGBP: RolloutTrainingRule.training(
                teamsComingThisYear: year.teamsComingIntoOperation, teamsComingLastYear: previousComing,
                trainingFirstYearGBP: Money(gbp: a.trainingFirstYearGBP.value),
                trainingSecondYearGBP: Money(gbp: a.trainingSecondYearGBP.value)),
            developmentGBP: year.developmentGBP ?? .zero)
        return (labour, cost, children(k, schedule, a))
    }

    /// Children seen in rollout year `k` (`BabiesSeenRule`): no money, so never out of range.
    public static func children(_ k: Int, _ schedule: RolloutSchedule, _ a: RolloutAssumptions) -> Double {
        let year = schedule.years[k]
        return BabiesSeenRule.babiesSeen(
            fullTeams: year.teamsFullyOperating, startingTeams: year.teamsComingIntoOperation,
            babiesSeenPerTeamPerYear: a.babiesSeenPerTeamPerYear.value, firstYearCapacityFraction: a.firstYearCapacityFraction.value)
    }

    /// Whether `Money` holds every amount of rollout year `k` under `a`, worked out before rounding: a drawn figure far
    /// from its point value makes a draw infinitely costly, never a trap.
    public static func fits(_ k: Int, _ schedule: RolloutSchedule, _ a: RolloutAssumptions) -> Bool {
        let year = schedule.years[k]
        let previous = k > 0 ? abs(schedule.years[k - 1].teamsComingIntoOperation) : 0
        let labour = abs(a.labourPerTeamFirstYearGBP.value) + abs(a.labourPerTeamGBP(yearIndex: k))
        let teams = abs(year.teamsFullyOperating) + abs(year.teamsComingIntoOperation) * (1 + abs(a.firstYearLabourFraction.value))
        let training = abs(a.trainingFirstYearGBP.value) + abs(a.trainingSecondYearGBP.value)
        let bound =
            labour * (1 + teams) + training * (1 + abs(year.teamsComingIntoOperation) + previous)
            + abs(year.developmentGBP?.gbp ?? 0)
        return Money.canHold(4 * bound)
    }
}
