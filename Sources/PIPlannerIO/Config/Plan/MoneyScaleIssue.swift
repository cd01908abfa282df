import Foundation
import PIPlannerModel

extension AreaPlanner.MoneyScale {
    /// The issue refusing `area` (at `path`, written at `location` of `file`) whose plan under `a` costs more than
    /// `Money` holds: at the field its ``cause`` names (a funder's amounts, a salary, pay growth, training), else at the
    /// area with its population, births and teams (``found(_:)``).
    func issue(_ area: AreaInput, assumptions a: PlanAssumptions, path: String, file: String, location: SourceLocation?) -> FieldIssue {
        let limit = "at most \(NumberFormat.gbp(Money(gbp: Money.maxGBP))) in all, the most piplanner holds to the penny"
        let total = "in a plan costing about £\(NumberFormat.approximate(boundGBP))"
        func issue(_ fieldPath: String, _ found: String, _ expected: String) -> FieldIssue {
            FieldIssue(file: file, location: location, fieldPath: fieldPath, found: found, expected: expected)
        }
        switch cause {
        case .fundingAmounts(let index) where area.funding.indices.contains(index):
            let funder = area.funding[index]
            guard case .amounts(let amounts) = funder.contribution else { break }
            let sum = amounts.reduce(0) { $0 + abs($1.gbp) }
            return issue(
                funder.fieldPath, "amounts adding up to about £\(NumberFormat.approximate(sum)) over the plan years, \(total)",
                "contributions of \(limit); look for an amount in the wrong unit or with a misplaced exponent")
        case .salary(let index) where area.staffing.roles.indices.contains(index):
            let role = area.staffing.roles[index]
            let written = role.annualSalaryGBP.source.hasPrefix("config ") ? role.annualSalaryGBP.source.dropFirst(7) : "staffingModel"
            return issue(
                String(written.prefix { $0 != ":" }),
                "a salary of about £\(NumberFormat.approximate(role.annualSalaryGBP.value)) a year per WTE for role '\(role.id)', \(total)",
                "salaries whose costs come to \(limit); look for a salary in the wrong unit or with a misplaced exponent")
        case .payGrowth:
            let growth = a.payGrowthRate
            let years = area.payYearsBeforeFirstPlanYear + area.planYears.count - 1
            return issue(
                growth.override?.fieldPath ?? "planYears",
                "pay growth of \(NumberFormat.plain(growth.value)) a year over \(years) years from the pay year \(area.payYearLabel) to "
                    + "\(area.planYears.last ?? "the last plan year"), bringing a team's labour to about £\(NumberFormat.approximate(labourPerTeamLastYearGBP)) a year, \(total)",
                "costs of \(limit); look for plan years far from the pay year, or a pay growth rate in the wrong unit")
        case .training:
            let training = [a.trainingFirstYearGBP, a.trainingSecondYearGBP].max { $0.value < $1.value }!
            return issue(
                training.override?.fieldPath ?? "reference parameter \(training.id)",
                "training of about £\(NumberFormat.approximate(training.value)) a team, \(total)",
                "costs of \(limit); look for an amount in the wrong unit or with a misplaced exponent")
        default: break
        }
        return issue(path, found(area), Self.expected)
    }
}
