import Foundation
import PIPlannerModel

/// The commented (JSON5 `//`) starter config `piplanner init --area CODE` writes: every figure from the
/// reference data with its source in a comment, valid as written so that `piplanner plan` runs it unchanged.
/// Every figure in a comment is the scenario's own, so a scenario's override shows.
public enum StarterConfigWriter {
    public static func render(_ area: DataArea, scenario: LoadedScenario, reference: ReferenceData, version: String) -> String {
        var out = CommentedJSONWriter()
        header(&out, area, version: version)
        choices(&out, area.input, scenario: scenario, reference: reference)
        planYears(&out, scenario)
        out.line("\"areas\": [", indent: 2)
        out.line("{", indent: 4)
        people(&out, area)
        out.line("\"riskGroups\": {", indent: 6)
        riskGroups(&out, area, scenario: scenario)
        out.line("},", indent: 6)
        commissioning(&out, scenario: scenario, reference: reference)
        out.line("},", indent: 4)
        out.line("],", indent: 2)
        out.line("}")
        return out.text
    }

    /// Where the file came from, and the opening of the document.
    static func header(_ out: inout CommentedJSONWriter, _ area: DataArea, version: String) {
        let a = area.area
        let file =
            a.kind == .localAuthority
            ? AreaFileSchema.localAuthoritiesFile : a.kind == .icb ? AreaFileSchema.icbsFile : AreaFileSchema.healthBoardsFile
        out.comment(
            "Starter plan for \(a.name) (\(a.code)), written by `piplanner init` (piplanner \(version)) from the reference data shipped with piplanner (\(file); sources in ReferenceData/areas/README.md)."
        )
        out.comment(
            "It runs as written: piplanner plan THIS-FILE. Replace any figure you know better locally, and say where it came from. Values left for the commissioner are commented out below: the plan reports them as findings until they are set."
        )
        out.line("{")
        out.line("\"version\": 1,", indent: 2)
        out.line("\"title\": \(JSONOut.quote("\(a.name): specialised parent-infant relationship team plan")),", indent: 2)
        out.blank()
    }

    /// Combination rule, sizing method, staffing model and pay, each with why.
    static func choices(_ out: inout CommentedJSONWriter, _ input: AreaInput, scenario: LoadedScenario, reference: ReferenceData) {
        let a = scenario.assumptions
        out.comment(
            "How risk groups combine into one area prevalence: \(input.combination.rawValue) (\(input.combinationSource)). 'highest-risk' counts each family once, in its highest-prevalence group; 'exclusive' treats the groups as disjoint.",
            indent: 2)
        out.line("\"combination\": \(JSONOut.quote(input.combination.rawValue)),", indent: 2)
        out.comment(
            "Sizing method the plan recommends and costs: \(input.sizingMethod.rawValue) (\(input.sizingMethodSource)). Both methods are always shown: need = specialist caseload ÷ \(NumberFormat.number(a.babiesSeenPerTeamPerYear.value)) babies a team a year; coverage = population ÷ \(NumberFormat.number(a.referencePopulation.value)).",
            indent: 2)
        out.line("\"sizingMethod\": \(JSONOut.quote(input.sizingMethod.rawValue)),", indent: 2)
        let measure = scenario.lowIncomeMeasure
        out.comment(
            "Low-income measure of the share below: \(measure.rawValue), \(measure.measureText), \(measure.year) (\(scenario.lowIncomeMeasureSource)). The other shipped measure: "
                + LowIncomeMeasure.allCases.filter { $0 != measure }.map { "\($0.rawValue) (\($0.measureText), \($0.year))" }.joined(
                    separator: "; ") + "; `piplanner init --low-income-measure` writes it.", indent: 2)
        out.line("\"lowIncomeMeasure\": \(JSONOut.quote(measure.rawValue)),", indent: 2)
        let staffing = input.staffing
        let roles = staffing.roles.map { "\($0.title) band \($0.band ?? "-") \(NumberFormat.trimmed($0.wtePerTeam, 2))" }.joined(
            separator: "; ")
        out.comment(
            "Staffing model: the default, '\(staffing.id)' (\(staffing.name), \(NumberFormat.trimmed(staffing.teamWTE, 2)) WTE a team; source \(staffing.source)): \(roles) WTE. Other shipped models: "
                + reference.staffingModels.map(\.id).filter { $0 != staffing.id }.joined(separator: ", ")
                + " (run `piplanner reference`; some need bands supplied).", indent: 2)
        out.line("\"staffingModel\": \(JSONOut.quote(staffing.id)),", indent: 2)
        let point = reference.parameters["defaultPayPoint"]
        let source = ReportText.citation("002", a.payGrowthRate)
        out.comment(
            "Pay: NHS Agenda for Change \(scenario.payYearLabel) scales (the latest shipped year), \(point?.text ?? "entry") point of each band, and \(NumberFormat.trimmedPercent(a.payGrowthRate.value)) pay growth a year (\(source)). Why this point: \(point?.derivation ?? "reference default")",
            indent: 2)
        out.line(
            "\"pay\": {\"year\": \(JSONOut.quote(scenario.payYearLabel)), \"point\": \(JSONOut.quote(point?.text ?? "entry"))},", indent: 2)
        onCosts(&out, scenario: scenario)
    }

