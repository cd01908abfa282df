import PIPlannerModel

/// Every column the area tables print, defined once: `BatchRenderer.csvColumns` and `CompareRenderer.columns` pick
/// from these. Numbers in CSV: teams and WTE to 4 decimals, other measures to 2, proportions to 6, money to the penny.
enum AreaColumns {
    typealias Column = AreaColumn

    static let code = Column(id: "code", label: "Code", kind: .text) { .of($0.plan.code) }
    static let name = Column(id: "name", label: "Area", kind: .text) { .of($0.plan.name) }
    static let nation = Column(id: "nation", label: "Nation", kind: .text) { .of($0.nation) }
    static let tier = Column(id: "tier", label: "Tier", kind: .text) { .of($0.tier) }
    static let inputsFrom = Column(id: "inputs_from", label: "Population and births from", kind: .text) { .of($0.origin) }

    static let population = Column(id: "population_persons", label: "Population", kind: .count) { .of($0.plan.population) }
    static let births = Column(id: "births_per_year", label: "Births a year", kind: .count) { .of($0.plan.births) }
    static let birthRate = Column(id: "birth_rate_per_1000", label: "Births per 1,000 population", kind: .decimal(shown: 2, csv: 2)) {
        .of($0.plan.birthRatePer1000)
    }
    // The IDACI rate is written as the data gives it (three decimals, more where derived), not padded to six.
    static let idaci = Column(id: "idaci2019_rate", label: "IDACI 2019 rate", kind: .proportion(csv: nil)) { .of($0.idaci2019Rate) }
    static let lowIncomeShare = Column(id: "low_income_share", label: "Low-income share", kind: .proportion(csv: 6)) {
        .of($0.group("lowIncome")?.share.value)
    }
    static let lowIncomeBasis = Column(id: "low_income_share_basis", label: "Low-income share is", kind: .text) {
        .of($0.basis(of: "lowIncome"))
    }
    static let lowIncomeMeasure = Column(id: "low_income_measure", label: "Low-income measure", kind: .text) {
        .of($0.group("lowIncome")?.evidence?.measure)
    }
    static let lowIncomeYear = Column(id: "low_income_year", label: "Low-income year", kind: .text) {
        .of($0.group("lowIncome")?.evidence?.year)
    }
    static let lowIncomeGeography = Column(id: "low_income_geography", label: "Low-income geography", kind: .text) {
        .of($0.group("lowIncome")?.evidence?.geography)
    }
    static let maltreatmentShare = Column(id: "maltreatment_share", label: "Maltreatment share", kind: .proportion(csv: 6)) {
        .of($0.group("maltreatment")?.share.value)
    }
    static let maltreatmentBasis = Column(id: "maltreatment_share_basis", label: "Maltreatment share is", kind: .text) {
        .of($0.basis(of: "maltreatment"))
    }
    static let maltreatmentMeasure = Column(id: "maltreatment_measure", label: "Maltreatment measure", kind: .text) {
        .of($0.group("maltreatment")?.evidence?.measure)
    }
    static let maltreatmentYear = Column(id: "maltreatment_year", label: "Maltreatment year", kind: .text) {
        .of($0.group("maltreatment")?.evidence?.year)
    }
    static let maltreatmentGeography = Column(id: "maltreatment_geography", label: "Maltreatment geography", kind: .text) {
        .of($0.group("maltreatment")?.evidence?.geography)
    }
    static let otherRiskGroups = Column(id: "other_risk_groups", label: "Other risk groups", kind: .text) { row in
        let others = row.plan.input.riskGroups.filter { $0.id != "lowIncome" && $0.id != "maltreatment" }
        return .of(
            others.isEmpty
                ? "none"
                : others.map { "\($0.id) \(NumberFormat.trimmed($0.share.value, 4)) (\($0.basis))" }
                    .joined(separator: "; "))
    }

