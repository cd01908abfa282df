import Foundation
import PIPlannerModel

extension RolloutConfigPlaces {
    /// What the schedule check's errors concern: the schedule's form, the schedule (given, or derived), the target it
    /// was derived from, and the assumptions it was costed with.
    public struct IssueContext {
        public var file: String
        public var kind: RolloutScheduleKind
        public var schedule: RolloutSchedule?
        public var target: RolloutTargetSummary?
        public var assumptions: RolloutAssumptions?

        /// The context of errors found checking `schedule` (derived from `target`), costed with `assumptions`.
        public init(
            file: String, kind: RolloutScheduleKind, schedule: RolloutSchedule? = nil, target: RolloutTargetSummary? = nil,
            assumptions: RolloutAssumptions? = nil
        ) {
            self.file = file
            self.kind = kind
            self.schedule = schedule
            self.target = target
            self.assumptions = assumptions
        }

        /// `schedule.fromAreas` or `schedule`: where the cap and the teams already operating are written.
        var prefix: String { kind == .fromAreas ? "schedule.fromAreas" : "schedule" }
    }

    /// The schedule check's errors as field diagnostics naming the config field and the year: the one place
    /// `RolloutValidationError` becomes what users see.
    public func issues(for errors: [RolloutValidationError], _ context: IssueContext) -> [Diagnostic] {
        errors.map { issue(for: $0, context) }
    }

    private func issue(for error: RolloutValidationError, _ c: IssueContext) -> Diagnostic {
        let (path, at) = place(error.field, error.yearLabel, c)
        let yearText = error.yearLabel.map { " in \($0)" } ?? ""
        func n(_ v: Double) -> String { NumberFormat.approximate(v) }
        switch error {
        case .teamsNeverCameIntoOperation(let year, _, let full, let available):
            return neverCameIntoOperation(year: year, full: full, available: available, path: path, at: at, c)
        case .negative(_, let field, let value):
            return Diagnostic(
                file: c.file, location: at, fieldPath: path, found: "\(n(value))\(yearText)",
                expected: "a number of \(what(field)), 0 or more")
        case .nonFinite(_, let field, let value):
            return Diagnostic(
                file: c.file, location: at, fieldPath: path, found: "\(value)\(yearText)",
                expected: "a finite number of \(what(field))\(yearText)")
        case .duplicateYearLabel(let year, _, let first, let duplicate):
            let labels = c.schedule?.labels ?? self.labels
            return Diagnostic(
                file: c.file, location: yearEntries.indices.contains(duplicate) ? yearEntries[duplicate] : years,
                fieldPath: "years[\(duplicate)]", found: "year \"\(year)\" listed twice (years[\(first)] and years[\(duplicate)])",
                expected: "each rollout year once, consecutive",
                suggestion: first + 1 < labels.count || duplicate > 0 ? "remove the second \(year), or replace it with the next year" : nil)
        case .targetUnreachable(let year, _, let teams, let reachable):
            return targetUnreachable(year: year, teams: teams, reachable: reachable, path: path, at: at, c)
        case .targetYearOutOfRange(_, _, let index, let count):
            return Diagnostic(
                file: c.file, location: at, fieldPath: path, found: "year index \(index)", expected: "one of the \(count) rollout years")
        case .noYears:
            return Diagnostic(file: c.file, location: at, fieldPath: path, found: "no years", expected: "at least one rollout year")
        case .costBeyondMoney(_, let field, let value, let cost):
            // A derived schedule's counts come from its target.
            let derivedCount = c.kind != .explicit && (field == "teamsFullyOperating" || field == "teamsComingIntoOperation")
            let (countPath, countAt) = derivedCount ? place("target.teams", nil, c) : (path, at)
            let found =
                derivedCount
                ? "a target of \(n(c.target?.teams ?? value)) teams, bringing the costs to about £\(n(cost))\(error.yearLabel.map { " by \($0)" } ?? "")"
                : "\(n(value)) (\(what(field)))\(yearText), bringing the costs to about £\(n(cost))"
            return Diagnostic(
                file: c.file, location: countAt, fieldPath: countPath, found: found,
                expected:
                    "costs of at most \(NumberFormat.gbp(Money(gbp: Money.maxGBP))) in all, the most piplanner holds to the penny; look for a count or figure in the wrong unit or with a misplaced exponent"
            )
        }
    }

