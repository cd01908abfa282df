extension AreaAuditBuilder {
    /// One team's labour at the pay year: one step under the flat method; under the employer method a step per role
    /// (`EmployerOnCostAudit.roleStep`) and the team's sum.
    func labourSteps() -> [AuditStep] {
        guard let employer = area.onCosts.employer else { return [flatLabourStep()] }
        let roles = area.staffing.roles
        let roleSteps = zip(roles.indices, zip(roles, c.roleCostsAtPayYear)).map { index, pair in
            let (role, cost) = pair
            let wte = Figure(
                id: "wte", value: role.wtePerTeam, unit: "WTE a team",
                source: "staffing model '\(area.staffing.id)': \(area.staffing.source)",
                basis: area.staffing.source.hasPrefix("config") ? .config : .published)
            return EmployerOnCostAudit.roleStep(
                id: "labourPerTeam.\(role.id)",
                title:
                    "Labour of \(role.title), one team at \(area.payYearLabel) pay (employer \(employer.roleEmployerTypes[index].rawValue))",
                role: role, wte: wte, cost: cost, resolved: employer.payYear.roleRates[index])
        }
        let inputs = roleSteps.map { step in
            Figure(id: step.id, value: step.result, unit: "GBP a year", source: "step: \(step.id)", basis: .derived)
        }
        let team = AuditStep(
            id: "labourPerTeam", title: "Labour cost of one team at \(area.payYearLabel) pay (employer on-costs)",
            formula: "Σ over roles of each post's pay + employer NI + employer pension + levy + other on-costs", inputs: inputs,
            result: c.labourPerTeamAtPayYearGBP.gbp, resultUnit: "GBP a year (" + EmployerOnCostAudit.parts(c.labourPerTeamAtPayYear) + ")")
        return roleSteps + [team]
    }

    /// Plan year `index`'s labour for one team under the employer method (nil under the flat method): the pay-year
    /// salaries grown by pay growth, costed post by post with the year's rules.
    func yearLabourStep(_ index: Int, yearsFigure: Figure) -> AuditStep? {
        guard let employer = area.onCosts.employer else { return nil }
        let year = employer.planYear(index)
        let label = area.planYears[index]
        return AuditStep(
            id: "labourPerTeam[\(label)]", title: "Labour of one team in \(label)", formula: EmployerOnCostAudit.yearFormula(year.taxYear),
            inputs: [a.payGrowthRate, yearsFigure] + EmployerOnCostAudit.yearFigures(year), result: c.years[index].labourPerTeamGBP.gbp,
            resultUnit: "GBP a year (" + EmployerOnCostAudit.parts(c.years[index].labour) + ")")
    }
}
