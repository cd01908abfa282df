/// Findings about an area's recruitment: a phasing the plan years end before, spare capacity of fully staffed teams,
/// and what a budget or target came to (Methodology §3.5, §3.7, §3.9, §3.10).
public enum RecruitmentFindings {
    /// Findings from the calculation: phasing short of the gap, spare capacity.
    public static func findings(area: AreaInput, quantities q: AreaQuantities) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let phasingPath = "\(area.fieldPath).phasing"
        if area.recruitment.goal == nil, q.costedGapWTE - q.recruitedWTE > 1e-6 {
            findings.append(
                Diagnostic(
                    .phasingShortOfGap,
                    message:
                        "The phasing (\(area.recruitment.phasing.summary)) recruits \(NumberFormat.fixed(q.recruitedWTE, 2)) of the \(NumberFormat.fixed(q.costedGapWTE, 2)) WTE gap by \(area.planYears.last ?? "the last plan year"); \(NumberFormat.fixed(q.costedGapWTE - q.recruitedWTE, 2)) WTE are left to recruit after the plan.",
                    fieldPath: phasingPath, source: area.recruitment.phasingSource))
        }
        if let last = q.years.last, last.spareCapacityTeams > 1e-6 {
            findings.append(
                Diagnostic(
                    .spareCapacity, .note,
                    message:
                        "By \(area.planYears.last ?? "the last plan year") the teams could see \(NumberFormat.fixed(last.capacityBabies)) babies a year but the caseload is \(NumberFormat.fixed(q.specialistCaseload)): babies seen are capped at the caseload, and the spare \(NumberFormat.fixed(last.spareCapacityTeams, 2)) team-equivalents (\(NumberFormat.fixed(last.spareCapacityTeams * q.teamWTE, 2)) WTE) are capacity for the wider workforce (training, consultation, supervision), not extra babies.",
                    fieldPath: "\(area.fieldPath).sizingMethod"))
        }
        return findings
    }

    /// Findings on a plan solved for a budget or a target.
    public static func goalFindings(_ p: AreaPlan) -> [Diagnostic] {
        let path = p.input.fieldPath
        var findings: [Diagnostic] = []
        if let b = p.budget {
            if let k = b.existingOverBudgetYearIndex {
                findings.append(
                    Diagnostic(
                        .budgetBuysNothing,
                        message:
                            "The budget of \(NumberFormat.gbp(b.budgetGBP[k])) in \(p.years[k].label) does not pay for the existing workforce alone, so it buys no new post; the recommended plan is shown for reference.",
                        fieldPath: "\(path).budget", source: p.input.recruitment.goalSource))
            } else if b.buysNothing {
                findings.append(
                    Diagnostic(
                        .budgetBuysNothing,
                        message:
                            "The budget buys no new post: the first year of the smallest recruitment (\(NumberFormat.fixed(b.stepWTE, 2)) WTE) costs \(NumberFormat.gbp(b.smallestRecruitmentFirstYearGBP)) more than the existing workforce in \(p.years.first?.label ?? "the first plan year"), and the budget leaves less than that. The recommended plan is shown for reference.",
                        fieldPath: "\(path).budget", source: p.input.recruitment.goalSource))
            } else if b.shortOfRecommendedWTE > 1e-6 {
                findings.append(
                    Diagnostic(
                        .budgetShortOfRecommended, .note,
                        message:
                            "The budget pays for \(NumberFormat.fixed(b.affordableNewWTE, 2)) of the \(NumberFormat.fixed(b.recommendedNewWTE, 2)) new WTE recommended: \(NumberFormat.fixed(b.shortOfRecommendedWTE, 2)) WTE short, and \(NumberFormat.fixed(p.totalNeedNotMet)) babies of the caseload not seen over the plan.",
                        fieldPath: "\(path).budget", source: p.input.recruitment.goalSource))
            }
        }
        if let t = p.target, !t.reachable {
            let earliest =
                t.earliestYearIndex.map { "the earliest it could be reached is \(p.years[$0].label)" }
                ?? "it cannot be reached within the plan years"
            findings.append(
                Diagnostic(
                    .targetUnreachable,
                    message:
                        "\(NumberFormat.percent(t.shareOfCaseloadSeen)) of the caseload cannot be seen by \(p.years[t.byYearIndex].label)\(t.maxNewWTEPerYear.map { " recruiting at most \(NumberFormat.trimmed($0, 2)) new WTE a year" } ?? ""); \(earliest). The recommended plan is shown for reference.",
                    fieldPath: "\(path).target", source: p.input.recruitment.goalSource))
        }
        return findings
    }
}
