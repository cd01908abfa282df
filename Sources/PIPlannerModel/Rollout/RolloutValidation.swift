import Foundation

/// Why a rollout schedule, target or assumption cannot be used. Each case names the year (by label) and the
/// model field it concerns, as data: the config layer maps it to the config field and year it was written at and
/// reports it as a `Diagnostic` (`RolloutConfigPlaces.issues(for:_:)`); users never see this type itself.
///
/// `yearLabel` is nil only where no single year applies: an assumption figure, the cap on teams starting a
/// year, an empty schedule, or a target year beyond the years given.
public enum RolloutValidationError: Error, Sendable, Equatable {
    /// More teams fully operating from 1 April of `yearLabel` than were fully operating or coming into
    /// operation the year before (`available`): the excess never came into operation.
    case teamsNeverCameIntoOperation(yearLabel: String, field: String, teamsFullyOperating: Double, available: Double)
    /// A count or amount below zero.
    case negative(yearLabel: String?, field: String, value: Double)
    /// A NaN or infinite value.
    case nonFinite(yearLabel: String?, field: String, value: Double)
    /// A year label listed more than once (`firstIndex` and `duplicateIndex` are 0-based year indices).
    case duplicateYearLabel(yearLabel: String, field: String, firstIndex: Int, duplicateIndex: Int)
    /// The cap on teams starting a year cannot reach the target by the target year: at most `reachable` teams.
    case targetUnreachable(yearLabel: String, field: String, target: Double, reachable: Double)
    /// The target year index is not one of the years given.
    case targetYearOutOfRange(yearLabel: String?, field: String, yearIndex: Int, yearCount: Int)
    /// No years at all.
    case noYears(yearLabel: String?, field: String)
    /// The costs come to more than `Money` holds (about `costGBP` by `yearLabel`, or an assumption figure by itself
    /// when `yearLabel` is nil): `field`'s `value` is in the wrong unit or has a misplaced exponent.
    case costBeyondMoney(yearLabel: String?, field: String, value: Double, costGBP: Double)

    /// The year the error concerns, if one does.
    public var yearLabel: String? {
        switch self {
        case .teamsNeverCameIntoOperation(let y, _, _, _), .duplicateYearLabel(let y, _, _, _), .targetUnreachable(let y, _, _, _): return y
        case .negative(let y, _, _), .nonFinite(let y, _, _): return y
        case .targetYearOutOfRange(let y, _, _, _): return y
        case .noYears(let y, _): return y
        case .costBeyondMoney(let y, _, _, _): return y
        }
    }

    /// The field the error concerns, e.g. `teamsFullyOperating` or `target.teams`.
    public var field: String {
        switch self {
        case .teamsNeverCameIntoOperation(_, let f, _, _), .duplicateYearLabel(_, let f, _, _), .targetUnreachable(_, let f, _, _): return f
        case .negative(_, let f, _), .nonFinite(_, let f, _): return f
        case .targetYearOutOfRange(_, let f, _, _): return f
        case .noYears(_, let f): return f
        case .costBeyondMoney(_, let f, _, _): return f
        }
    }
}

/// One or more validation errors, thrown by `RolloutModel.plan` and `RolloutSchedule.derived`.
public struct RolloutValidationFailure: Error, Sendable, Equatable {
    public var errors: [RolloutValidationError]
    public init(errors: [RolloutValidationError]) { self.errors = errors }
}

/// What validating a schedule found: errors (the schedule cannot be costed) and findings (it can, but a
/// commissioner must see them).
public struct RolloutValidationReport: Sendable, Equatable {
    public var errors: [RolloutValidationError]
    public var findings: [Diagnostic]
    public var isValid: Bool { errors.isEmpty }
}

/// Checks a rollout schedule and its assumptions. Pure: returns errors and findings, prints nothing.
///
/// Rules, for each year y (0-based) of the schedule:
/// - every count and development amount is finite and not negative;
/// - every label appears once;
/// - for y ≥ 1, `fullyOperating_y ≤ fullyOperating_{y−1} + comingIntoOperation_{y−1}` (a team is fully
///   operating only after coming into operation; year 0's fully operating teams are taken as already running);
/// - `fullyOperating_y < fullyOperating_{y−1} + comingIntoOperation_{y−1}` is allowed (teams stop operating)
///   but raises a `teamsDecrease` finding.
/// Counts are compared with a floating-point tolerance of `countTolerance` relative to the larger count
/// (at least one team), so sums of fractional team-equivalents do not raise false errors.
/// Citation: Methodology §4 and 002_da9a53b1ef711f3f.txt, Breakdown of spending (40 + 40 = 80, 80 + 55 = 135, 135 + 67 = 202).
public enum RolloutValidator {
    /// Relative tolerance for comparing team counts: floating-point rounding only, not a planning figure.
    static let countTolerance = 1e-9

