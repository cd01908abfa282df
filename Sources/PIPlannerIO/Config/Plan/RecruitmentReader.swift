import Foundation
import PIPlannerModel

/// A `phasing` block as read, with where it was written.
struct PhasingSpec {
    var phasing: RecruitmentPhasing
    var path: String
    var node: JSONNode
}

/// A `budget` or `target` as read, with where it was written.
struct GoalSpec {
    var goal: RecruitmentGoal
    var path: String
    var node: JSONNode
}

extension PlanConfigLoader {
    /// The forms a `phasing` block takes: exactly one of these keys.
    static let phasingKeys = ["years", "maxNewWTEPerYear", "maxNewTeamsPerYear", "newWTEByYear"]
    /// The keys of a `target`.
    static let targetKeys = ["shareOfCaseloadSeen", "byYear", "maxNewWTEPerYear"]

    /// A `phasing` block (Methodology §3.7): exactly one form, its value checked.
    func readPhasing(_ node: JSONNode, path: String, yearCount: Int, _ r: FieldReader) -> PhasingSpec? {
        let forms =
            "{\"years\": 3}, {\"maxNewWTEPerYear\": 5}, {\"maxNewTeamsPerYear\": 1} or {\"newWTEByYear\": [4, 4, 4.39]} (one a plan year)"
        guard let f = r.object(node, path, allowed: Self.phasingKeys, what: "an object: " + forms) else { return nil }
        let given = Self.phasingKeys.filter { f[$0] != nil }
        guard given.count == 1, let key = given.first, let value = f[key] else {
            r.report(
                node, path, expected: given.isEmpty ? "one of " + forms : "only one of " + given.map { "\"\($0)\"" }.joined(separator: ", ")
            )
            return nil
        }
        let p = join(path, key)
        switch key {
        case "years":
            guard case .number(let d) = value.value, d.isFinite, d == d.rounded(), d >= 1, d <= Double(yearCount) else {
                r.report(value, p, expected: "a whole number of years from 1 to \(yearCount) (the plan years)")
                return nil
            }
            return PhasingSpec(phasing: .spreadOverYears(Int(d)), path: p, node: value)
        case "maxNewWTEPerYear":
            return r.positive(value, p, unit: "WTE a year").map { PhasingSpec(phasing: .maxNewWTEPerYear($0), path: p, node: value) }
        case "maxNewTeamsPerYear":
            return r.positive(value, p, unit: "team-equivalents a year").map {
                PhasingSpec(phasing: .maxNewTeamsPerYear($0), path: p, node: value)
            }
        default:
            guard let items = r.array(value, p) else { return nil }
            guard items.count == yearCount else {
                r.report(value, p, expected: "\(yearCount) amounts of new WTE, one a plan year")
                return nil
            }
            let wte = items.enumerated().compactMap { r.nonNegative($1, "\(p)[\($0)]", unit: "WTE") }
            return wte.count == yearCount ? PhasingSpec(phasing: .newWTEByYear(wte), path: p, node: value) : nil
        }
    }

    /// A top-level `hiringIncrementWTE`: greater than 0, at most 1 WTE.
    func readHiringIncrement(_ node: JSONNode, path: String, into figures: inout [String: Figure], _ r: FieldReader) {
        guard case .number(let d) = node.value, d.isFinite, d > 0, d <= 1 else {
            r.report(node, path, expected: "a hiring increment in WTE greater than 0 and at most 1 (e.g. 0.1, 0.5 or 1)")
            return
        }
        figures["hiringIncrementWTE"] = figures["hiringIncrementWTE"]?.overridden(with: d, at: path)
    }

    /// A `budget`: GBP a year, or one amount a plan year.
    func readBudget(_ node: JSONNode, path: String, yearCount: Int, _ r: FieldReader) -> GoalSpec? {
        if case .array(let items) = node.value {
            guard items.count == yearCount else {
                r.report(node, path, expected: "\(yearCount) amounts in GBP, one a plan year (or one amount for every year)")
                return nil
            }
            let amounts = items.enumerated().compactMap { r.amountGBP($1, "\(path)[\($0)]", unit: "GBP", allowZero: false) }
            return amounts.count == yearCount ? GoalSpec(goal: .budget(amounts.map { Money(gbp: $0) }), path: path, node: node) : nil
        }
        guard case .number = node.value else {
            r.report(node, path, expected: "GBP a year (e.g. 600000), or an array of one amount a plan year")
            return nil
        }
        return r.amountGBP(node, path, unit: "GBP a year", allowZero: false).map {
            GoalSpec(goal: .budget(Array(repeating: Money(gbp: $0), count: yearCount)), path: path, node: node)
        }
    }

