import Foundation
import PIPlannerModel

extension RolloutPlanningRun {
    /// A staffing model's labour under the employer on-cost method: at the pay year (a step per role, post by post),
    /// then in each rollout year from the pay-year salaries grown by pay growth and that year's tax-year rules (NI is
    /// not linear in pay, so each year is costed, not uplifted). The first year's figure and each year's; nil when
    /// the labour is more than `Money` holds.
    func employerCost(_ model: StaffingModel, pay: RolloutLabourInput.PricedYear, employer: EmployerOnCosts, growth: Figure)
        -> (firstYear: Figure, byYear: [Figure]?)?
    {
        let years = config.years
        guard let firstYear = years.first else { return nil }
        let n0 = RolloutLabourUpliftRule.years(from: pay.year, to: firstYear)
        let factors = years.indices.map { PayGrowthRule.factor(payGrowthRate: growth.value, years: n0 + $0) }
        // Said as the pay year's labour uplifted to the last year (what makes it large), then checked on every part of
        // every year's labour: each amount rounded to the penny is at most their sum (NaN stays NaN).
        let atPay = employer.teamLabourGBP(model.roles, year: employer.payYear, payFactor: 1)
        let bounds = factors.indices.map {
            employer.teamLabourGBP(model.roles, year: employer.planYear($0), payFactor: factors[$0]).boundGBP
        }
        guard let last = years.last, fits(atPay.boundGBP, from: pay, years: n0 + years.count - 1, firstYear: last, growth: growth),
            fits(bounds.reduce(atPay.boundGBP, +), from: pay, years: 0, firstYear: last, growth: growth)
        else { return nil }
        audit += payYearSteps(model, pay: pay, employer: employer)
        let yearsFigure = { (k: Int) in
            Figure(
                id: "payGrowthYears", value: Double(n0 + k), unit: "years from pay year \(pay.year) to \(years[k])",
                source: "\(pay.source); rollout year", basis: .derived)
        }
        let byYear = years.indices.map { k -> Figure in
            let year = employer.planYear(k)
            let labour = employer.roleCosts(model.roles, year: year, payFactor: factors[k]).map(\.total).sum()
            let id = "rollout.labourPerTeam[\(years[k])]"
            audit.append(
                AuditStep(
                    id: id, title: "Labour of one fully operating team in \(years[k]) (\(model.name))",
                    formula: EmployerOnCostAudit.yearFormula(year.taxYear),
                    inputs: [growth, yearsFigure(k)] + EmployerOnCostAudit.yearFigures(year), result: labour.total.gbp,
                    resultUnit: "GBP a year per team (" + EmployerOnCostAudit.parts(labour) + ")"))
            return Figure(
                id: "labourPerTeam \(years[k])", value: labour.total.gbp, unit: "GBP a year per fully operating team, \(years[k]) prices",
                source: "step: \(id)", basis: .derived)
        }
        var first = byYear[0]
        first.id = "labourPerTeam"
        first.source =
            "step: rollout.labourPerTeam[\(firstYear)] (\(model.name), \(model.source); pay \(pay.year), point \(pay.point ?? ""); "
            + "employer on-costs, \(employer.employerType.rawValue))"
        return (first, byYear)
    }

    /// The pay year's labour: a step per role and the team's sum.
    private func payYearSteps(_ model: StaffingModel, pay: RolloutLabourInput.PricedYear, employer: EmployerOnCosts) -> [AuditStep] {
        let costs = employer.roleCosts(model.roles, year: employer.payYear, payFactor: 1)
        let roleSteps = model.roles.indices.map { index in
            let role = model.roles[index]
            let wte = Figure(
                id: "wte", value: role.wtePerTeam, unit: "WTE a team", source: "staffing model '\(model.id)': \(model.source)",
                basis: model.source.hasPrefix("config") ? .config : .published)
            return EmployerOnCostAudit.roleStep(
                id: "rollout.labourPerTeamAtPayYear.\(role.id)",
                title: "Labour of \(role.title), one team at \(pay.year) pay (employer \(employer.roleEmployerTypes[index].rawValue))",
                role: role, wte: wte, cost: costs[index], resolved: employer.payYear.roleRates[index])
        }
        let total = costs.map(\.total).sum()
        let team = AuditStep(
            id: "rollout.labourPerTeamAtPayYear", title: "Labour of one team at \(pay.year) pay (\(model.name), employer on-costs)",
            formula: "Σ over roles of each post's pay + employer NI + employer pension + levy + other on-costs",
            inputs: roleSteps.map { Figure(id: $0.id, value: $0.result, unit: "GBP a year", source: "step: \($0.id)", basis: .derived) },
            result: total.total.gbp, resultUnit: "GBP a year per team (" + EmployerOnCostAudit.parts(total) + ")")
        return roleSteps + [team]
    }
}