    /// Validates the schedule; `fieldPath` names a year's field (by 0-based index and model field name) where a finding
    /// points, as the caller's config writes it (by default `rollout.years[2].teamsFullyOperating`).
    public static func validate(
        _ schedule: RolloutSchedule, fieldPath: (_ yearIndex: Int, _ field: String) -> String = defaultFieldPath
    ) -> RolloutValidationReport {
        var errors: [RolloutValidationError] = []
        var findings: [Diagnostic] = []
        if schedule.years.isEmpty {
            errors.append(.noYears(yearLabel: nil, field: "years"))
        }
        errors += duplicateLabelErrors(schedule.labels)
        // A count already refused is not compared with the next year's: a message built on a refused value would not
        // make sense ("at most -15").
        var previousRefused = false
        for (index, year) in schedule.years.enumerated() {
            let fullyRefused = countErrors(year.teamsFullyOperating, yearLabel: year.label, field: "teamsFullyOperating")
            let comingRefused = countErrors(year.teamsComingIntoOperation, yearLabel: year.label, field: "teamsComingIntoOperation")
            errors += fullyRefused + comingRefused
            if let development = year.developmentGBP, development < .zero {
                errors.append(.negative(yearLabel: year.label, field: "developmentGBP", value: development.gbp))
            }
            defer { previousRefused = !fullyRefused.isEmpty || !comingRefused.isEmpty }
            guard index > 0, !previousRefused, fullyRefused.isEmpty else { continue }
            let previous = schedule.years[index - 1]
            let available = previous.teamsFullyOperating + previous.teamsComingIntoOperation
            if exceeds(year.teamsFullyOperating, available) {
                errors.append(
                    .teamsNeverCameIntoOperation(
                        yearLabel: year.label, field: "teamsFullyOperating", teamsFullyOperating: year.teamsFullyOperating,
                        available: available))
            } else if exceeds(available, year.teamsFullyOperating) {
                let stopped = available - year.teamsFullyOperating
                findings.append(
                    Diagnostic(
                        .teamsDecrease,
                        message:
                            "\(count(year.teamsFullyOperating)) teams are fully operating from 1 April \(year.label), but \(count(available)) were fully operating or coming into operation in \(previous.label) (\(count(previous.teamsFullyOperating)) + \(count(previous.teamsComingIntoOperation))): \(count(stopped)) teams stop operating. Check that this is intended; their families lose the service.",
                        fieldPath: fieldPath(index, "teamsFullyOperating")))
            }
        }
        return RolloutValidationReport(errors: errors, findings: findings)
    }

    /// `rollout.years[2].teamsFullyOperating`: a year's field when the caller names none.
    public static func defaultFieldPath(_ yearIndex: Int, _ field: String) -> String { "rollout.years[\(yearIndex)].\(field)" }

    /// Validates the assumption figures: each must be finite and not negative.
    public static func validate(_ assumptions: RolloutAssumptions) -> [RolloutValidationError] {
        assumptions.all.flatMap { countErrors($0.value, yearLabel: nil, field: $0.id) }
    }

    /// Checks, in floating point before any amount is rounded to the penny, that `Money` holds every cost of the
    /// schedule and their sum over all years: the labour and training figures, then year by year the labour of teams
    /// fully operating (`F_k × L_k`), of teams coming into operation and their training, and development. The first
    /// year past the limit is reported against its largest line. Assumes finite, non-negative counts and figures.
    public static func moneyRangeErrors(_ schedule: RolloutSchedule, assumptions a: RolloutAssumptions) -> [RolloutValidationError] {
        let figures = [a.labourPerTeamFirstYearGBP, a.trainingFirstYearGBP, a.trainingSecondYearGBP] + (a.labourPerTeamByYearGBP ?? [])
        for figure in figures where !Money.canHold(figure.value) {
            return [.costBeyondMoney(yearLabel: nil, field: figure.id, value: figure.value, costGBP: figure.value)]
        }
        var total = a.trainingFirstYearGBP.value + a.trainingSecondYearGBP.value
        for (k, year) in schedule.years.enumerated() {
            let labour = a.labourPerTeamGBP(yearIndex: k)
            let previousComing = k > 0 ? schedule.years[k - 1].teamsComingIntoOperation : 0
            let full = year.teamsFullyOperating * labour
            let coming =
                year.teamsComingIntoOperation * (labour + a.trainingFirstYearGBP.value) + previousComing * a.trainingSecondYearGBP.value
            let development = abs(year.developmentGBP?.gbp ?? 0)
            total += labour + full + coming + development
            guard !Money.canHold(total) else { continue }
            if !Money.canHold(labour) {
                return [
                    .costBeyondMoney(
                        yearLabel: year.label, field: a.labourPerTeamFirstYearGBP.id, value: a.labourPerTeamFirstYearGBP.value,
                        costGBP: total)
                ]
            }
            if development >= full && development >= coming {
                return [
                    .costBeyondMoney(yearLabel: year.label, field: "developmentGBP", value: year.developmentGBP?.gbp ?? 0, costGBP: total)
                ]
            }
            return [
                full >= coming
                    ? .costBeyondMoney(yearLabel: year.label, field: "teamsFullyOperating", value: year.teamsFullyOperating, costGBP: total)
                    : .costBeyondMoney(
                        yearLabel: year.label, field: "teamsComingIntoOperation", value: year.teamsComingIntoOperation, costGBP: total)
            ]
        }
        return []
    }

    // MARK: - Helpers shared with the schedule derivation

    static func countErrors(_ value: Double, yearLabel: String?, field: String) -> [RolloutValidationError] {
        if !value.isFinite { return [.nonFinite(yearLabel: yearLabel, field: field, value: value)] }
        if value < 0 { return [.negative(yearLabel: yearLabel, field: field, value: value)] }
        return []
    }

    static func duplicateLabelErrors(_ labels: [String]) -> [RolloutValidationError] {
        var firstIndex: [String: Int] = [:]
        var errors: [RolloutValidationError] = []
        for (index, label) in labels.enumerated() {
            if let first = firstIndex[label] {
                errors.append(.duplicateYearLabel(yearLabel: label, field: "label", firstIndex: first, duplicateIndex: index))
            } else {
                firstIndex[label] = index
            }
        }
        return errors
    }

    /// Whether `a` is larger than `b` by more than rounding.
    static func exceeds(_ a: Double, _ b: Double) -> Bool {
        a - b > countTolerance * max(1, abs(a), abs(b))
    }

    private static func count(_ value: Double) -> String {
        value == value.rounded() ? NumberFormat.fixed(value) : NumberFormat.fixed(value, 2)
    }
}