    /// Config path and location for a model field name (and year).
    private func place(_ field: String, _ year: String?, _ c: IssueContext) -> (String, SourceLocation?) {
        let labels = c.schedule?.labels ?? self.labels
        let i = year.flatMap { labels.firstIndex(of: $0) }
        func entry(_ locations: [SourceLocation]) -> SourceLocation? { i.flatMap { locations.indices.contains($0) ? locations[$0] : nil } }
        switch field {
        case "teamsFullyOperating": return ("schedule.teamsFullyOperating[\(i ?? 0)]", entry(teamsFullyOperating))
        case "teamsComingIntoOperation": return ("schedule.teamsComingIntoOperation[\(i ?? 0)]", entry(teamsComingIntoOperation))
        case "developmentGBP": return ("developmentProgrammeGBP[\(i ?? 0)]", entry(developmentEntries) ?? development)
        case "years", "labels": return ("years", years)
        case "target.teams": return (c.kind == .fromAreas ? "schedule.fromAreas" : "schedule.target.teams", targetTeams)
        case "target.fullyOperatingFromYearIndex": return ("\(derivedPrefix).fullyOperatingFrom", targetYear)
        case "maxTeamsStartingPerYear": return ("\(c.prefix).maxTeamsStartingPerYear", maxTeamsStartingPerYear)
        case "alreadyFullyOperating": return ("\(c.prefix).alreadyFullyOperating", alreadyFullyOperating ?? targetTeams)
        default:
            // An assumption figure, by id.
            if let figure = c.assumptions?.all.first(where: { $0.id == field }) {
                if let o = figure.override { return (o.fieldPath, nil) }
                return (field == c.assumptions?.labourPerTeamFirstYearGBP.id ? "labourPerTeam" : "reference parameter \(field)", nil)
            }
            return (field, nil)
        }
    }

    private func what(_ field: String) -> String {
        switch field {
        case "teamsFullyOperating": return "teams fully operating from 1 April"
        case "teamsComingIntoOperation": return "teams coming into operation over the year"
        case "developmentGBP": return "development programme in GBP"
        case "target.teams": return "teams in the target"
        case "maxTeamsStartingPerYear": return "teams starting a year"
        case "alreadyFullyOperating": return "teams already fully operating"
        default: return "value"
        }
    }

    private func neverCameIntoOperation(
        year: String, full: Double, available: Double, path: String, at: SourceLocation?, _ c: IssueContext
    ) -> Diagnostic {
        func n(_ v: Double) -> String { NumberFormat.approximate(v) }
        let labels = c.schedule?.labels ?? self.labels
        let i = labels.firstIndex(of: year) ?? 0
        let previous = i > 0 ? c.schedule?.years[i - 1] : nil
        let previousLabel = previous?.label ?? "the year before"
        let breakdown =
            previous.map {
                "the \(n($0.teamsFullyOperating)) fully operating plus the \(n($0.teamsComingIntoOperation)) coming into operation in \($0.label)"
            } ?? "the teams operating the year before"
        let raiseTo = (previous?.teamsComingIntoOperation ?? 0) + full - available
        return Diagnostic(
            file: c.file, location: at, fieldPath: path,
            found: "\(n(full)) teams fully operating from 1 April \(year), but \(n(full - available)) of them never came into operation",
            expected:
                "at most \(n(available)) in \(year): \(breakdown) (a team comes into operation the year before it is fully operating)",
            suggestion:
                "raise schedule.teamsComingIntoOperation[\(max(i - 1, 0))] (\(previousLabel)) to \(n(raiseTo)), or lower this to \(n(available))"
        )
    }

    private func targetUnreachable(
        year: String, teams: Double, reachable: Double, path: String, at: SourceLocation?, _ c: IssueContext
    ) -> Diagnostic {
        func n(_ v: Double) -> String { NumberFormat.approximate(v) }
        let labels = c.schedule?.labels ?? self.labels
        let already = c.target?.alreadyFullyOperating ?? 0
        let cap = c.target?.maxTeamsStartingPerYear ?? 0
        let years = labels.firstIndex(of: year) ?? c.target.flatMap { t in labels.firstIndex(of: t.fullyOperatingFrom) } ?? 0
        var hints: [String] = []
        if years > 0 {
            hints.append(
                "raise \(c.prefix).maxTeamsStartingPerYear to at least \(n(((teams - already) / Double(years) * 100).rounded(.up) / 100))")
        }
        // Years beyond the most a config may give are no hint (and a huge count would trap converting to Int).
        let yearsNeeded = cap > 0 ? ((teams - already) / cap).rounded(.up) : .infinity
        if yearsNeeded <= Double(RolloutConfigLoader.maxYears), let firstLabel = labels.first ?? c.target?.fullyOperatingFrom,
            let later = FinancialYear(label: firstLabel)?.offset(by: Int(yearsNeeded))?.label
        {
            hints.append(
                "move \(derivedPrefix).fullyOperatingFrom to \(later)" + (labels.contains(later) ? "" : " (adding years up to it)"))
        }
        return Diagnostic(
            file: c.file, location: at, fieldPath: path, found: "a target of \(n(teams)) teams fully operating from 1 April \(year)",
            expected:
                "at most \(n(reachable)) team\(reachable == 1 ? "" : "s") by \(year): \(n(already)) already fully operating + \(years) year\(years == 1 ? "" : "s") × at most \(n(cap)) coming into operation a year",
            suggestion: hints.isEmpty ? nil : hints.joined(separator: ", or "))
    }
}