    /// The on-cost method and employer type, stated so the commissioner can change them.
    static func onCosts(_ out: inout CommentedJSONWriter, scenario: LoadedScenario) {
        let method = scenario.onCosts.method(scenario.assumptions)
        guard let employer = scenario.onCosts.employer else {
            out.comment(
                "On-costs: \(ReportText.onCostMethod(scenario)). For labour as employers pay it today use {\"method\": \"employer\"}.",
                indent: 2)
            out.line(
                "\"onCosts\": {\"method\": \"flat\", \"rate\": \(NumberFormat.plain(scenario.assumptions.onCostRate.value))},", indent: 2)
            return
        }
        out.comment(
            "On-costs: \(ReportText.onCostMethod(scenario)): employer NI at each year's rate above the per-person threshold, and the pension rate the employer pays (ReferenceData/on-costs/employer_on_costs_uk.csv; Methodology §4.2). A team employed by a local authority, a charity or another employer sets \"employerType\" and supplies \"employerPensionRate\" (a proportion, e.g. 0.2); a role seconded from another employer gives its own \"employerType\". The flat method (002's 14% of salary, 2021) is kept only to reproduce 002: {\"method\": \"flat\"}.",
            indent: 2)
        out.line(
            "\"onCosts\": {\"method\": \(JSONOut.quote(method.name)), \"employerType\": \(JSONOut.quote(employer.employerType.rawValue))},",
            indent: 2)
    }

    static func planYears(_ out: inout CommentedJSONWriter, _ scenario: LoadedScenario) {
        let growthYears = scenario.payYearsBeforeFirstPlanYear
        out.comment(
            "Plan years: \(scenario.planYears.count) years from \(scenario.planYears.first ?? ""), the financial year after the latest shipped pay year (\(scenario.payYearLabel)), so the first plan year carries \(ReportText.count(growthYears, "year")) of pay growth (defaultPlanYearCount, an assumption: a Spending Review period). Match them to your commissioning cycle.",
            indent: 2)
        out.line(
            "\"planYears\": {\"start\": \(JSONOut.quote(scenario.planYears.first ?? "")), \"count\": \(scenario.planYears.count)},",
            indent: 2)
    }

    /// The area's name, code, population and births, each with its source.
    static func people(_ out: inout CommentedJSONWriter, _ area: DataArea) {
        let input = area.input
        out.line("\"name\": \(JSONOut.quote(area.area.name)),", indent: 6)
        out.line("\"code\": \(JSONOut.quote(area.area.code)),", indent: 6)
        out.comment(
            "Population: \(NumberFormat.number(input.population.value)) persons (\(input.population.basis.rawValue)): \(input.population.source)"
                + (input.population.derivation.map { ". \($0)" } ?? "") + ".", indent: 6)
        out.line("\"population\": \(NumberFormat.plain(input.population.value)),", indent: 6)
        if let births = input.births {
            out.comment(
                "Births: \(NumberFormat.number(births.value)) live births in 2022 (\(births.basis.rawValue)): \(births.source)"
                    + (births.derivation.map { ". \($0)" } ?? "") + ". No later births by area are shipped.", indent: 6)
            out.line("\"births\": \(NumberFormat.plain(births.value)),", indent: 6)
        }
    }