    static let prevalence = Column(id: "prevalence", label: "Prevalence", kind: .proportion(csv: 6)) { .of($0.plan.prevalence) }
    static let infantsAtRisk = Column(id: "infants_at_risk_per_year", label: "Infants at risk a year", kind: .decimal(shown: 1, csv: 2)) {
        .of($0.plan.infantsAtRisk)
    }
    static let specialistCaseload = Column(
        id: "specialist_caseload_per_year", label: "Specialist caseload a year", kind: .decimal(shown: 1, csv: 2)
    ) { .of($0.plan.specialistCaseload) }
    static let coverageTeams = Column(id: "coverage_teams", label: "Teams, coverage method", kind: .teams) { .of($0.plan.coverageTeams) }
    static let needTeams = Column(id: "need_teams", label: "Teams, need method", kind: .teams) { .of($0.plan.needTeams) }
    static let recommendedMethod = Column(id: "recommended_method", label: "Recommended method", kind: .text) {
        .of($0.plan.recommendedMethod.rawValue)
    }
    static let recommendedTeams = Column(id: "recommended_teams", label: "Recommended teams", kind: .teams) {
        .of($0.plan.recommendedTeams)
    }
    static let teamWTE = Column(id: "team_wte", label: "WTE a team", kind: .decimal(shown: 2, csv: 2)) { .of($0.plan.teamWTE) }
    static let requiredWTE = Column(id: "required_wte", label: "Required WTE", kind: .teams) { .of($0.plan.requiredWTE) }
    static let existingWTE = Column(id: "existing_wte", label: "Existing WTE", kind: .teams) { .of($0.plan.existingWTE) }
    static let gapWTE = Column(id: "gap_wte", label: "WTE gap", kind: .teams) { .of($0.plan.gapWTE) }
    static let teamsPer100kBirths = Column(
        id: "teams_per_100000_births", label: "Teams per 100,000 births", kind: .decimal(shown: 2, csv: 4)
    ) { .of(TeamsPer100kBirthsRule.teamsPer100kBirths(teams: $0.plan.recommendedTeams, birthsPerYear: $0.plan.births)) }

    static let onCostMethod = Column(id: "on_cost_method", label: "On-cost method", kind: .text) { .of($0.plan.onCostMethod.name) }
    static let employerType = Column(id: "employer_type", label: "Employer", kind: .text) {
        .of($0.plan.input.onCosts.employer?.employerType.rawValue)
    }
    static let labourPerTeam = Column(id: "labour_per_team_gbp", label: "Labour a team a year (pay year)", kind: .money) {
        .of($0.plan.labourPerTeamAtPayYearGBP)
    }
    static let labourSalaries = Column(id: "labour_salaries_gbp", label: "Salaries a team a year", kind: .money) {
        .of($0.plan.labourPerTeamAtPayYear.salary)
    }
    static let labourEmployerNI = Column(id: "labour_employer_ni_gbp", label: "Employer NI a team a year", kind: .money) {
        .of($0.plan.labourPerTeamAtPayYear.employerNI)
    }
    static let labourEmployerPension = Column(id: "labour_employer_pension_gbp", label: "Employer pension a team a year", kind: .money) {
        .of($0.plan.labourPerTeamAtPayYear.pensionWithLevy)
    }
    static let labourOther = Column(id: "labour_other_on_costs_gbp", label: "Other on-costs a team a year", kind: .money) {
        .of($0.plan.labourPerTeamAtPayYear.other)
    }
    /// One team's labour at the pay year and its parts (pension with its levy; the flat method's on-cost is other).
    static let labour = [onCostMethod, employerType, labourPerTeam, labourSalaries, labourEmployerNI, labourEmployerPension, labourOther]

