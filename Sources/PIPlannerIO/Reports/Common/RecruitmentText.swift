import PIPlannerModel

/// Sentences about an area's recruitment, need not met, budget and target, shared by the Markdown and HTML reports
/// (Methodology §3.5, §3.7–§3.10). Plain text with `**bold**` marks the Markdown keeps and the HTML converts.
enum RecruitmentText {
    /// The first line of a plan solved for a budget or a target; nil for a plan of the recommended workforce.
    static func headline(_ p: AreaPlan) -> String? {
        if let b = p.budget { return budget(b, p) }
        if let t = p.target { return target(t, p) }
        return nil
    }

    /// The budget as written: one amount a year, or each year's.
    static func budgetAmount(_ b: BudgetRule.Outcome, _ p: AreaPlan) -> String {
        if let first = b.budgetGBP.first, b.budgetGBP.allSatisfy({ $0 == first }) { return "\(NumberFormat.gbp(first)) a year" }
        return zip(p.years, b.budgetGBP).map { "\(NumberFormat.gbp($1)) in \($0.label)" }.joined(separator: ", ")
    }

    /// "What £600,000 a year buys: ...".
    static func budget(_ b: BudgetRule.Outcome, _ p: AreaPlan) -> String {
        let amount = budgetAmount(b, p)
        if let k = b.existingOverBudgetYearIndex {
            return
                "**\(amount) buys no new post**: the existing \(NumberFormat.number(p.existingWTE, 2)) WTE alone cost \(NumberFormat.gbp(p.years[k].cost.labourExistingGBP)) in \(p.years[k].label), more than its budget. The recommended plan below is shown for reference."
        }
        if b.buysNothing {
            return
                "**\(amount) buys no new post**: the first year of the smallest recruitment (\(NumberFormat.number(b.stepWTE, 2)) WTE) costs \(NumberFormat.gbp(b.smallestRecruitmentFirstYearGBP)) on top of the existing workforce in \(p.years.first?.label ?? "the first plan year"). The recommended plan below is shown for reference."
        }
        let teams = p.teamWTE > 0 ? b.affordableNewWTE / p.teamWTE : 0
        var line =
            "**What \(amount) buys**: **\(NumberFormat.number(b.affordableNewWTE, 2)) new WTE** (\(NumberFormat.number(teams, 2)) team-equivalents) on top of the existing \(NumberFormat.number(p.existingWTE, 2)) WTE, recruited \(p.input.recruitment.phasing.summary); "
        line += seenSentence(p)
        line +=
            b.shortOfRecommendedWTE > 1e-6
            ? "; **\(NumberFormat.number(b.shortOfRecommendedWTE, 2)) WTE short** of the recommended \(NumberFormat.number(b.recommendedNewWTE, 2)) new WTE."
            : "; the whole recommended workforce."
        return line
    }

    /// "Target: 80% of the caseload seen by 2028/29: ...".
    static func target(_ t: TargetRule.Outcome, _ p: AreaPlan) -> String {
        let year = p.years[t.byYearIndex]
        let cap = t.maxNewWTEPerYear.map { ", at most \(NumberFormat.trimmed($0, 2)) new WTE a year" } ?? ""
        guard t.reachable else {
            let earliest =
                t.earliestYearIndex.map { "the earliest it could be reached is \(p.years[$0].label)" } ?? "no plan year reaches it"
            return
                "**Target: \(NumberFormat.percent(t.shareOfCaseloadSeen)) of the caseload seen by \(year.label)\(cap)** cannot be reached; \(earliest). The recommended plan below is shown for reference."
        }
        let phasing = zip(p.years, t.newWTEByYear).map { "\($0.label) \(NumberFormat.number($1, 2))" }.joined(separator: ", ")
        return
            "**Target: \(NumberFormat.percent(t.shareOfCaseloadSeen)) of the caseload seen by \(year.label)\(cap)**: the cheapest phasing recruits \(phasing) new WTE (\(NumberFormat.number(p.recruitedWTE, 2)) WTE in all) and costs \(p.annualCostGBP.map(NumberFormat.gbp).joined(separator: "; ")), **\(NumberFormat.gbp(p.totalCostGBP)) over the plan**; \(year.shareOfCaseloadSeen.map { NumberFormat.percent($0) } ?? "—") of the caseload is seen in \(year.label)."
    }

