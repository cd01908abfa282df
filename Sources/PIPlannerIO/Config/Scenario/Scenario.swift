import Foundation
import PIPlannerModel

/// A scenario: the plan-wide part of a version-1 plan config (version, title, preset, assumptions,
/// sizingMethod, combination, lowIncomeMeasure, staffingModel, pay, planYears) without `areas`. `batch` and `compare`
/// plan areas from the shipped data under one scenario.
public struct LoadedScenario: Sendable {
    /// The scenario file, or `(built-in defaults)`.
    public var file: String
    public var title: String?
    public var preset: Preset?
    public var assumptions: PlanAssumptions
    /// Every numeric reference figure by id, with the preset's and the scenario's overrides
    /// (risk-group prevalences, the national maltreatment share, ...).
    public var figures: [String: Figure]
    public var combination: CombinationRule
    public var combinationSource: String
    public var sizingMethod: SizingMethod
    public var sizingMethodSource: String
    /// The measure the low-income share of every area is taken from, and where it was chosen.
    public var lowIncomeMeasure: LowIncomeMeasure
    public var lowIncomeMeasureSource: String
    public var staffing: StaffingModel
    /// How the staffing model's labour gets its on-costs (the same for every area planned under the scenario).
    public var onCosts: AreaOnCosts
    /// Findings raised while resolving the staffing model (bands from the config, pay-year fallbacks).
    public var staffingFindings: [Diagnostic]
    public var planYears: [String]
    /// Where the plan years came from: the scenario, or the default rule.
    public var planYearsSource: String
    public var payYearLabel: String
    /// Financial years from the pay-scale year to the first plan year.
    public var payYearsBeforeFirstPlanYear: Int
    /// How every area's new WTE is recruited (the scenario's `phasing`; all in the first year by default).
    public var recruitment: RecruitmentInput = RecruitmentInput()
    /// Whether the preset applies no risk adjustment (risk groups from data are then dropped).
    public var ignoreRiskGroups: Bool
    /// Reference figures the scenario or its preset replaced.
    public var overrides: [Figure]
    public var referenceOrigin: String
    /// The distributions for `--draws`, with the scenario's `uncertainty` block.
    public var uncertainty: UncertaintySettings
}

extension PlanConfigLoader {
    /// Name used for the scenario when no file is given.
    public static let builtInScenarioName = "(built-in defaults)"

    /// Reads and checks a scenario file: the same schema and errors as a plan config, without `areas`.
    public func loadScenario(path: String) throws(PlannerError) -> LoadedScenario {
        try loadScenario(text: try InputFile.readText(path, what: "a scenario file"), file: path)
    }

    /// The scenario with every setting at its reference default.
    public func defaultScenario() throws(PlannerError) -> LoadedScenario {
        try loadScenario(text: "{\"version\": \(Self.supportedVersion)}", file: Self.builtInScenarioName)
    }

    /// The default plan years: `defaultPlanYearCount` years from the financial year after the latest shipped pay year.
    public func defaultPlanYears() throws(PlannerError) -> [String] {
        let start = try defaultPlanStart()
        // The count is checked by its range ("planYearCount") when the reference data is loaded.
        let count = Int(reference.parameters["defaultPlanYearCount"]?.number ?? 0)
        guard let years = start.years(count: count) else {
            throw .referenceData(
                file: reference.shown(PayScaleTable.file), message: "the default plan years after \(start) run past 9999/00")
        }
        return years.map(\.label)
    }

    /// The first default plan year: the financial year after the latest shipped pay year.
    func defaultPlanStart() throws(PlannerError) -> FinancialYear {
        guard let latest = reference.payScale.financialYears.last, let start = latest.next else {
            throw .referenceData(file: reference.shown(PayScaleTable.file), message: "no pay year to start the default plan years after")
        }
        return start
    }

    /// The default staffing model id (`defaultStaffingModel`, checked when the reference data is loaded).
    public func defaultStaffingModelID() throws(PlannerError) -> String {
        guard let id = reference.parameters["defaultStaffingModel"]?.text, reference.staffingModel(id) != nil else {
            throw .referenceData(
                file: reference.shown("parameters.json"),
                message: "parameter \"defaultStaffingModel\" is missing or names no shipped staffing model")
        }
        return id
    }