    /// A `target`: a share of the caseload seen by a plan year, with an optional cap on new WTE a year.
    func readTarget(_ node: JSONNode, path: String, planYears: [String], _ r: FieldReader) -> GoalSpec? {
        let example = "{\"shareOfCaseloadSeen\": 0.8, \"byYear\": \"\(planYears.last ?? "2028/29")\", \"maxNewWTEPerYear\": 6}"
        guard let f = r.object(node, path, allowed: Self.targetKeys, what: "an object like " + example) else { return nil }
        guard let shareNode = f["shareOfCaseloadSeen"], let yearNode = f["byYear"] else {
            r.missing(
                join(path, f["shareOfCaseloadSeen"] == nil ? "shareOfCaseloadSeen" : "byYear"),
                expected: "a target share of the caseload (0 to 1) and the plan year to reach it by, e.g. " + example, at: node.location)
            return nil
        }
        let share = r.proportion(shareNode, join(path, "shareOfCaseloadSeen"), allowZero: false)
        var yearIndex: Int?
        if let label = r.string(yearNode, join(path, "byYear")) {
            yearIndex = planYears.firstIndex(of: label)
            if yearIndex == nil {
                r.report(
                    yearNode, join(path, "byYear"),
                    expected: "one of the plan years " + planYears.map { "\"\($0)\"" }.joined(separator: ", "),
                    hint: nearestKey(to: label, in: planYears).map(Diagnostic.Suggestion.nearest))
            }
        }
        let cap = f["maxNewWTEPerYear"].map { r.positive($0, join(path, "maxNewWTEPerYear"), unit: "WTE a year") }
        guard let share, let yearIndex, cap == nil || cap! != nil else { return nil }
        return GoalSpec(
            goal: .target(shareOfCaseloadSeen: share, byYearIndex: yearIndex, maxNewWTEPerYear: cap ?? nil), path: path, node: node)
    }

    /// The area's recruitment from its own or the plan's phasing and goal; a budget and a target together are refused.
    func recruitment(phasing: PhasingSpec?, budget: GoalSpec?, target: GoalSpec?, _ r: FieldReader) -> RecruitmentInput {
        if let budget, let target {
            r.report(
                target.node, target.path, expected: "a budget or a target, not both (a budget is at \(budget.path))",
                suggestion: "remove one: a budget asks what money buys, a target what it takes to see a share of the caseload")
        }
        let goal = budget ?? target
        return RecruitmentInput(
            phasing: phasing?.phasing ?? .allInFirstYear,
            phasingSource: phasing.map { "config \($0.path)" } ?? "default: all new WTE in the first plan year",
            goal: goal?.goal, goalSource: goal.map { "config \($0.path)" } ?? "")
    }

    /// Checks an area's phasing and target against its gap: explicit WTE beyond the gap, a target its cap cannot reach.
    func checkRecruitment(_ area: LoadedPlan.Area, phasing: PhasingSpec?, target: GoalSpec?, _ r: FieldReader) {
        let q = AreaQuantities(area.input, assumptions: area.assumptions)
        if let phasing, case .newWTEByYear(let wte) = phasing.phasing {
            let total = wte.reduce(0, +)
            if total > q.costedGapWTE + 1e-9 {
                r.report(
                    phasing.node, phasing.path,
                    expected:
                        "new WTE summing to at most the gap of \(NumberFormat.fixed(q.costedGapWTE, 2)) WTE (\(area.input.name); these sum to \(NumberFormat.trimmed(total, 2)))"
                )
            }
        }
        guard let target, case .target(let share, let year, let cap) = target.goal else { return }
        let outcome = TargetRule.solve(area.input, assumptions: area.assumptions, share: share, byYearIndex: year, cap: cap)
        guard !outcome.reachable else { return }
        let years = area.input.planYears
        let earliest =
            outcome.earliestYearIndex.map { "the earliest plan year it could be reached by is \(years[$0])" }
            ?? "no plan year reaches it\(cap == nil ? " even with the whole recommended workforce" : " under this cap")"
        r.report(
            target.node, target.path,
            expected:
                "a target \(area.input.name) can reach: \(NumberFormat.percent(share)) of the caseload by \(years[year])\(cap.map { " recruiting at most \(NumberFormat.trimmed($0, 2)) new WTE a year" } ?? "") cannot be reached; \(earliest)",
            suggestion: cap == nil
                ? "choose a later byYear or a lower share" : "raise maxNewWTEPerYear, choose a later byYear or a lower share")
    }
}
