import PIPlannerModel

extension ReportText {
    /// The on-cost method in words, for every report (plain text, no Markdown): "the employer method (employer NI and
    /// pension per post at each year's tax-year rules; employer: an NHS employer in England, nhs-england)" (with any
    /// role of another employer), or "the flat method (14% of salary: onCostRate, 002's 2021 figure)".
    static func onCostMethod(_ onCosts: AreaOnCosts, flatRate: Figure?, roles: [StaffRole]) -> String {
        guard let employer = onCosts.employer else {
            guard let flatRate else { return "the flat method" }
            let changed = flatRate.override.flatMap { o in o.referenceValue.map { $0 != flatRate.value ? o.fieldPath : nil } } ?? nil
            return "the flat method (\(NumberFormat.trimmedPercent(flatRate.value)) of salary: onCostRate, "
                + (changed.map { "set by this config at \($0)" } ?? "002's 2021 figure") + ")"
        }
        var text =
            "the employer method (employer NI and pension per post at each year's tax-year rules; employer: "
            + "\(employer.employerType.name), \(employer.employerType.rawValue)"
        let others = zip(roles, employer.roleEmployerTypes).filter { $0.1 != employer.employerType }
        if !others.isEmpty {
            text += "; role " + others.map { "'\($0.0.id)': \($0.1.name), \($0.1.rawValue)" }.joined(separator: "; role ")
        }
        return text + ")"
    }

    /// The method of a plan in words (`onCostMethod`).
    static func onCostMethod(_ p: AreaPlan) -> String {
        onCostMethod(p.input.onCosts, flatRate: p.assumptions.onCostRate, roles: p.staffing.roles)
    }

    /// The method of a scenario's plans in words (`onCostMethod`).
    static func onCostMethod(_ scenario: LoadedScenario) -> String {
        onCostMethod(scenario.onCosts, flatRate: scenario.assumptions.onCostRate, roles: scenario.staffing.roles)
    }

    /// One team's labour as its parts, without the total: "salaries £284,291 + employer NI £38,144 + pension £41,108
    /// + other £0" (pension with its levy), or under the flat method "salaries £284,291 + 14% on-costs".
    static func labourParts(_ b: OnCostBreakdown, onCosts: AreaOnCosts, flatRate: Double) -> String {
        guard onCosts.employer != nil else {
            return "salaries \(NumberFormat.gbp(b.salary)) + \(NumberFormat.trimmedPercent(flatRate)) on-costs"
        }
        return "salaries \(NumberFormat.gbp(b.salary)) + employer NI \(NumberFormat.gbp(b.employerNI)) + pension "
            + "\(NumberFormat.gbp(b.pensionWithLevy)) + other \(NumberFormat.gbp(b.other))"
    }

    /// A plan's labour at its pay year as parts (`labourParts`).
    static func labourParts(_ p: AreaPlan) -> String {
        labourParts(p.labourPerTeamAtPayYear, onCosts: p.input.onCosts, flatRate: p.assumptions.onCostRate.value)
    }
}