    static let firstYear = Column(id: "first_year", label: "First plan year", kind: .text) { .of($0.plan.years.first?.label) }
    static let firstYearCost = Column(id: "first_year_cost_gbp", label: "Cost, first year", kind: .money) {
        .of($0.plan.annualCostGBP.first)
    }
    static let planYears = Column(id: "plan_years", label: "Plan years", kind: .count) { .of(Double($0.plan.years.count)) }
    static let totalCost = Column(id: "total_cost_gbp", label: "Cost, all plan years", kind: .money) { .of($0.plan.totalCostGBP) }
    static let babiesSeen = Column(id: "babies_seen_total", label: "Babies seen, all plan years", kind: .decimal(shown: 0, csv: 2)) {
        .of($0.plan.totalBabiesSeen)
    }
    static let costPerBabySeen = Column(id: "cost_per_baby_seen_gbp", label: "Cost per baby seen", kind: .money) {
        .of($0.plan.costPerBabySeenGBP)
    }
    static let costedWTE = Column(id: "costed_wte", label: "WTE costed (rounded to posts)", kind: .teams) { .of($0.plan.costedWTE) }
    static let recruitedWTE = Column(id: "recruited_wte", label: "New WTE recruited (phased)", kind: .teams) { .of($0.plan.recruitedWTE) }
    static let phasedTotalCost = Column(id: "phased_total_cost_gbp", label: "Cost under the phasing, all plan years", kind: .money) {
        .of($0.plan.totalCostGBP)
    }
    static let shareOfCaseloadSeen = Column(
        id: "share_of_caseload_seen", label: "Share of caseload seen, all plan years", kind: .proportion(csv: 6)
    ) { .of($0.plan.shareOfCaseloadSeenOverPlan) }
    static let needNotMet = Column(
        id: "need_not_met_babies", label: "Need not met, all plan years (babies)", kind: .decimal(shown: 0, csv: 2)
    ) {
        .of($0.plan.totalNeedNotMet)
    }
    static let costPer1000Births = Column(id: "cost_per_1000_births_gbp", label: "Cost per 1,000 births", kind: .money) {
        .of($0.costPer1000Births)
    }
    static let fundingGap = Column(id: "funding_gap_gbp", label: "Funding gap, all plan years", kind: .money) { .of($0.fundingGap) }
    static let approximate = Column(id: "approximate", label: "Approximate", kind: .text) { .of($0.isApproximate ? "true" : "false") }
    static let findings = Column(id: "findings", label: "Findings", kind: .text) {
        .of($0.plan.findings.map(\.category.rawValue).joined(separator: ";"))
    }
    static let warnings = Column(id: "warnings", label: "Warnings", kind: .text) { row in
        let codes = row.plan.findings.filter { $0.severity == .warning }.map(\.category.rawValue)
        return .of(codes.isEmpty ? "none" : codes.joined(separator: "; "))
    }

    /// The measures that set areas of different size side by side: one chart each in the HTML comparison, and the
    /// measures the `batch` hex map can be coloured by.
    static let keyMeasures = [prevalence, teamsPer100kBirths, costPer1000Births, gapWTE]

    /// The cost of plan year `index` (`cost_2026_27_gbp` for "2026/27").
    static func cost(year label: String, index: Int) -> Column {
        Column(id: "cost_" + String(label.map { $0 == "/" ? "_" : $0 }) + "_gbp", label: "Cost, \(label)", kind: .money) { row in
            .of(index < row.plan.annualCostGBP.count ? row.plan.annualCostGBP[index] : nil)
        }
    }
}

extension AreaColumn.Kind {
    /// Teams and WTE: two places in Markdown, four in CSV.
    static let teams = AreaColumn.Kind.decimal(shown: 2, csv: 4)
}

extension AreaColumn.Value {
    /// A number, or no value.
    static func of(_ value: Double?) -> Self { value.map { .number($0) } ?? .missing }
    /// An amount, or no value.
    static func of(_ value: Money?) -> Self { value.map { .money($0) } ?? .missing }
    /// Text, or no value.
    static func of(_ value: String?) -> Self { value.map { .text($0) } ?? .missing }
}
