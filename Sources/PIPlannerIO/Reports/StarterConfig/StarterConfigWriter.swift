import Foundation
import PIPlannerModel

/// The commented (JSON5 `//`) starter config `piplanner init --area CODE` writes: every figure from the
/// reference data with its source in a comment, valid as written so that `piplanner plan` runs it unchanged.
public enum StarterConfigWriter {
    /// Comment lines are wrapped at this many characters (layout only).
    static let wrapWidth = 100

    public static func render(_ area: DataArea, scenario: LoadedScenario, reference: ReferenceData, version: String) -> String {
        var out = ""
        func comment(_ text: String, indent: Int = 0) {
            let pad = String(repeating: " ", count: indent)
            for line in wrap(text, width: wrapWidth - indent - 3) { out += pad + "// " + line + "\n" }
        }
        func line(_ text: String, indent: Int = 0) { out += String(repeating: " ", count: indent) + text + "\n" }
        /// A commented-out config line, never wrapped, so that uncommenting it gives valid JSON5.
        func example(_ text: String, indent: Int) { out += String(repeating: " ", count: indent) + "// " + text + "\n" }
        let a = area.area
        let input = area.input

        comment(
            "Starter plan for \(a.name) (\(a.code)), written by `piplanner init` (piplanner \(version)) from the reference data shipped with piplanner (\(area.area.kind == .localAuthority ? AreaFileSchema.localAuthoritiesFile : area.area.kind == .icb ? AreaFileSchema.icbsFile : AreaFileSchema.healthBoardsFile); sources in ReferenceData/areas/README.md)."
        )
        comment(
            "It runs as written: piplanner plan THIS-FILE. Replace any figure you know better locally, and say where it came from. Values left for the commissioner are commented out below: the plan reports them as findings until they are set."
        )
        line("{")
        line("\"version\": 1,", indent: 2)
        line("\"title\": \(JSONOut.quote("\(a.name): specialised parent-infant relationship team plan")),", indent: 2)
        out += "\n"
        comment(
            "How risk groups combine into one area prevalence: \(input.combination.rawValue) (\(input.combinationSource)). 'highest-risk' counts each family once, in its highest-prevalence group; 'exclusive' treats the groups as disjoint.",
            indent: 2)
        line("\"combination\": \(JSONOut.quote(input.combination.rawValue)),", indent: 2)
        comment(
            "Sizing method the plan recommends and costs: \(input.sizingMethod.rawValue) (\(input.sizingMethodSource)). Both methods are always shown: need = specialist caseload ÷ \(Format.number(scenario.assumptions.babiesSeenPerTeamPerYear.value)) babies a team a year; coverage = population ÷ \(Format.number(scenario.assumptions.referencePopulation.value)).",
            indent: 2)
        line("\"sizingMethod\": \(JSONOut.quote(input.sizingMethod.rawValue)),", indent: 2)
        let staffing = input.staffing
        let roles = staffing.roles.map { "\($0.title) band \($0.band ?? "-") \(Format.trimmed($0.wtePerTeam, 2))" }.joined(separator: "; ")
        comment(
            "Staffing model: the default, '\(staffing.id)' (\(staffing.name), \(Format.trimmed(staffing.teamWTE, 2)) WTE a team; source \(staffing.source)): \(roles) WTE. Other shipped models: "
                + reference.staffingModels.map(\.id).filter { $0 != staffing.id }.joined(separator: ", ")
                + " (run `piplanner reference`; some need bands supplied).", indent: 2)
        line("\"staffingModel\": \(JSONOut.quote(staffing.id)),", indent: 2)
        let point = reference.parameters["defaultPayPoint"]
        comment(
            "Pay: NHS Agenda for Change \(scenario.payYearLabel) scales (the latest shipped year), \(point?.text ?? "entry") point of each band, plus \(Format.percent(scenario.assumptions.onCostRate.value, 0)) on-costs and \(Format.percent(scenario.assumptions.payGrowthRate.value, 0)) pay growth a year (002). Why this point: \(point?.derivation ?? "reference default")",
            indent: 2)
        line(
            "\"pay\": {\"year\": \(JSONOut.quote(scenario.payYearLabel)), \"point\": \(JSONOut.quote(point?.text ?? "entry"))},", indent: 2)
        comment(
            "Plan years: \(scenario.planYears.count) years from \(scenario.planYears.first ?? ""), the financial year after the latest shipped pay year (\(scenario.payYearLabel)), so the first plan year carries \(scenario.payYearsBeforeFirstPlanYear) year\(scenario.payYearsBeforeFirstPlanYear == 1 ? "" : "s") of pay growth (defaultPlanYearCount, an assumption: a Spending Review period). Match them to your commissioning cycle.",
            indent: 2)
        line(
            "\"planYears\": {\"start\": \(JSONOut.quote(scenario.planYears.first ?? "")), \"count\": \(scenario.planYears.count)},",
            indent: 2)
        line("\"areas\": [", indent: 2)
        line("{", indent: 4)
        line("\"name\": \(JSONOut.quote(a.name)),", indent: 6)
        line("\"code\": \(JSONOut.quote(a.code)),", indent: 6)
        comment(
            "Population: \(Format.number(input.population.value)) persons (\(input.population.basis.rawValue)): \(input.population.source)"
                + (input.population.derivation.map { ". \($0)" } ?? "") + ".", indent: 6)
        line("\"population\": \(Format.plain(input.population.value)),", indent: 6)
        if let births = input.births {
            comment(
                "Births: \(Format.number(births.value)) live births in 2022 (\(births.basis.rawValue)): \(births.source)"
                    + (births.derivation.map { ". \($0)" } ?? "") + ". No later births by area are shipped.", indent: 6)
            line("\"births\": \(Format.plain(births.value)),", indent: 6)
        }
        line("\"riskGroups\": {", indent: 6)
        let lowIncome = input.riskGroups.first { $0.id == "lowIncome" }
        if let g = lowIncome {
            comment(
                "Low income (local): share \(Format.plain(g.share.value)) = \(shortSource(g.share)). Caveat: \(sentence(g.share.derivation ?? "")) Prevalence in the group \(Format.percent(g.prevalence.value, 0)) (\(g.prevalence.source)).",
                indent: 8)
            line(
                "\"lowIncome\": {\"share\": \(Format.plain(g.share.value)), \"shareScope\": \"local\", \"shareSource\": \(JSONOut.quote(shortSource(g.share)))},",
                indent: 8)
        } else if let missing = area.profile.findings.first(where: { $0.code == .riskSharesMissing }) {
            comment("Low income: no share from the data. \(missing.message)", indent: 8)
            example("\"lowIncome\": {\"share\": <proportion 0–1>, \"shareSource\": \"your local figure and its source\"},", indent: 8)
        }
        if let g = input.riskGroups.first(where: { $0.id == "maltreatment" }) {
            comment(
                "Maltreatment or risk of it (national): share \(Format.plain(g.share.value)) = \(sentence(g.share.derivation ?? g.share.source)) Prevalence in the group \(Format.percent(g.prevalence.value, 0)) (\(g.prevalence.source)). Replace with a local children-in-need figure if you have one.",
                indent: 8)
            line(
                "\"maltreatment\": {\"share\": \(Format.plain(g.share.value)), \"shareScope\": \"national\", \"shareSource\": \(JSONOut.quote(shortSource(g.share)))},",
                indent: 8)
        }
        for id in ["substanceMisuse", "parentalDepression"] {
            let prevalence = scenario.figures["riskGroups.\(id).prevalence"]
            comment(
                "\(id): no share of births is cited in the sources (001's household counts of two or three of parental mental ill-health, domestic violence and substance misuse are not this group), so none is set. Prevalence in the group \(prevalence.map { Format.percent($0.value, 0) } ?? "?"). If you have a local figure:",
                indent: 8)
            example("\"\(id)\": {\"share\": <proportion 0–1>, \"shareSource\": \"your local figure and its source\"},", indent: 8)
        }
        line("},", indent: 6)
        comment(
            "Existing specialised parent-infant team in the area, in WTE: 0 unless you have one (the shipped data records none).", indent: 6
        )
        line("\"existingWTE\": 0,", indent: 6)
        comment(
            "For the commissioner: name the lead accountable commissioner (001, Recommendation 5; without one the plan warns no-lead-commissioner), and say whether CAMHS accepts referrals under age 2 (in \(Format.percent(scenario.assumptions.camhsNoUnder2ShareOfAreas.value, 0)) of CCG areas it did not, 001).",
            indent: 6)
        example("\"leadCommissioner\": \"name and role\",", indent: 6)
        example("\"camhsAcceptsUnder2\": true,", indent: 6)
        comment(
            "Funding: none yet, so the plan reports the whole cost as unfunded (finding no-funding). Add one entry per funder: {\"funder\": ID, \"share\": <proportion 0–1>} (a share of each year's cost), \"amountGBP\" (each year) or \"amountsGBP\" (one per plan year). Known funder ids: "
                + reference.funders.map { "\($0.id) (\($0.name))" }.joined(separator: "; ") + ".", indent: 6)
        example(
            "e.g. \"funding\": [{\"funder\": \"icb-cyp-mental-health\", \"share\": <proportion 0–1>}, {\"funder\": \"la-public-health\", \"share\": <proportion 0–1>}],",
            indent: 6)
        line("\"funding\": [],", indent: 6)
        line("},", indent: 4)
        line("],", indent: 2)
        line("}")
        return out
    }

    /// The share's source without the scope prefix the risk profile adds (the config marks the scope itself).
    static func shortSource(_ share: Figure) -> String {
        for prefix in ["local: ", "national (England): "] where share.source.hasPrefix(prefix) {
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

    /// Greedy word wrap. A line break in the text (an area name or note from --area-data may hold one) is a space
    /// here: kept, it would end the `//` comment and leave the rest of the line as broken JSON.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0 == " " || $0.isNewline }) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