    /// The low-income and maltreatment shares from the data, and the two groups no source gives a share for.
    static func riskGroups(_ out: inout CommentedJSONWriter, _ area: DataArea, scenario: LoadedScenario) {
        let groups = area.input.riskGroups
        if let g = groups.first(where: { $0.id == "lowIncome" }) {
            out.comment(
                "Low income (\(g.basis)): share \(NumberFormat.plain(g.share.value)) = \(shortSource(g.share)). Caveat: \(sentence(g.share.derivation ?? "")) Prevalence in the group \(NumberFormat.trimmedPercent(g.prevalence.value)) (\(g.prevalence.source)).",
                indent: 8)
            group(&out, g)
        } else if let missing = area.profile.findings.first(where: { $0.category == .riskSharesMissing }) {
            out.comment("Low income: no share from the data. \(missing.message)", indent: 8)
            out.example("\"lowIncome\": {\"share\": <proportion 0–1>, \"shareSource\": \"your local figure and its source\"},", indent: 8)
        }
        if let g = groups.first(where: { $0.id == "maltreatment" }) {
            let advice =
                g.scope == .localDerived
                ? "Replace with a local count of babies under one in need over your births if you have one."
                : "Replace with a local children-in-need figure if you have one."
            out.comment(
                "Maltreatment or risk of it (\(g.basis)): share \(NumberFormat.plain(g.share.value)) = \(sentence(g.share.derivation ?? g.share.source)) Prevalence in the group \(NumberFormat.trimmedPercent(g.prevalence.value)) (\(g.prevalence.source)). \(advice)",
                indent: 8)
            group(&out, g)
        }
        for id in ["substanceMisuse", "parentalDepression"] {
            let prevalence = scenario.figures["riskGroups.\(id).prevalence"]
            out.comment(
                "\(id): no share of births is cited in the sources (001's household counts of two or three of parental mental ill-health, domestic violence and substance misuse are not this group), so none is set. Prevalence in the group \(prevalence.map { NumberFormat.trimmedPercent($0.value) } ?? "?"). If you have a local figure:",
                indent: 8)
            out.example("\"\(id)\": {\"share\": <proportion 0–1>, \"shareSource\": \"your local figure and its source\"},", indent: 8)
        }
    }

    /// A risk group from the data, one key a line: its share with basis, measure, year, geography and source.
    static func group(_ out: inout CommentedJSONWriter, _ g: RiskGroupInput) {
        out.line("\(JSONOut.quote(g.id)): {", indent: 8)
        out.line("\"share\": \(NumberFormat.plain(g.share.value)),", indent: 10)
        out.line("\"shareScope\": \(JSONOut.quote(g.basis)),", indent: 10)
        if let evidence = g.evidence {
            out.line("\"shareMeasure\": \(JSONOut.quote(evidence.measure)),", indent: 10)
            out.line("\"shareYear\": \(JSONOut.quote(evidence.year)),", indent: 10)
            out.line("\"shareGeography\": \(JSONOut.quote(evidence.geography)),", indent: 10)
        }
        out.line("\"shareSource\": \(JSONOut.quote(shortSource(g.share))),", indent: 10)
        out.line("},", indent: 8)
    }

    /// Existing workforce, the commissioner's questions and funding: what only the area can say.
    static func commissioning(_ out: inout CommentedJSONWriter, scenario: LoadedScenario, reference: ReferenceData) {
        out.comment(
            "Existing specialised parent-infant team in the area, in WTE: 0 unless you have one (the shipped data records none).", indent: 6
        )
        out.line("\"existingWTE\": 0,", indent: 6)
        out.comment(
            "For the commissioner: name the lead accountable commissioner (001, Recommendation 5; without one the plan warns no-lead-commissioner), and say whether CAMHS accepts referrals under age 2 (in \(NumberFormat.trimmedPercent(scenario.assumptions.camhsNoUnder2ShareOfAreas.value)) of CCG areas it did not, 001).",
            indent: 6)
        out.example("\"leadCommissioner\": \"name and role\",", indent: 6)
        out.example("\"camhsAcceptsUnder2\": true,", indent: 6)
        out.comment(
            "Funding: none yet, so the plan reports the whole cost as unfunded (finding no-funding). Add one entry per funder: {\"funder\": ID, \"share\": <proportion 0–1>} (a share of each year's cost), \"amountGBP\" (each year) or \"amountsGBP\" (one per plan year). Known funder ids: "
                + reference.funders.map { "\($0.id) (\($0.name))" }.joined(separator: "; ") + ".", indent: 6)
        out.example(
            "e.g. \"funding\": [{\"funder\": \"icb-cyp-mental-health\", \"share\": <proportion 0–1>}, {\"funder\": \"la-public-health\", \"share\": <proportion 0–1>}],",
            indent: 6)
        out.line("\"funding\": [],", indent: 6)
    }

    /// The share's source without the scope prefix the risk profile adds (the config marks the scope itself).
    static func shortSource(_ share: Figure) -> String {
        for prefix in ["local: ", "local-derived: ", "national (England): "] where share.source.hasPrefix(prefix) {
            return String(share.source.dropFirst(prefix.count))
        }
        return share.source
    }

    /// Text ending in exactly one full stop.
    static func sentence(_ text: String) -> String {
        var t = text.trimmingCharacters(in: .whitespaces)
        while t.hasSuffix(".") { t.removeLast() }
        return t.isEmpty ? "" : t + "."
    }
}