    /// "1,236 babies seen over the plan, 84% of the caseload; need not met 241 babies".
    static func seenSentence(_ p: AreaPlan) -> String {
        "\(NumberFormat.number(p.totalBabiesSeen)) babies seen over the plan (\(p.shareOfCaseloadSeenOverPlan.map { NumberFormat.percent($0) } ?? "—") of the caseload), **need not met \(NumberFormat.number(p.totalNeedNotMet)) babies**"
    }

    /// The workforce line of the summary: gap, rounding to posts and the phasing.
    static func workforce(_ p: AreaPlan) -> String {
        var line =
            "Existing workforce \(NumberFormat.number(p.existingWTE, 2)) WTE; **gap \(NumberFormat.number(p.gapWTE, 2)) WTE** (\(NumberFormat.number(p.newTeams, 2)) new team-equivalents recruited)"
        if let increment = p.hiringIncrementWTE {
            line +=
                "; each role rounded up to \(NumberFormat.trimmed(increment, 2)) WTE, **\(NumberFormat.number(p.costedWTE, 2)) WTE costed**, \(NumberFormat.number(p.costedGapWTE, 2)) to recruit"
        }
        let phased = zip(p.years, p.years.map(\.newWTEStarting)).map { "\($0.label) \(NumberFormat.number($1, 2))" }.joined(separator: ", ")
        line += ". Recruitment: \(p.input.recruitment.phasing.summary) (\(phased) WTE)"
        if p.costedGapWTE - p.recruitedWTE > 1e-6 {
            line += "; \(NumberFormat.number(p.costedGapWTE - p.recruitedWTE, 2)) WTE not recruited within the plan"
        }
        return line + "."
    }

    /// The need line of the summary: babies seen and need not met by year.
    static func need(_ p: AreaPlan) -> String {
        let shares = p.years.map { "\($0.label) \($0.shareOfCaseloadSeen.map { NumberFormat.percent($0) } ?? "—")" }.joined(separator: "; ")
        return
            "Share of the caseload seen: \(shares); \(seenSentence(p)). Babies are in scope from conception to age two, so need not met in a year is not a queue carried into the next (Methodology §3.5)."
    }

    /// Spare capacity of fully staffed teams, when any year has it.
    static func spareCapacity(_ p: AreaPlan) -> String? {
        guard let year = p.years.last(where: { $0.spareCapacityTeams > 1e-6 }) else { return nil }
        return
            "In \(year.label) the teams' capacity (\(NumberFormat.number(year.capacityBabies)) babies) exceeds the caseload (\(NumberFormat.number(p.specialistCaseload))): babies seen are capped at the caseload, and the spare \(NumberFormat.number(year.spareCapacityTeams, 2)) team-equivalents (\(NumberFormat.number(year.spareCapacityTeams * p.teamWTE, 2)) WTE) are capacity for the wider workforce (training, consultation, supervision), not extra babies."
    }

    /// Why the WTE costed differ from the WTE required.
    static func rounding(_ p: AreaPlan) -> String {
        guard let increment = p.hiringIncrementWTE else { return "No hiring increment is set: the WTE required are costed as they are." }
        return
            "Each role's required WTE is rounded up to the hiring increment of \(NumberFormat.trimmed(increment, 2)) WTE (\(ReportText.text(p.assumptions.hiringIncrementWTE?.source ?? ""))); **the rounded WTE is the one costed**, \(NumberFormat.number(p.costedWTE, 2)) WTE against \(NumberFormat.number(p.requiredWTE, 2)) unrounded. WTE in post are the existing WTE taken in the team's mix (Methodology §3.8)."
    }
}
