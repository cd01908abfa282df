/// What makes an area's plan cost more than `Money` holds, so that the message refusing the area names that field rather
/// than listing every field that might be. The plan's money is about `amounts + teams × labour × growth × years`
/// (``AreaQuantities``): the cause is the part or the multiplier that dominates it.
public enum MoneyCause: Sendable, Equatable {
    /// The fixed amounts of the funder at this index of the area's funding: they are most of the money.
    case fundingAmounts(funder: Int)
    /// One team's salaries (the largest role's at this index in the staffing model): its labour alone does not fit.
    case salary(role: Int)
    /// Pay growth: one team's labour grows by a larger multiple over the plan than there are teams.
    case payGrowth
    /// Training per team: larger than a team's labour.
    case training
    /// The teams (from population, births and the sizing figures): a larger multiple than pay growth.
    case teams

    /// The cause of `area`'s plan under `a` not fitting, from its `quantities` (Methodology §4–§5).
    public init(_ area: AreaInput, assumptions a: PlanAssumptions, quantities q: AreaQuantities) {
        let amounts = area.funding.map { funder -> Double in
            guard case .amounts(let amounts) = funder.contribution else { return 0 }
            return amounts.reduce(0) { $0 + abs($1.gbp) }
        }
        let roles = area.staffing.roles.map { abs($0.annualSalaryGBP.value) * $0.wtePerTeam }
        let base = abs(q.labourPerTeamAtPayYearGBP)
        let labour = q.years.map { abs($0.labourPerTeamGBP) }.max() ?? base
        let training = abs(a.trainingFirstYearGBP.value) + abs(a.trainingSecondYearGBP.value)
        if let largest = amounts.indices.max(by: { amounts[$0] < amounts[$1] }), amounts.reduce(0, +) * 2 >= q.moneyBoundGBP {
            self = .fundingAmounts(funder: largest)
        } else if let largest = roles.indices.max(by: { roles[$0] < roles[$1] }), !Money.canHold(base) || !base.isFinite {
            self = .salary(role: largest)
        } else if training > labour {
            self = .training
        } else {
            let teams = abs(q.existingTeams) + abs(q.newTeams)
            self = base > 0 && labour / base >= 1 + teams ? .payGrowth : .teams
        }
    }
}