    /// Checks scenario text; `file` names it in messages.
    public func loadScenario(text: String, file: String) throws(PlannerError) -> LoadedScenario {
        let root: JSONNode
        do { root = try JSONParser.parse(text) } catch { throw .syntax(file: file, error) }
        let start = try defaultPlanStart()
        _ = try defaultStaffingModelID()
        let r = FieldReader(file: file)
        let result = readScenario(root, r, file: file, planYearsFrom: start)
        if !r.issues.isEmpty || result == nil {
            r.explainFailure(root)
            throw .invalidInput(r.issues)
        }
        return result!
    }

    private func readScenario(_ root: JSONNode, _ r: FieldReader, file: String, planYearsFrom start: FinancialYear) -> LoadedScenario? {
        let keys = Self.topLevelKeys.filter { $0 != "areas" }
        guard
            let top = r.object(
                root, "", allowed: Self.topLevelKeys, what: "a JSON object with \"version\": 1 (a scenario: a plan config without areas)")
        else { return nil }
        if let areas = top["areas"] {
            r.report(
                areas, "areas",
                expected: "no areas in a scenario: the areas come from --areas or the AREA arguments (allowed keys: "
                    + keys.joined(separator: ", ") + ")",
                suggestion: "plan a config with areas with `piplanner plan`, or name it as an AREA of `compare`")
        }
        guard let settings = readSettings(top, root: root, r, owner: .scenario(planYearsFrom: start)) else { return nil }
        for key in ["budget", "target"] {
            if let node = top[key] {
                r.report(
                    node, key, expected: "no \(key) in a scenario: a \(key) is solved for one area at a time",
                    suggestion: "give the \(key) in a plan config (at the top level or for an area) and run `piplanner plan`")
            }
        }
        let growth = settings.figures["payGrowthRate"]!
        var findings: [Diagnostic] = []
        // No staffingModel: the scenario's defaultStaffingModel (read as a choice of model), else the reference default.
        var staffingNode = top["staffingModel"]
        var staffingPath = "staffingModel"
        if staffingNode == nil, case .object(let members)? = top["assumptions"]?.value,
            let given = members.first(where: { $0.key == "defaultStaffingModel" })
        {
            (staffingNode, staffingPath) = (given.value, "assumptions.defaultStaffingModel")
        }
        let staffing = readStaffingModel(
            staffingNode ?? JSONNode(value: .string(settings.textChoices["defaultStaffingModel"]?.value ?? ""), location: root.location),
            path: staffingPath, pay: settings.pay, growth: growth, findings: &findings, r, at: root.location)
        guard r.issues.isEmpty, let staffing, let assumptions = PlanAssumptions(figures: settings.figures),
            let offset = settings.payYearsBeforeFirstPlanYear,
            let onCosts = resolveOnCosts(
                settings.onCosts, staffing: staffing, payYear: settings.pay.payYear, years: settings.planYears, fields: settings.yearFields,
                r)
        else { return nil }
        findings += payFallbackFindings(staffing: staffing, pay: settings.pay)
        var scenario = LoadedScenario(
            file: file, title: settings.title, preset: settings.preset, assumptions: assumptions, figures: settings.figures,
            combination: settings.combination.0, combinationSource: settings.combination.1,
            sizingMethod: settings.sizing.0, sizingMethodSource: settings.sizing.1,
            lowIncomeMeasure: settings.lowIncomeMeasure.measure, lowIncomeMeasureSource: settings.lowIncomeMeasure.source,
            staffing: staffing, onCosts: onCosts, staffingFindings: findings, planYears: settings.planYearLabels,
            planYearsSource: planYearsSource(top, settings), payYearLabel: settings.pay.year, payYearsBeforeFirstPlanYear: offset,
            ignoreRiskGroups: settings.preset?.ignoreRiskGroups == true,
            overrides: (settings.figures.values.filter { $0.override != nil } + settings.onCosts.overrides).sorted { $0.id < $1.id },
            referenceOrigin: reference.origin, uncertainty: settings.uncertainty)
        scenario.recruitment = recruitment(phasing: settings.phasing, budget: nil, target: nil, r)
        return scenario
    }

    /// Where a scenario's plan years came from: its planYears, or `defaultPlanYearCount` (its own or the reference's).
    private func planYearsSource(_ top: [String: JSONNode], _ settings: PlanSettings) -> String {
        if top["planYears"] != nil { return "scenario planYears" }
        let count =
            "\(settings.planYears.count) years from the year after the latest shipped pay year (\(reference.payScale.years.last ?? ""))"
        if let path = settings.figures["defaultPlanYearCount"]?.override?.fieldPath { return "scenario \(path): \(count)" }
        return "default: \(count)"
    }
}
