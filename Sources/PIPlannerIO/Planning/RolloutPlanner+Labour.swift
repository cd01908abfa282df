import Foundation
import PIPlannerModel

extension RolloutPlanningRun {
    /// One fully operating team's labour a year at the first rollout year's prices, with the audit steps that build
    /// it (`RolloutLabourUpliftRule`, `RolloutStaffingLabourRule`), and under the employer on-cost method each rollout
    /// year's labour (`byYear`); nil when it is more than `Money` holds.
    func costLabour(_ input: RolloutLabourInput) -> (firstYear: Figure, byYear: [Figure]?)? {
        guard let firstYear = config.years.first, let growth = config.figures["payGrowthRate"] else { return nil }
        switch input {
        case .figure(let base, nil):
            return (base, nil)
        case .figure(let base, let priceYear?):
            return uplift(base, from: priceYear, firstYear: firstYear, growth: growth).map { ($0, nil) }
        case .staffingModel(let model, let pay, .flat):
            return cost(model, pay: pay, firstYear: firstYear, growth: growth).map { ($0, nil) }
        case .staffingModel(let model, let pay, .employer(let employer)):
            return employerCost(model, pay: pay, employer: employer, growth: growth)
        }
    }

    /// A figure at an earlier price year, uplifted by pay growth to the first rollout year.
    private func uplift(_ base: Figure, from priceYear: RolloutLabourInput.PricedYear, firstYear: FinancialYear, growth: Figure) -> Figure?
    {
        let years = RolloutLabourUpliftRule.years(from: priceYear.year, to: firstYear)
        guard years > 0 else { return base }
        guard fits(base.value, from: priceYear, years: years, firstYear: firstYear, growth: growth) else { return nil }
        let labour = RolloutLabourUpliftRule.labourFirstYear(Money(gbp: base.value), payGrowthRate: growth.value, years: years)
        let yearsFigure = Figure(
            id: "payGrowthYears", value: Double(years), unit: "years from price year \(priceYear.year) to \(firstYear)",
            source: "config labourPerTeam.priceYear; first rollout year", basis: .config)
        audit.append(
            upliftStep(from: base, basedAt: "price year", growth: growth, years: yearsFigure, result: labour, firstYear: firstYear))
        return Figure(
            id: "labourPerTeam", value: labour.gbp, unit: "GBP a year per fully operating team, \(firstYear) prices",
            source: "step: rollout.labourPerTeam (\(base.id): \(base.source))", basis: .derived,
            derivation:
                "\(NumberFormat.gbpPence(Money(gbp: base.value))) at \(priceYear.year) prices × (1 + \(NumberFormat.trimmed(growth.value, 4)))^\(years) = \(NumberFormat.gbpPence(labour))."
        )
    }

    /// A staffing model's labour at its pay year, plus on-costs, uplifted by pay growth to the first rollout year.
    private func cost(_ model: StaffingModel, pay: RolloutLabourInput.PricedYear, firstYear: FinancialYear, growth: Figure) -> Figure? {
        guard let onCost = config.figures["onCostRate"] else { return nil }
        let years = RolloutLabourUpliftRule.years(from: pay.year, to: firstYear)
        let roles = model.roles.map { (wte: $0.wtePerTeam, annualSalaryGBP: $0.annualSalaryGBP.value) }
        let atPayGBP = RolloutStaffingLabourRule.labourAtPayYearGBP(roles: roles, onCostRate: onCost.value)
        guard fits(atPayGBP, from: pay, years: years, firstYear: firstYear, growth: growth) else { return nil }
        let costing = RolloutStaffingLabourRule.cost(roles: roles, onCostRate: onCost.value, payGrowthRate: growth.value, years: years)
        let roleFigures = model.roles.map { role -> Figure in
            var salary = role.annualSalaryGBP
            salary.id = "\(role.id) (\(role.band.map { "band \($0)" } ?? "no band"), \(NumberFormat.trimmed(role.wtePerTeam, 2)) WTE)"
            return salary
        }
        audit.append(
            AuditStep(
                id: "rollout.labourPerTeamAtPayYear", title: "Labour of one team at \(pay.year) pay (\(model.name))",
                formula: "Σ over roles (WTE × annual salary) × (1 + on-cost rate), to the penny", inputs: roleFigures + [onCost],
                result: costing.atPayYearGBP.gbp, resultUnit: "GBP a year per team"))
        let atPayFigure = Figure(
            id: "labourPerTeamAtPayYear", value: costing.atPayYearGBP.gbp, unit: "GBP a year per team at \(pay.year) pay",
            source: "step: rollout.labourPerTeamAtPayYear", basis: .derived)
        let yearsFigure = Figure(
            id: "payGrowthYears", value: Double(years), unit: "years from pay year \(pay.year) to \(firstYear)",
            source: "\(pay.source); first rollout year", basis: .derived)
        audit.append(
            upliftStep(
                from: atPayFigure, basedAt: "pay year", growth: growth, years: yearsFigure, result: costing.firstYearGBP,
                firstYear: firstYear))
        return Figure(
            id: "labourPerTeam", value: costing.firstYearGBP.gbp, unit: "GBP a year per fully operating team, \(firstYear) prices",
            source: "step: rollout.labourPerTeam (\(model.name), \(model.source); pay \(pay.year), point \(pay.point ?? ""))",
            basis: .derived,
            derivation:
                "Σ WTE × salary × (1 + \(NumberFormat.trimmed(onCost.value, 4))) = \(NumberFormat.gbpPence(costing.atPayYearGBP)) at \(pay.year) pay; × (1 + \(NumberFormat.trimmed(growth.value, 4)))^\(years) = \(NumberFormat.gbpPence(costing.firstYearGBP))."
        )
    }

    /// `rollout.labourPerTeam`: labour at `basedAt` ("price year", "pay year") uplifted by pay growth to the first year.
    func upliftStep(
        from base: Figure, basedAt: String, growth: Figure, years: Figure, result: Money, firstYear: FinancialYear
    ) -> AuditStep {
        AuditStep(
            id: "rollout.labourPerTeam", title: "Labour of one fully operating team at \(firstYear) prices",
            formula:
                "labour at the \(basedAt) × (1 + pay growth a year)^(years from the \(basedAt) to the first rollout year), to the penny",
            inputs: [base, growth, years], result: result.gbp, resultUnit: "GBP a year per team")
    }

    /// Whether labour of `gbp` at `priced`'s year, uplifted by pay growth for `years` years, is an amount `Money` holds;
    /// if not, says so against the year's field (pay growth over thousands of years, or a team of enormous salaries).
    func fits(_ gbp: Double, from priced: RolloutLabourInput.PricedYear, years: Int, firstYear: FinancialYear, growth: Figure)
        -> Bool
    {
        guard !RolloutLabourUpliftRule.fits(gbp, payGrowthRate: growth.value, years: years) else { return true }
        let uplifted = RolloutLabourUpliftRule.labourFirstYearGBP(gbp, payGrowthRate: growth.value, years: years)
        issues.append(
            Diagnostic(
                file: file, location: priced.place.location, fieldPath: priced.fieldPath,
                found:
                    "\(priced.year): labour of £\(NumberFormat.approximate(gbp)) a team a year, uplifted \(NumberFormat.trimmed(growth.value * 100, 2))% a year for \(years) years to \(firstYear), is about £\(NumberFormat.approximate(uplifted))",
                expected:
                    "labour of at most \(NumberFormat.gbp(Money(gbp: Money.maxGBP))) a team a year, the most piplanner holds to the penny; check the rollout years and this year"
            ))
        return false
    }
}
