import Foundation
import PIPlannerModel

/// The total column of a rollout report: a named span of consecutive rollout years, e.g. the Spending Review
/// years 2022/23 through 2024/25.
public struct RolloutSpan: Sendable, Equatable {
    /// Column heading, e.g. "Total 2022/23–2024/25".
    public var label: String
    /// First year of the span (a rollout year label).
    public var from: String
    /// Last year of the span (a rollout year label, not before `from`).
    public var through: String
}

/// How a rollout config gave its schedule.
public enum RolloutScheduleKind: String, Sendable {
    /// Teams fully operating and coming into operation given year by year.
    case explicit
    /// Derived from a target number of teams and a cap on teams starting a year.
    case target
    /// Derived from the teams the areas of a plan config, or areas planned from the shipped area data, need.
    case fromAreas = "from-areas"
}

/// One area's teams, as summed into a `fromAreas` target.
public struct RolloutAreaTeams: Sendable, Equatable {
    /// The area's name and code as in the plan config or the area data.
    public var name: String
    public var code: String?
    /// Teams the area needs by the chosen sizing method.
    public var teams: Double
    /// Team-equivalents of the area's existing workforce, at most `teams`.
    public var existingTeams: Double
    /// For areas planned from the shipped data: how the low-income and maltreatment shares were obtained, as
    /// `batch` reports them (`local`, `local-derived`, `local-births-weighted`, `national` or `none`).
    public var lowIncomeShareBasis: String? = nil
    public var maltreatmentShareBasis: String? = nil
}

/// Where the areas of a `fromAreas` target were planned from, when they come from the shipped area data.
public struct RolloutDataAreas: Sendable, Equatable {
    /// The selection as `batch --areas` writes it: a set name (`england`) or codes separated by commas.
    public var selection: String
    /// The scenario file (as written in the config) or `(built-in defaults)`.
    public var scenario: String
    /// `embedded` or the `--area-data` directory.
    public var areaData: String
    /// The coverage, boundary and risk-share notes `batch` prints for the same selection.
    public var notes: [String]
}

/// What a derived schedule was derived from, for the report.
public struct RolloutTargetSummary: Sendable, Equatable {
    /// Teams to be fully operating from 1 April of `fullyOperatingFrom`.
    public var teams: Double
    public var fullyOperatingFrom: String
    public var maxTeamsStartingPerYear: Double
    /// Teams already fully operating in the first rollout year.
    public var alreadyFullyOperating: Double
    /// Where `alreadyFullyOperating` came from (a config field, or the areas' existing workforce).
    public var alreadyFullyOperatingSource: String
    /// For `fromAreas`: the sizing method summed and the plan config read (as written in the config, relative
    /// to its directory) or the areas planned from the shipped data, with each area's teams.
    public var method: SizingMethod?
    public var planConfig: String?
    public var dataAreas: RolloutDataAreas? = nil
    public var areas: [RolloutAreaTeams]
}

/// A rollout config, read, checked against reference data and costed: everything the renderers need.
public struct LoadedRollout: Sendable {
    /// The config path as given.
    public var file: String
    public var title: String?
    public var description: String?
    /// "embedded" or the reference-data directory.
    public var referenceOrigin: String
    /// How the schedule was given.
    public var scheduleKind: RolloutScheduleKind
    /// The schedule costed (given, or derived), with development amounts.
    public var schedule: RolloutSchedule
    /// Set for derived schedules (`target`, `fromAreas`).
    public var target: RolloutTargetSummary?
    /// The figures the rollout was costed with; the labour figure is at the first rollout year's prices.
    public var assumptions: RolloutAssumptions
    /// Figures to list under "assumptions used": the rollout assumptions, plus the on-cost rate when the labour
    /// cost was built from a staffing model.
    public var assumptionFigures: [Figure]
    /// The team, when the labour cost was built from a staffing model and pay scales.
    public var staffing: StaffingModel?
    /// Reference figures the config replaced under `assumptions`.
    public var overrides: [Figure]
    /// The total column.
    public var span: RolloutSpan
    /// The costed rollout (each year's lines, the schedule's findings, the model's audit trail).
    public var plan: RolloutPlan
    /// Totals over `span`.
    public var spanTotals: RolloutTotals
    /// Findings about the config (labour price year, fractional teams, bands) then about the schedule.
    public var findings: [Finding]
    /// Config-level steps (labour build-up, target from areas), then the model's year-by-year steps.
    public var audit: [AuditStep]
    /// Every file read: this config, any plan config or scenario it names, and `--area-data` files (output never
    /// overwrites one).
    public var inputFiles: [String]
}

/// Reads version-1 rollout configs (`piplanner rollout`), in the style of `PlanConfigLoader`: every problem is
/// collected with file, line:column, field path, the value found, what was expected and a suggestion; unknown
/// keys are errors. Schedule problems found by `RolloutValidator` are reported against the config field and year
/// they concern (e.g. `schedule.teamsFullyOperating[2]`, year 2024/25). Schema: `Examples/README-rollout.md`.
public struct RolloutConfigLoader {
    /// The only config version read.
    public static let supportedVersion = 1
    /// The value of the optional top-level `"kind"` that marks a rollout config.
    public static let kind = "rollout"
    /// Keys allowed at the top level, in `labourPerTeam`, in `schedule` and in `schedule.fromAreas`.
    public static let topLevelKeys = [
        "version", "kind", "title", "description", "assumptions", "years", "labourPerTeam", "schedule", "developmentProgrammeGBP",
        "developmentProgrammeSource", "totalSpan",
    ]
    public static let labourKeys = ["gbp", "source", "priceYear", "parameter", "staffingModel", "pay"]
    public static let scheduleKeys = [
        "teamsFullyOperating", "teamsComingIntoOperation", "source", "target", "maxTeamsStartingPerYear", "alreadyFullyOperating",
        "fromAreas",
    ]
    public static let fromAreasKeys = [
        "config", "areas", "scenario", "method", "fullyOperatingFrom", "maxTeamsStartingPerYear", "alreadyFullyOperating",
    ]
    /// Input sanity bound on the number of rollout years (not a planning figure).
    public static let maxYears = 50

    /// Reference data the config's figures default to.
    public var reference: ReferenceData
    /// Where `schedule.fromAreas.areas` reads the area data from: nil for the copy built in, or a directory with
    /// the three area files (`--area-data`). Read only when a config names areas.
    public var areaDataDirectory: String?

    /// A loader checking configs against `reference` (and, for `fromAreas.areas`, the area data).
    public init(reference: ReferenceData, areaDataDirectory: String? = nil) {
        self.reference = reference
        self.areaDataDirectory = areaDataDirectory
    }

    /// Whether the file at `path` is a JSON object declaring `"kind": "rollout"` (used by `validate` to choose a loader).
    public static func declaresRollout(path: String) -> Bool {
        guard let text = try? InputFile.readText(path, what: "a config file"),
            let root = try? JSONParser.parse(text), case .object(let members) = root.value,
            let kind = members.first(where: { $0.key == "kind" }), case .string(let value) = kind.value.value
        else { return false }
        return value == Self.kind
    }

    /// Reads, checks and costs a rollout config file. A `fromAreas` plan config is resolved relative to its directory.
    public func load(path: String) throws(PlannerError) -> LoadedRollout {
        let text = try InputFile.readText(path, what: "a rollout config file")
        return try load(text: text, file: path, baseDirectory: URL(fileURLWithPath: path).deletingLastPathComponent())
    }

    /// Checks and costs config text; `file` names it in messages; relative `fromAreas.config` paths are resolved
    /// against `baseDirectory` (default: the current directory).
    public func load(text: String, file: String, baseDirectory: URL? = nil) throws(PlannerError) -> LoadedRollout {
        let root: JSONNode
        do { root = try JSONParser.parse(text) } catch { throw .syntax(file: file, location: error.location, message: error.message) }
        let r = FieldReader(file: file)
        let base = baseDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let result = read(root, r, file: file, baseDirectory: base)
        guard r.issues.isEmpty, let result else {
            r.explainFailure(root)
            throw .invalidInput(r.issues)
        }
        return result
    }

    // MARK: - Reading

    /// Where each schedule value was written, to report model errors against the config.
    struct Locations {
        var labels: [String] = []
        var yearsNode: JSONNode?
        var yearNodes: [JSONNode] = []
        var scheduleNode: JSONNode?
        var fullNodes: [JSONNode] = []
        var comingNodes: [JSONNode] = []
        var developmentNodes: [JSONNode] = []
        var developmentNode: JSONNode?
        /// `schedule.target` or `schedule.fromAreas`, for derived schedules.
        var derivedPrefix = "schedule"
        var targetTeamsNode: JSONNode?
        var targetYearNode: JSONNode?
        var capNode: JSONNode?
        var alreadyNode: JSONNode?
    }

    private func read(_ root: JSONNode, _ r: FieldReader, file: String, baseDirectory: URL) -> LoadedRollout? {
        guard
            let top = r.object(
                root, "", allowed: Self.topLevelKeys,
                what: "a JSON object with \"version\": 1, \"years\", \"labourPerTeam\" and \"schedule\"")
        else { return nil }
        r.hintUnknownTopLevelKeys(PlanConfigLoader.topLevelKeys, "a plan config's key: run `piplanner plan`")
        guard let versionNode = top["version"] else {
            r.missing("version", expected: "\"version\": \(Self.supportedVersion)", at: root.location)
            return nil
        }
        guard case .number(let version) = versionNode.value, version == Double(Self.supportedVersion) else {
            r.report(versionNode, "version", expected: "\(Self.supportedVersion) (the only rollout config version this piplanner reads)")
            return nil
        }
        if let k = top["kind"] { _ = r.choice(k, "kind", from: [Self.kind]) }
        let title = top["title"].flatMap { r.string($0, "title") }
        let description = top["description"].flatMap { r.string($0, "description") }

        var loc = Locations()
        loc.yearsNode = top["years"]
        let labels = readYears(top["years"], r, at: root.location, loc: &loc)
        loc.labels = labels
        let yearsReadable = !labels.isEmpty && labels.allSatisfy { PayResolver.startYear($0) != nil }

        // Reference figures, then the labour form (it decides which overrides apply), then overrides.
        var figures: [String: Figure] = [:]
        for (id, p) in reference.parameters where p.number != nil { figures[id] = p.figure }
        let labourNode = top["labourPerTeam"]
        let labourFields = labourNode.flatMap { r.object($0, "labourPerTeam", allowed: Self.labourKeys) }
        if labourNode == nil {
            r.missing(
                "labourPerTeam",
                expected:
                    "the labour cost of one fully operating team: {\"gbp\": 237684.80, \"source\": \"…\"}, {\"parameter\": \"spendingReview2021LabourPerTeamGBP\"} or {\"staffingModel\": \"spending-review-2021\", \"pay\": {\"year\": \"2025/26\", \"point\": \"entry\"}}",
                at: root.location)
        }
        let labourParameterID: String? = labourFields?["parameter"].flatMap { node in
            r.choice(node, "labourPerTeam.parameter", from: labourParameterIDs)
        }
        let usesStaffing = labourFields?["staffingModel"] != nil
        var allowedOverrides = RolloutAssumptions.parameterIDs + ["onCostRate"]
        if let labourParameterID { allowedOverrides.append(labourParameterID) }
        if let node = top["assumptions"] {
            readAssumptions(node, allowed: allowedOverrides, usesStaffing: usesStaffing, into: &figures, r)
        }

        var findings: [Finding] = []
        var configAudit: [AuditStep] = []
        var staffing: StaffingModel? = nil
        var labour: Figure? = nil
        if let labourFields, let labourNode, yearsReadable {
            labour = readLabour(
                labourFields, node: labourNode, parameterID: labourParameterID, firstYear: labels[0], figures: figures, staffing: &staffing,
                findings: &findings, audit: &configAudit, r)
        }

        // Schedule.
        var kind = RolloutScheduleKind.explicit
        var schedule: RolloutSchedule? = nil
        var target: RolloutTargetSummary? = nil
        var inputFiles = [file]
        if let scheduleNode = top["schedule"] {
            loc.scheduleNode = scheduleNode
            if let f = r.object(scheduleNode, "schedule", allowed: Self.scheduleKeys) {
                let read = readSchedule(
                    f, node: scheduleNode, labels: yearsReadable ? labels : nil, baseDirectory: baseDirectory, loc: &loc,
                    findings: &findings, audit: &configAudit, inputFiles: &inputFiles, r)
                kind = read.kind
                schedule = read.schedule
                target = read.target
            }
        } else {
            r.missing(
                "schedule",
                expected:
                    "{\"teamsFullyOperating\": […], \"teamsComingIntoOperation\": […]}, {\"target\": {\"teams\", \"fullyOperatingFrom\"}, \"maxTeamsStartingPerYear\"} or {\"fromAreas\": {\"config\", \"method\", \"fullyOperatingFrom\", \"maxTeamsStartingPerYear\"}}",
                at: root.location)
        }

        // Development programme, one amount per year.
        let development = readDevelopment(
            top["developmentProgrammeGBP"], sourceNode: top["developmentProgrammeSource"], labels: yearsReadable ? labels : nil, loc: &loc,
            r, at: root.location)
        let span = readSpan(top["totalSpan"], labels: labels, r)

        // The schedule check runs whenever a schedule could be built, so one run lists every problem.
        guard var schedule else { return nil }
        if let development {
            for i in schedule.years.indices where i < development.amounts.count {
                schedule.years[i].developmentGBP = development.amounts[i]
            }
            schedule.developmentSource = development.source
        }
        let check = RolloutValidator.validate(schedule, fieldPath: "schedule")
        r.issues += issues(for: check.errors, kind: kind, schedule: schedule, target: target, assumptions: nil, loc: loc, file: file)
        var labourKeyed = figures
        if let labour { labourKeyed["labourPerTeam"] = labour }
        guard r.issues.isEmpty, let span, let assumptions = RolloutAssumptions(figures: labourKeyed, labourPerTeamID: "labourPerTeam")
        else { return nil }
        let plan: RolloutPlan
        do {
            plan = try RolloutModel.plan(schedule, assumptions: assumptions, fieldPath: "schedule")
        } catch {
            r.issues += issues(
                for: error.errors, kind: kind, schedule: schedule, target: target, assumptions: assumptions, loc: loc, file: file)
            return nil
        }
        guard let totals = plan.totals(from: span.from, through: span.through) else { return nil }
        let overrides = figures.values.filter { $0.override != nil && allowedOverrides.contains($0.id) }.sorted { $0.id < $1.id }
        var assumptionFigures = assumptions.all
        if usesStaffing, let onCost = figures["onCostRate"] { assumptionFigures.insert(onCost, at: 1) }
        let scheduleFindings = plan.findings.map { finding -> Finding in
            var f = finding
            if kind == .explicit, let path = f.fieldPath { f.fieldPath = explicitFieldPath(path) }
            return f
        }
        return LoadedRollout(
            file: file, title: title, description: description, referenceOrigin: reference.origin, scheduleKind: kind,
            schedule: schedule, target: target, assumptions: assumptions, assumptionFigures: assumptionFigures, staffing: staffing,
            overrides: overrides, span: span, plan: plan, spanTotals: totals, findings: findings + scheduleFindings,
            audit: configAudit + plan.audit, inputFiles: inputFiles)
    }

    /// Ids of reference parameters that are a team's labour a year (unit "GBP a year per …").
    var labourParameterIDs: [String] {
        reference.parameterOrder.filter { id in
            guard let p = reference.parameters[id], p.number != nil else { return false }
            return p.unit.hasPrefix("GBP a year per")
        }
    }

    /// `schedule.years[2].teamsFullyOperating` (the model's path) → `schedule.teamsFullyOperating[2]` (the config's).
    func explicitFieldPath(_ path: String) -> String {
        let prefix = "schedule.years["
        guard path.hasPrefix(prefix), let close = path.firstIndex(of: "]") else { return path }
        let index = path[path.index(path.startIndex, offsetBy: prefix.count)..<close]
        let rest = path[path.index(after: close)...].drop { $0 == "." }
        return "schedule.\(rest)[\(index)]"
    }

    // MARK: Years

    private func readYears(_ node: JSONNode?, _ r: FieldReader, at location: SourceLocation, loc: inout Locations) -> [String] {
        let expected = "an array of consecutive financial years like [\"2022/23\", \"2023/24\"], or {\"start\": \"2022/23\", \"count\": 4}"
        guard let node else {
            r.missing("years", expected: expected, at: location)
            return []
        }
        switch node.value {
        case .array(let items):
            var labels: [String] = []
            for (i, item) in items.enumerated() {
                let path = "years[\(i)]"
                guard let s = r.string(item, path) else {
                    labels.append("")
                    loc.yearNodes.append(item)
                    continue
                }
                defer {
                    labels.append(s)
                    loc.yearNodes.append(item)
                }
                guard PayResolver.startYear(s) != nil else {
                    r.report(item, path, expected: "a financial year like \"2022/23\"")
                    continue
                }
                // A year listed twice is reported by the schedule check, naming both positions.
                if labels.contains(s) { continue }
                if let last = labels.last, PayResolver.startYear(last) != nil, let next = PayResolver.label(after: last, offset: 1),
                    next != s
                {
                    r.report(
                        item, path,
                        expected: "\(next) (rollout years must be consecutive: the pay-growth uplift counts years from the first)")
                }
            }
            if items.isEmpty { r.report(node, "years", expected: "at least one rollout year") }
            if items.count > Self.maxYears { r.report(node, "years", expected: "at most \(Self.maxYears) years") }
            return labels
        case .object:
            guard let f = r.object(node, "years", allowed: ["start", "count"]) else { return [] }
            guard let startNode = f["start"] else {
                r.missing("years.start", expected: "a financial year like \"2022/23\"", at: node.location)
                return []
            }
            guard let countNode = f["count"] else {
                r.missing("years.count", expected: "a whole number of years from 1 to \(Self.maxYears)", at: node.location)
                return []
            }
            guard let start = r.string(startNode, "years.start") else { return [] }
            guard PayResolver.startYear(start) != nil else {
                r.report(startNode, "years.start", expected: "a financial year like \"2022/23\"")
                return []
            }
            guard let count = r.number(countNode, "years.count"), count == count.rounded(), count >= 1, count <= Double(Self.maxYears)
            else {
                r.report(countNode, "years.count", expected: "a whole number of years from 1 to \(Self.maxYears)")
                return []
            }
            let labels = (0..<Int(count)).compactMap { PayResolver.label(after: start, offset: $0) }
            if labels.count < Int(count) {
                r.report(
                    startNode, "years.start",
                    expected: "a financial year from which \(Int(count)) years have four-digit labels (the last is 9999/00)")
            }
            loc.yearNodes = Array(repeating: node, count: labels.count)
            return labels
        default:
            r.report(node, "years", expected: expected)
            return []
        }
    }

    // MARK: Assumptions

    private func readAssumptions(
        _ node: JSONNode, allowed: [String], usesStaffing: Bool, into figures: inout [String: Figure], _ r: FieldReader
    ) {
        guard let members = r.members(node, "assumptions") else { return }
        for member in members {
            let path = join("assumptions", member.key)
            guard allowed.contains(member.key), let parameter = reference.parameters[member.key], parameter.number != nil else {
                let known = reference.parameters[member.key] != nil
                r.issues.append(
                    FieldIssue(
                        file: r.file, location: member.keyLocation, fieldPath: path,
                        found: known ? "parameter \"\(member.key)\", which a rollout does not use" : "unknown parameter \"\(member.key)\"",
                        expected: "a parameter the rollout uses: " + allowed.joined(separator: ", "),
                        suggestion: known ? nil : nearestKey(to: member.key, in: allowed).map { "did you mean \"\($0)\"?" }))
                continue
            }
            if member.key == "onCostRate" && !usesStaffing {
                r.issues.append(
                    FieldIssue(
                        file: r.file, location: member.keyLocation, fieldPath: path, found: "an on-cost rate override",
                        expected:
                            "onCostRate only with labourPerTeam.staffingModel (a labour cost given directly already includes on-costs)"))
                continue
            }
            let unit = parameter.unit.lowercased()
            let value =
                unit.hasPrefix("proportion") || unit.hasPrefix("fraction")
                ? r.proportion(member.value, path)
                : unit.hasPrefix("gbp")
                    ? r.amountGBP(member.value, path, unit: parameter.unit)
                    : r.nonNegative(member.value, path, unit: parameter.unit)
            if let value { figures[member.key] = figures[member.key]!.overridden(with: value, at: path) }
        }
    }

    // MARK: Labour per team

    private func readLabour(
        _ f: [String: JSONNode], node: JSONNode, parameterID: String?, firstYear: String, figures: [String: Figure],
        staffing: inout StaffingModel?, findings: inout [Finding], audit: inout [AuditStep], _ r: FieldReader
    ) -> Figure? {
        let forms = ["gbp", "parameter", "staffingModel"].filter { f[$0] != nil }
        guard forms.count == 1 else {
            r.report(
                node, "labourPerTeam",
                expected: forms.isEmpty
                    ? "one of \"gbp\" (with \"source\"), \"parameter\" or \"staffingModel\" (with \"pay\")"
                    : "only one of " + forms.map { "\"\($0)\"" }.joined(separator: ", "))
            return nil
        }
        let form = forms[0]
        for key in ["source"] where f[key] != nil && form != "gbp" {
            r.report(
                f[key], "labourPerTeam.\(key)",
                expected: "\"source\" only with \"gbp\" (a parameter or staffing model carries its own source)")
        }
        for key in ["priceYear"] where f[key] != nil && form == "staffingModel" {
            r.report(
                f[key], "labourPerTeam.\(key)",
                expected: "\"priceYear\" only with \"gbp\" or \"parameter\" (a staffing model is priced by \"pay\".\"year\")")
        }
        for key in ["pay"] where f[key] != nil && form != "staffingModel" {
            r.report(f[key], "labourPerTeam.\(key)", expected: "\"pay\" only with \"staffingModel\"")
        }
        let growth = figures["payGrowthRate"]!
        let unitThisYear = "GBP a year per fully operating team, \(firstYear) prices"
        /// Whether labour of `gbp` at year `from`, uplifted by pay growth for `years` years, is an amount Money holds;
        /// if not, says so at `path` (pay growth over thousands of years, or a team of enormous salaries, trapped).
        func upliftFits(_ gbp: Double, from: String, years: Int, at reportNode: JSONNode, _ path: String) -> Bool {
            let uplifted = gbp * pow(1 + growth.value, Double(years))
            guard !Money.canHold(gbp) || !Money.canHold(uplifted) else { return true }
            r.issues.append(
                FieldIssue(
                    file: r.file, location: reportNode.location, fieldPath: path,
                    found:
                        "\(from): labour of £\(Format.approximate(gbp)) a team a year, uplifted \(Format.trimmed(growth.value * 100, 2))% a year for \(years) years to \(firstYear), is about £\(Format.approximate(uplifted))",
                    expected:
                        "labour of at most \(Format.gbp(Money(gbp: Money.maxGBP))) a team a year, the most piplanner holds to the penny; check the rollout years and this year"
                ))
            return false
        }

        if form == "staffingModel" {
            let loader = PlanConfigLoader(reference: reference)
            var defaults: [String: (value: String, source: String)] = [:]
            for (id, p) in reference.parameters {
                if let t = p.text { defaults[id] = (t, "the reference default (\(p.basis.rawValue); \(p.citation.text))") }
            }
            let pay = loader.readPay(f["pay"], path: "labourPerTeam.pay", r, defaults: defaults)
            var staffingFindings: [Finding] = []
            guard
                let model = loader.readStaffingModel(
                    f["staffingModel"], path: "labourPerTeam.staffingModel", pay: pay, growth: growth, findings: &staffingFindings, r,
                    at: node.location)
            else { return nil }
            findings += staffingFindings
            staffing = model
            for role in model.roles where role.annualSalaryGBP.derivation != nil && !pay.bandYears.isEmpty {
                findings.append(
                    Finding(
                        .payYearFallback,
                        message:
                            "Role '\(role.id)' (band \(role.band ?? "-")) is paid from \(pay.bandYears[role.band ?? ""] ?? "another year")'s scale, uplifted by pay growth to \(pay.year), because the shipped \(pay.year) scale has no such point.",
                        fieldPath: "labourPerTeam.pay.bandYears", source: role.annualSalaryGBP.source))
            }
            guard let offset = yearsBetween(pay.year, firstYear) else { return nil }
            let payYearNode =
                f["pay"].flatMap { p in if case .object(let m) = p.value { return m.first { $0.key == "year" }?.value } else { return nil }
                } ?? node
            guard offset >= 0 else {
                r.report(
                    payYearNode, "labourPerTeam.pay.year",
                    expected:
                        "a pay year no later than the first rollout year \(firstYear) (pay growth is applied forward from the pay year)")
                return nil
            }
            let onCost = figures["onCostRate"]!
            let roles = model.roles.map { (wte: $0.wtePerTeam, annualSalaryGBP: $0.annualSalaryGBP.value) }
            guard
                upliftFits(
                    TeamLabourCostRule.salaryBill(roles: roles) * (1 + onCost.value), from: pay.year, years: offset, at: payYearNode,
                    "labourPerTeam.pay.year")
            else { return nil }
            let atPay = TeamLabourCostRule.labourCost(roles: roles, onCostRate: onCost.value)
            let labour = PayGrowthRule.uplifted(atPay, payGrowthRate: growth.value, years: offset)
            let roleFigures = model.roles.map { role -> Figure in
                var salary = role.annualSalaryGBP
                salary.id = "\(role.id) (\(role.band.map { "band \($0)" } ?? "no band"), \(Format.trimmed(role.wtePerTeam, 2)) WTE)"
                return salary
            }
            audit.append(
                AuditStep(
                    id: "rollout.labourPerTeamAtPayYear", title: "Labour of one team at \(pay.year) pay (\(model.name))",
                    formula: "Σ over roles (WTE × annual salary) × (1 + on-cost rate), to the penny", inputs: roleFigures + [onCost],
                    result: atPay.gbp, resultUnit: "GBP a year per team"))
            let atPayFigure = Figure(
                id: "labourPerTeamAtPayYear", value: atPay.gbp, unit: "GBP a year per team at \(pay.year) pay",
                source: "step: rollout.labourPerTeamAtPayYear", basis: .derived)
            let offsetFigure = Figure(
                id: "payGrowthYears", value: Double(offset), unit: "years from pay year \(pay.year) to \(firstYear)",
                source: "\(pay.yearSource); first rollout year", basis: .derived)
            audit.append(
                AuditStep(
                    id: "rollout.labourPerTeam", title: "Labour of one fully operating team at \(firstYear) prices",
                    formula:
                        "labour at the pay year × (1 + pay growth a year)^(years from the pay year to the first rollout year), to the penny",
                    inputs: [atPayFigure, growth, offsetFigure], result: labour.gbp, resultUnit: "GBP a year per team"))
            return Figure(
                id: "labourPerTeam", value: labour.gbp, unit: unitThisYear,
                source: "step: rollout.labourPerTeam (\(model.name), \(model.source); pay \(pay.year), point \(pay.point))",
                basis: .derived,
                derivation:
                    "Σ WTE × salary × (1 + \(Format.trimmed(onCost.value, 4))) = \(Format.gbpPence(atPay)) at \(pay.year) pay; × (1 + \(Format.trimmed(growth.value, 4)))^\(offset) = \(Format.gbpPence(labour))."
            )
        }

        var base: Figure
        if form == "gbp" {
            guard let v = r.amountGBP(f["gbp"]!, "labourPerTeam.gbp", unit: "GBP a year per fully operating team", allowZero: false) else {
                return nil
            }
            guard let sourceNode = f["source"] else {
                r.missing(
                    "labourPerTeam.source",
                    expected:
                        "the source of the labour figure (document and section, e.g. \"002_da9a53b1ef711f3f.txt, Breakdown of spending\")",
                    at: node.location)
                return nil
            }
            guard let source = r.string(sourceNode, "labourPerTeam.source") else { return nil }
            base = Figure(
                id: "labourPerTeam", value: v, unit: "GBP a year per fully operating team", source: "config labourPerTeam.gbp: \(source)",
                basis: .config)
        } else {
            guard let parameterID, let figure = figures[parameterID] else { return nil }
            base = figure
        }

        guard let priceNode = f["priceYear"] else {
            if form == "parameter", let stated = financialYear(in: base.unit), stated != firstYear {
                findings.append(
                    Finding(
                        .labourPriceYear,
                        message:
                            "\(base.id) is stated at \(stated) prices but is used as the \(firstYear) labour cost without uplift. Add \"priceYear\": \"\(stated)\" to labourPerTeam to uplift it by pay growth.",
                        fieldPath: "labourPerTeam", source: base.source))
            }
            if form == "gbp" { base.unit = unitThisYear }
            return base
        }
        guard let priceYear = r.string(priceNode, "labourPerTeam.priceYear") else { return nil }
        guard let offset = yearsBetween(priceYear, firstYear) else {
            r.report(priceNode, "labourPerTeam.priceYear", expected: "a financial year like \"2022/23\"")
            return nil
        }
        guard offset >= 0 else {
            r.report(priceNode, "labourPerTeam.priceYear", expected: "a price year no later than the first rollout year \(firstYear)")
            return nil
        }
        guard offset > 0 else { return base }
        guard upliftFits(base.value, from: priceYear, years: offset, at: priceNode, "labourPerTeam.priceYear") else { return nil }
        let labour = PayGrowthRule.uplifted(Money(gbp: base.value), payGrowthRate: growth.value, years: offset)
        let offsetFigure = Figure(
            id: "payGrowthYears", value: Double(offset), unit: "years from price year \(priceYear) to \(firstYear)",
            source: "config labourPerTeam.priceYear; first rollout year", basis: .config)
        audit.append(
            AuditStep(
                id: "rollout.labourPerTeam", title: "Labour of one fully operating team at \(firstYear) prices",
                formula:
                    "labour at the price year × (1 + pay growth a year)^(years from the price year to the first rollout year), to the penny",
                inputs: [base, growth, offsetFigure], result: labour.gbp, resultUnit: "GBP a year per team"))
        return Figure(
            id: "labourPerTeam", value: labour.gbp, unit: unitThisYear, source: "step: rollout.labourPerTeam (\(base.id): \(base.source))",
            basis: .derived,
            derivation:
                "\(Format.gbpPence(Money(gbp: base.value))) at \(priceYear) prices × (1 + \(Format.trimmed(growth.value, 4)))^\(offset) = \(Format.gbpPence(labour))."
        )
    }

    /// Financial years from `a` to `b` (e.g. 2022/23 → 2025/26 is 3); nil if either is malformed.
    func yearsBetween(_ a: String, _ b: String) -> Int? {
        guard let x = PayResolver.startYear(a), let y = PayResolver.startYear(b) else { return nil }
        return y - x
    }

    /// The first financial-year label (e.g. "2022/23") written in `text`, if any.
    func financialYear(in text: String) -> String? {
        let words = text.split(whereSeparator: { !$0.isNumber && $0 != "/" })
        return words.map(String.init).first { PayResolver.startYear($0) != nil }
    }

    // MARK: Schedule

    private func readSchedule(
        _ f: [String: JSONNode], node: JSONNode, labels: [String]?, baseDirectory: URL, loc: inout Locations, findings: inout [Finding],
        audit: inout [AuditStep], inputFiles: inout [String], _ r: FieldReader
    ) -> (kind: RolloutScheduleKind, schedule: RolloutSchedule?, target: RolloutTargetSummary?) {
        let explicitKeys = ["teamsFullyOperating", "teamsComingIntoOperation", "source"].filter { f[$0] != nil }
        let targetKeys = ["target", "maxTeamsStartingPerYear", "alreadyFullyOperating"].filter { f[$0] != nil }
        let forms = [
            (!explicitKeys.isEmpty, "teamsFullyOperating/teamsComingIntoOperation"), (!targetKeys.isEmpty, "target"),
            (f["fromAreas"] != nil, "fromAreas"),
        ].filter(\.0)
        guard forms.count == 1 else {
            r.report(
                node, "schedule",
                expected: forms.isEmpty
                    ? "one of: {\"teamsFullyOperating\": […], \"teamsComingIntoOperation\": […]}; {\"target\": {\"teams\", \"fullyOperatingFrom\"}, \"maxTeamsStartingPerYear\"}; {\"fromAreas\": {…}}"
                    : "only one way of giving the schedule; found " + forms.map(\.1).joined(separator: " and "))
            return (.explicit, nil, nil)
        }

        if !explicitKeys.isEmpty {
            let source = f["source"].flatMap { r.string($0, "schedule.source") }
            guard let fullNode = f["teamsFullyOperating"] else {
                r.missing(
                    "schedule.teamsFullyOperating", expected: "teams fully operating from 1 April, one number per year", at: node.location)
                return (.explicit, nil, nil)
            }
            guard let comingNode = f["teamsComingIntoOperation"] else {
                r.missing(
                    "schedule.teamsComingIntoOperation", expected: "teams coming into operation over the year, one number per year",
                    at: node.location)
                return (.explicit, nil, nil)
            }
            let full = readCounts(fullNode, "schedule.teamsFullyOperating", labels: labels, what: "teams fully operating from 1 April", r)
            let coming = readCounts(
                comingNode, "schedule.teamsComingIntoOperation", labels: labels, what: "teams coming into operation over the year", r)
            guard let labels, let full, let coming else { return (.explicit, nil, nil) }
            loc.fullNodes = full.nodes
            loc.comingNodes = coming.nodes
            let years = labels.indices.map {
                RolloutYear(label: labels[$0], teamsFullyOperating: full.values[$0], teamsComingIntoOperation: coming.values[$0])
            }
            return (
                .explicit, RolloutSchedule(years: years, source: "config schedule" + (source.map { ": \($0)" } ?? ""), basis: .config), nil
            )
        }

        // Derived: from a target, or from the areas of a plan config.
        let fromAreas = f["fromAreas"] != nil
        let prefix = fromAreas ? "schedule.fromAreas" : "schedule"
        loc.derivedPrefix = fromAreas ? "schedule.fromAreas" : "schedule.target"
        let fields: [String: JSONNode]
        var targetFields: [String: JSONNode] = [:]
        if fromAreas {
            guard let g = r.object(f["fromAreas"]!, prefix, allowed: Self.fromAreasKeys) else { return (.fromAreas, nil, nil) }
            fields = g
            loc.targetTeamsNode = f["fromAreas"]
        } else {
            fields = f
            guard let targetNode = f["target"] else {
                r.missing("schedule.target", expected: "{\"teams\": 202, \"fullyOperatingFrom\": \"2025/26\"}", at: node.location)
                return (.target, nil, nil)
            }
            guard let t = r.object(targetNode, "schedule.target", allowed: ["teams", "fullyOperatingFrom"]) else {
                return (.target, nil, nil)
            }
            targetFields = t
            loc.targetTeamsNode = t["teams"] ?? targetNode
        }
        let kind: RolloutScheduleKind = fromAreas ? .fromAreas : .target
        let yearFields = fromAreas ? fields : targetFields
        let yearPath = fromAreas ? "schedule.fromAreas.fullyOperatingFrom" : "schedule.target.fullyOperatingFrom"
        var yearIndex: Int? = nil
        if let yearNode = yearFields["fullyOperatingFrom"] {
            loc.targetYearNode = yearNode
            if let labels, let label = r.choice(yearNode, yearPath, from: labels) { yearIndex = labels.firstIndex(of: label) }
        } else {
            r.missing(
                yearPath, expected: "the rollout year from whose 1 April the target number of teams is fully operating, e.g. \"2025/26\"",
                at: (fromAreas ? f["fromAreas"]! : f["target"]!).location)
        }
        var cap: Double? = nil
        if let capNode = fields["maxTeamsStartingPerYear"] {
            loc.capNode = capNode
            cap = r.number(capNode, "\(prefix).maxTeamsStartingPerYear")
        } else {
            r.missing(
                "\(prefix).maxTeamsStartingPerYear",
                expected: "the most teams that can come into operation in one year (a number, 0 or more)",
                at: (fromAreas ? f["fromAreas"]! : node).location)
        }
        var already: Double? = nil
        var alreadySource = "none: no teams already fully operating"
        if let alreadyNode = fields["alreadyFullyOperating"] {
            loc.alreadyNode = alreadyNode
            already = r.number(alreadyNode, "\(prefix).alreadyFullyOperating")
            alreadySource = "config \(prefix).alreadyFullyOperating"
        }

        var teams: Double? = nil
        var method: SizingMethod? = nil
        var planPath: String? = nil
        var planWritten: String? = nil
        var dataAreas: RolloutDataAreas? = nil
        var areas: [RolloutAreaTeams] = []
        if fromAreas {
            if let m = fields["method"] {
                method = r.choice(m, "\(prefix).method", from: SizingMethod.allCases.map(\.rawValue)).flatMap(SizingMethod.init(rawValue:))
            } else {
                r.missing(
                    "\(prefix).method",
                    expected: "the sizing method whose teams are summed: "
                        + SizingMethod.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " or "), at: f["fromAreas"]!.location)
            }
            // The areas come from a plan config or from the shipped area data: exactly one.
            let configNode = fields["config"]
            let areasNode = fields["areas"]
            if let configNode, let areasNode {
                r.issues.append(
                    FieldIssue(
                        file: r.file, location: areasNode.location, fieldPath: prefix,
                        found: "both \"config\" and \"areas\"",
                        expected:
                            "exactly one of \(prefix).config (a plan config whose areas are summed) or \(prefix).areas (an area set or GSS codes planned from the shipped area data)",
                        suggestion:
                            "remove \(prefix).config (line \(configNode.location.line)) or \(prefix).areas (line \(areasNode.location.line))"
                    ))
            } else if configNode == nil && areasNode == nil {
                r.missing(
                    "\(prefix).config",
                    expected:
                        "one of \(prefix).config (the path of a plan config, relative to this file's directory, whose areas set the target) or \(prefix).areas (an area set such as \"england\", or GSS codes, planned from the shipped area data)",
                    at: f["fromAreas"]!.location)
            }
            if let scenarioNode = fields["scenario"], areasNode == nil {
                r.report(
                    scenarioNode, "\(prefix).scenario",
                    expected: "\"scenario\" only with \(prefix).areas (a plan config carries its own settings)")
            }

            var summed: (label: String, sourcePrefix: String)? = nil
            if configNode != nil && areasNode != nil {
                // Reported above.
            } else if let configNode, let relative = r.string(configNode, "\(prefix).config") {
                planWritten = relative
                let url = relative.hasPrefix("/") ? URL(fileURLWithPath: relative) : baseDirectory.appendingPathComponent(relative)
                planPath = url.standardizedFileURL.path
                if let method, let loaded = loadAreas(path: planPath!, relative: relative, node: configNode, r) {
                    inputFiles.append(planPath!)
                    for (_, plan) in loaded {
                        let needed = method == .need ? plan.needTeams : plan.coverageTeams
                        let existing = min(WorkforceRule.teamEquivalents(wte: plan.existingWTE, teamWTE: plan.teamWTE), needed)
                        areas.append(RolloutAreaTeams(name: plan.name, code: plan.code, teams: needed, existingTeams: existing))
                    }
                    summed = ("the areas of \(relative)", "plan config \(relative), area")
                }
            } else if let areasNode, let method,
                let read = readDataAreas(
                    areasNode, scenarioNode: fields["scenario"], method: method, baseDirectory: baseDirectory, inputFiles: &inputFiles, r)
            {
                areas = read.areas
                dataAreas = read.data
                let count = "\(areas.count) area\(areas.count == 1 ? "" : "s")"
                summed = ("\(count) planned from the shipped area data (\(read.data.selection))", "")
            }

            if let method, let summed {
                teams = RolloutSchedule.target(fromAreaTeams: areas.map(\.teams), fullyOperatingFromYearIndex: yearIndex ?? 0).teams
                let areaFigures: [Figure]
                let formula: String
                if let data = dataAreas {
                    areaFigures = areas.map { a in
                        Figure(
                            id: "teams \(a.name)\(a.code.map { " (\($0))" } ?? "")", value: a.teams,
                            unit: "teams (\(method.rawValue) method)",
                            source:
                                "area data (\(data.areaData)) under scenario \(data.scenario); low-income share \(a.lowIncomeShareBasis ?? "none"), maltreatment share \(a.maltreatmentShareBasis ?? "none")",
                            basis: .derived)
                    }
                    formula =
                        "Σ over areas (teams by the \(method.rawValue) method), each area planned from the shipped area data as `piplanner batch --areas \(data.selection)` plans it: population and births from the data, low-income share local (the area's IDACI 2019 rate; none outside England), maltreatment share national (England's), existing WTE 0; fractional team-equivalents summed without rounding"
                } else {
                    areaFigures = areas.map {
                        Figure(
                            id: "teams \($0.name)", value: $0.teams, unit: "teams (\(method.rawValue) method)",
                            source: "\(summed.sourcePrefix) \($0.name)\($0.code.map { " (\($0))" } ?? "")", basis: .derived)
                    }
                    formula = "Σ over areas (teams by the \(method.rawValue) method); fractional team-equivalents summed without rounding"
                }
                audit.append(
                    AuditStep(
                        id: "rollout.targetFromAreas", title: "Target teams from \(summed.label)", formula: formula, inputs: areaFigures,
                        result: teams!, resultUnit: "teams"))
                if already == nil, let data = dataAreas {
                    already = 0
                    alreadySource =
                        "none known: the shipped area data records no existing teams (existing WTE 0 in every area, area data \(data.areaData)); give \(prefix).alreadyFullyOperating"
                } else if already == nil, let relative = planWritten {
                    already = areas.reduce(0) { $0 + $1.existingTeams }
                    alreadySource = "step: rollout.alreadyFromAreas"
                    let existingFigures = areas.map {
                        Figure(
                            id: "existing teams \($0.name)", value: $0.existingTeams,
                            unit: "team-equivalents of existing WTE, at most the area's teams",
                            source: "plan config \(relative), area \($0.name) existingWTE ÷ team WTE", basis: .derived)
                    }
                    audit.append(
                        AuditStep(
                            id: "rollout.alreadyFromAreas", title: "Teams already fully operating in the areas",
                            formula:
                                "Σ over areas min(existing WTE ÷ WTE a team, the area's teams); existing teams beyond an area's need are not counted",
                            inputs: existingFigures, result: already!, resultUnit: "teams"))
                }
                if let t = teams, t != t.rounded() {
                    findings.append(
                        Finding(
                            .fractionalTeams, .note,
                            message:
                                "The areas need \(Format.trimmed(t, 2)) team-equivalents by the \(method.rawValue) method; the rollout is costed in fractional teams as summed, without rounding. Give the schedule as a target of whole teams if whole teams will be commissioned.",
                            fieldPath: prefix))
                }
                if let data = dataAreas {
                    findings += dataAreaFindings(areas, data: data, prefix: prefix)
                }
            }
        } else if let teamsNode = targetFields["teams"] {
            teams = r.number(teamsNode, "schedule.target.teams")
        } else {
            r.missing(
                "schedule.target.teams", expected: "the number of teams to be fully operating (a number, 0 or more)",
                at: f["target"]!.location)
        }

        guard let labels, let teams, let yearIndex, let cap else { return (kind, nil, nil) }
        let alreadyValue = already ?? 0
        let summary = RolloutTargetSummary(
            teams: teams, fullyOperatingFrom: labels[yearIndex], maxTeamsStartingPerYear: cap, alreadyFullyOperating: alreadyValue,
            alreadyFullyOperatingSource: alreadySource, method: method, planConfig: planWritten, dataAreas: dataAreas, areas: areas)
        do {
            let schedule = try RolloutSchedule.derived(
                labels: labels, target: RolloutTarget(teams: teams, fullyOperatingFromYearIndex: yearIndex), maxTeamsStartingPerYear: cap,
                alreadyFullyOperating: alreadyValue)
            let inputs = [
                Figure(
                    id: "target.teams", value: teams, unit: "teams fully operating from 1 April \(labels[yearIndex])",
                    source: fromAreas ? "step: rollout.targetFromAreas" : "config schedule.target.teams",
                    basis: fromAreas ? .derived : .config),
                Figure(
                    id: "maxTeamsStartingPerYear", value: cap, unit: "teams coming into operation a year, at most",
                    source: "config \(prefix).maxTeamsStartingPerYear", basis: .config),
                Figure(
                    id: "alreadyFullyOperating", value: alreadyValue, unit: "teams fully operating from 1 April \(labels[0])",
                    source: alreadySource,
                    basis: fields["alreadyFullyOperating"] != nil ? .config : (dataAreas != nil ? .assumption : .derived)),
            ]
            let reached = schedule.years[yearIndex].teamsFullyOperating
            audit.append(
                AuditStep(
                    id: "rollout.schedule", title: "Schedule derived from the target",
                    formula:
                        "each year before the target year, min(cap, target − teams fully operating) come into operation and are fully operating from the next 1 April; none start from the target year on (as many as the cap allows, earliest first)",
                    inputs: inputs, result: reached, resultUnit: "teams fully operating from 1 April \(labels[yearIndex])"))
            return (kind, schedule, summary)
        } catch {
            r.issues += issues(for: error.errors, kind: kind, schedule: nil, target: summary, assumptions: nil, loc: loc, file: r.file)
            return (kind, nil, summary)
        }
    }

    /// An array of team counts, one per year; values are only checked to be finite numbers here (the schedule
    /// check reports negative counts by year).
    private func readCounts(_ node: JSONNode, _ path: String, labels: [String]?, what: String, _ r: FieldReader) -> (
        values: [Double], nodes: [JSONNode]
    )? {
        guard let items = r.array(node, path) else { return nil }
        if let labels, items.count != labels.count {
            r.report(node, path, expected: "\(labels.count) numbers of \(what), one per year (\(labels.joined(separator: ", ")))")
            return nil
        }
        var values: [Double] = []
        for (i, item) in items.enumerated() {
            if let v = r.number(item, "\(path)[\(i)]", expected: "a number of \(what)" + (labels.map { " in \($0[i])" } ?? "")) {
                values.append(v)
            }
        }
        return values.count == items.count ? (values, items) : nil
    }

    /// Reports why a file named by this rollout config (a plan config or a scenario) could not be used;
    /// its own problems are listed under its name.
    private static func reportNestedFile(
        _ error: PlannerError, node: JSONNode, field: String, kind: String, relative: String, path: String, _ r: FieldReader
    ) {
        switch error {
        case .fileNotFound:
            r.report(node, field, expected: "a \(kind) file, relative to this rollout config's directory (looked for \(path))")
        case .invalidInput(let issues):
            r.report(
                node, field,
                expected: "a valid \(kind); \(relative) has \(issues.count) problem\(issues.count == 1 ? "" : "s"), listed with its name")
            r.issues += issues
        default:
            r.report(node, field, expected: "a readable \(kind) (\(error.description))")
        }
    }

    private func loadAreas(path: String, relative: String, node: JSONNode, _ r: FieldReader) -> [(LoadedPlan.Area, AreaPlan)]? {
        let loaded: LoadedPlan
        do {
            loaded = try PlanConfigLoader(reference: reference).load(path: path)
        } catch {
            Self.reportNestedFile(
                error, node: node, field: "schedule.fromAreas.config", kind: "plan config", relative: relative, path: path, r)
            return nil
        }
        return loaded.areas.map { ($0, AreaPlanner.plan($0.input, assumptions: $0.assumptions)) }
    }

    /// `schedule.fromAreas.areas`: an area set or GSS codes (as `batch --areas` takes them) or an array of codes, planned
    /// from the area data under the scenario (`schedule.fromAreas.scenario`, relative to this config's directory, or the
    /// built-in defaults) by `BatchPlanner`, exactly as `batch` plans them. An area that cannot be planned (an unknown
    /// code, a rejected row, a district) is an issue naming its place in the list and its code; so is a code listed
    /// twice, or an area overlapping another (a council and its ICB), whose need would be summed twice.
    private func readDataAreas(
        _ node: JSONNode, scenarioNode: JSONNode?, method: SizingMethod, baseDirectory: URL, inputFiles: inout [String], _ r: FieldReader
    ) -> (areas: [RolloutAreaTeams], data: RolloutDataAreas)? {
        let path = "schedule.fromAreas.areas"
        let issuesBefore = r.issues.count
        let sets = AreaSet.allCases.map(\.rawValue)

        // The area data, then the selection (its suggestions may need the catalog).
        let catalog: AreaCatalog
        let origin: String
        do {
            (catalog, origin) = try AreaCatalog.load(areaDataDirectory: areaDataDirectory)
        } catch {
            r.report(node, path, expected: "areas from area data that can be read (\(error.description))")
            return nil
        }
        var selection: BatchSelection? = nil
        /// For an array: the node of each code, to point at the one that cannot be planned.
        var itemNodes: [JSONNode] = []
        var itemIndices: [Int] = []
        switch node.value {
        case .string(let text):
            selection = BatchSelection(text)
            if selection == nil {
                let suggestion =
                    nearestKey(to: text, in: sets).map { "did you mean \"\($0)\"?" }
                    ?? BatchPlanner.suggestion(for: text, in: catalog).map { "did you mean \($0)?" }
                r.report(
                    node, path,
                    expected:
                        "an area set (\(sets.joined(separator: ", "))) or GSS codes, as `piplanner batch --areas` takes them, or an array of GSS codes",
                    suggestion: suggestion)
            }
        case .array(let items):
            var codes: [String] = []
            var firstIndex: [String: Int] = [:]
            for (i, item) in items.enumerated() {
                guard let code = r.string(item, "\(path)[\(i)]") else { continue }
                if let first = firstIndex[code] {
                    r.issues.append(
                        FieldIssue(
                            file: r.file, location: item.location, fieldPath: "\(path)[\(i)]",
                            found: "\"\(code)\", listed twice (\(path)[\(first)] and [\(i)])",
                            expected: "each area once (its teams would be summed twice)", suggestion: "remove \(path)[\(i)]"))
                    continue
                }
                firstIndex[code] = i
                codes.append(code)
                itemNodes.append(item)
                itemIndices.append(i)
            }
            if items.isEmpty { r.report(node, path, expected: "at least one GSS code, e.g. [\"E08000035\", \"E08000003\"]") }
            // The codes that could be read are still planned, so one run lists every problem.
            if !codes.isEmpty { selection = .codes(codes) }
        default:
            r.report(
                node, path,
                expected: "an area set (\(sets.joined(separator: ", "))) or an array of GSS codes, e.g. [\"E08000035\", \"E08000003\"]")
        }

        // The scenario, checked in full like `batch --scenario`.
        let loader = PlanConfigLoader(reference: reference)
        let scenario: LoadedScenario
        var scenarioWritten = PlanConfigLoader.builtInScenarioName
        if let scenarioNode {
            guard let relative = r.string(scenarioNode, "schedule.fromAreas.scenario") else { return nil }
            let scenarioPath = (relative.hasPrefix("/") ? URL(fileURLWithPath: relative) : baseDirectory.appendingPathComponent(relative))
                .standardizedFileURL.path
            do {
                scenario = try loader.loadScenario(path: scenarioPath)
            } catch {
                Self.reportNestedFile(
                    error, node: scenarioNode, field: "schedule.fromAreas.scenario", kind: "scenario", relative: relative,
                    path: scenarioPath, r)
                return nil
            }
            scenarioWritten = relative
            inputFiles.append(scenarioPath)
        } else {
            do { scenario = try loader.defaultScenario() } catch {
                r.report(node, path, expected: "areas planned under the built-in scenario, which cannot be built (\(error.description))")
                return nil
            }
        }
        guard let selection else { return nil }
        if let dir = areaDataDirectory { inputFiles += AreaCatalog.files(inAreaDataDirectory: dir) }

        // Plan as batch does; every area left out is an issue (a target without it would be too low).
        let result = BatchPlanner.run(
            selection: selection, catalog: catalog, scenario: scenario, reference: reference, areaDataOrigin: origin)
        /// Where a code was written: `areas[i]` in an array, or the whole `areas` value.
        func place(_ code: String) -> (String, SourceLocation) {
            guard case .codes(let codes) = selection, let k = codes.firstIndex(of: code), itemNodes.indices.contains(k) else {
                return (path, node.location)
            }
            return ("\(path)[\(itemIndices[k])]", itemNodes[k].location)
        }
        for exclusion in result.excluded {
            let (fieldPath, location) = place(exclusion.code)
            let parts = exclusion.reason.components(separatedBy: "; did you mean ")
            var where_ = ""
            if let file = exclusion.file {
                where_ = file + (exclusion.line.map { ":\($0)" } ?? "") + (exclusion.column.map { " column \($0)" } ?? "") + ": "
            }
            let what = exclusion.code.isEmpty ? "a row with no code" : "\"\(exclusion.code)\"\(exclusion.name.map { " (\($0))" } ?? "")"
            let found: String
            if case .set(let set) = selection {
                found = "\(what), an area of \"\(set.rawValue)\" that cannot be planned"
            } else {
                found = what
            }
            r.issues.append(
                FieldIssue(
                    file: r.file, location: location, fieldPath: fieldPath, found: found,
                    expected:
                        "a planning area (a council, an ICB or a health board) that can be planned from the area data (\(origin)): \(where_)\(parts[0])",
                    suggestion: parts.count > 1 ? "did you mean " + parts.dropFirst().joined(separator: "; did you mean ") : nil))
        }
        // Overlapping areas (a council and its ICB or health board, a county and ...) would count need twice.
        let covered = result.planned.map { catalog.authorities(covering: $0.area.area) }
        for j in result.planned.indices {
            for i in 0..<j where !covered[i].isDisjoint(with: covered[j]) {
                let a = result.planned[i].area.area
                let b = result.planned[j].area.area
                let shared = covered[i].intersection(covered[j]).sorted()
                let (fieldPath, location) = place(b.code)
                let (otherPath, _) = place(a.code)
                r.issues.append(
                    FieldIssue(
                        file: r.file, location: location, fieldPath: fieldPath,
                        found:
                            "\"\(b.code)\" (\(b.name)), which overlaps \(otherPath) \(a.code) (\(a.name)): both include \(shared.prefix(3).joined(separator: ", "))\(shared.count > 3 ? " and \(shared.count - 3) more" : "")",
                        expected: "areas that do not overlap (the need of the shared authorities would be summed twice)",
                        suggestion: "list either the larger area or the areas within it, not both"))
                break
            }
        }
        if result.planned.isEmpty && result.excluded.isEmpty {
            r.report(node, path, expected: "a selection with at least one area in the area data (\(origin))")
        }
        guard r.issues.count == issuesBefore else { return nil }

        let areas = result.planned.map { area, plan in
            let needed = method == .need ? plan.needTeams : plan.coverageTeams
            return RolloutAreaTeams(
                name: area.area.name, code: area.area.code, teams: needed,
                existingTeams: min(WorkforceRule.teamEquivalents(wte: plan.existingWTE, teamWTE: plan.teamWTE), needed),
                lowIncomeShareBasis: area.shareBasis(of: "lowIncome", in: plan),
                maltreatmentShareBasis: area.shareBasis(of: "maltreatment", in: plan))
        }
        return (areas, RolloutDataAreas(selection: selection.description, scenario: scenarioWritten, areaData: origin, notes: result.notes))
    }

    /// Findings on the risk shares of areas planned from the shipped data: which are local and which national
    /// (as `batch` marks them), and the areas with no low-income adjustment.
    private func dataAreaFindings(_ areas: [RolloutAreaTeams], data: RolloutDataAreas, prefix: String) -> [Finding] {
        var findings: [Finding] = []
        func count(_ n: Int) -> String { "\(n) area\(n == 1 ? "" : "s")" }
        let lowIncome = Dictionary(grouping: areas, by: { $0.lowIncomeShareBasis ?? "none" })
        let maltreatment = Dictionary(grouping: areas, by: { $0.maltreatmentShareBasis ?? "none" })
        let localBases = ["local", "local-derived", "local-births-weighted"].filter { lowIncome[$0] != nil }
        let localCount = localBases.reduce(0) { $0 + lowIncome[$1]!.count }
        var text =
            "The \(count(areas.count)) summed were planned from the shipped area data as `piplanner batch --areas \(data.selection)` plans them (scenario \(data.scenario)). "
        text += "Low-income share: local in \(localCount)"
        if !localBases.isEmpty { text += " (" + localBases.map { "\($0) \(lowIncome[$0]!.count)" }.joined(separator: ", ") + ")" }
        if let none = lowIncome["none"] { text += ", none in \(none.count)" }
        text += ". "
        text +=
            "Maltreatment share: national (England's babies under one in need ÷ England's live births) in \(maltreatment["national"]?.count ?? 0)"
        let otherMaltreatment = maltreatment.filter { $0.key != "national" }.sorted { $0.key < $1.key }.map {
            "\($0.key) in \($0.value.count)"
        }
        text += otherMaltreatment.isEmpty ? ". " : ", " + otherMaltreatment.joined(separator: ", ") + ". "
        text +=
            "Substance misuse and parental depression are not applied (no cited share of births). Each area's figures are in that batch's output."
        findings.append(
            Finding(
                .riskSharesNational, .note, message: text, fieldPath: "\(prefix).areas",
                source: reference.parameters["riskGroups.maltreatment.nationalShare"]?.citation.text))
        if let none = lowIncome["none"], !none.isEmpty {
            let names = none.prefix(5).map(\.name).joined(separator: ", ") + (none.count > 5 ? " and \(none.count - 5) more" : "")
            findings.append(
                Finding(
                    .riskSharesMissing,
                    message:
                        "No low-income adjustment for \(count(none.count)) (\(names)): no local deprivation measure is shipped for them (IDACI covers England only), so their teams are sized without the low-income risk group.",
                    fieldPath: "\(prefix).areas"))
        }
        return findings
    }

    // MARK: Development programme and span

    private func readDevelopment(
        _ node: JSONNode?, sourceNode: JSONNode?, labels: [String]?, loc: inout Locations, _ r: FieldReader, at location: SourceLocation
    ) -> (amounts: [Money?], source: String?)? {
        let source = sourceNode.flatMap { r.string($0, "developmentProgrammeSource") }
        guard let node else {
            if let sourceNode {
                r.report(sourceNode, "developmentProgrammeSource", expected: "developmentProgrammeSource only with developmentProgrammeGBP")
            }
            return nil
        }
        loc.developmentNode = node
        guard let items = r.array(node, "developmentProgrammeGBP") else { return nil }
        if let labels, items.count != labels.count {
            r.report(
                node, "developmentProgrammeGBP",
                expected: "\(labels.count) amounts in GBP (null or 0 for none), one per year (\(labels.joined(separator: ", ")))")
            return nil
        }
        loc.developmentNodes = items
        var amounts: [Money?] = []
        for (i, item) in items.enumerated() {
            if case .null = item.value {
                amounts.append(nil)
                continue
            }
            guard
                let v = r.number(
                    item, "developmentProgrammeGBP[\(i)]",
                    expected: "an amount in GBP, or null for none" + (labels.map { " in \($0[i])" } ?? ""))
            else {
                amounts.append(nil)
                continue
            }
            guard Money.canHold(v) else {
                r.report(
                    item, "developmentProgrammeGBP[\(i)]",
                    expected: "an amount in GBP of at most \(Format.gbp(Money(gbp: Money.maxGBP))), the most piplanner holds to the penny"
                        + (labels.map { " in \($0[i])" } ?? ""))
                amounts.append(nil)
                continue
            }
            amounts.append(Money(gbp: v))
        }
        if amounts.contains(where: { ($0 ?? .zero) != .zero }) && source == nil && sourceNode == nil {
            r.missing(
                "developmentProgrammeSource", expected: "the source of the development-programme amounts (document and section)",
                at: location)
        }
        return (amounts, source.map { "config developmentProgrammeGBP: \($0)" } ?? "config developmentProgrammeGBP")
    }

    private func readSpan(_ node: JSONNode?, labels: [String], _ r: FieldReader) -> RolloutSpan? {
        guard let first = labels.first, let last = labels.last else { return nil }
        func defaultLabel(_ a: String, _ b: String) -> String { a == b ? "Total \(a)" : "Total \(a)–\(b)" }
        guard let node else { return RolloutSpan(label: defaultLabel(first, last), from: first, through: last) }
        guard let f = r.object(node, "totalSpan", allowed: ["from", "through", "label"]) else { return nil }
        let from = f["from"].map { r.choice($0, "totalSpan.from", from: labels) } ?? first
        let through = f["through"].map { r.choice($0, "totalSpan.through", from: labels) } ?? last
        let label = f["label"].flatMap { r.string($0, "totalSpan.label") }
        guard let from, let through else { return nil }
        if let i = labels.firstIndex(of: from), let j = labels.firstIndex(of: through), j < i {
            r.report(f["through"] ?? node, "totalSpan.through", expected: "a year not before totalSpan.from (\(from))")
            return nil
        }
        return RolloutSpan(label: label ?? defaultLabel(from, through), from: from, through: through)
    }

    // MARK: - Model errors as field issues

    /// Turns the schedule check's errors into field issues naming the config field and the year.
    func issues(
        for errors: [RolloutValidationError], kind: RolloutScheduleKind, schedule: RolloutSchedule?, target: RolloutTargetSummary?,
        assumptions: RolloutAssumptions?, loc: Locations, file: String
    ) -> [FieldIssue] {
        let labels = schedule?.labels ?? loc.labels
        func n(_ v: Double) -> String { Format.approximate(v) }
        func yearIndex(_ label: String?) -> Int? { label.flatMap { l in labels.firstIndex(of: l) } }
        func node(_ nodes: [JSONNode], _ i: Int?) -> JSONNode? { i.flatMap { nodes.indices.contains($0) ? nodes[$0] : nil } }

        /// Config path and node for a model field name (and year).
        func place(_ field: String, _ year: String?) -> (String, JSONNode?) {
            let i = yearIndex(year)
            switch field {
            case "teamsFullyOperating": return ("schedule.teamsFullyOperating[\(i ?? 0)]", node(loc.fullNodes, i))
            case "teamsComingIntoOperation": return ("schedule.teamsComingIntoOperation[\(i ?? 0)]", node(loc.comingNodes, i))
            case "developmentGBP": return ("developmentProgrammeGBP[\(i ?? 0)]", node(loc.developmentNodes, i) ?? loc.developmentNode)
            case "years", "labels": return ("years", loc.yearsNode)
            case "target.teams": return (kind == .fromAreas ? "schedule.fromAreas" : "schedule.target.teams", loc.targetTeamsNode)
            case "target.fullyOperatingFromYearIndex": return ("\(loc.derivedPrefix).fullyOperatingFrom", loc.targetYearNode)
            case "maxTeamsStartingPerYear":
                return ("\(kind == .fromAreas ? "schedule.fromAreas" : "schedule").maxTeamsStartingPerYear", loc.capNode)
            case "alreadyFullyOperating":
                return (
                    "\(kind == .fromAreas ? "schedule.fromAreas" : "schedule").alreadyFullyOperating",
                    loc.alreadyNode ?? loc.targetTeamsNode
                )
            default:
                // An assumption figure, by id.
                if let figure = assumptions?.all.first(where: { $0.id == field }) {
                    if let o = figure.override { return (o.fieldPath, nil) }
                    return (field == assumptions?.labourPerTeamFirstYearGBP.id ? "labourPerTeam" : "reference parameter \(field)", nil)
                }
                return (field, nil)
            }
        }
        func what(_ field: String) -> String {
            switch field {
            case "teamsFullyOperating": return "teams fully operating from 1 April"
            case "teamsComingIntoOperation": return "teams coming into operation over the year"
            case "developmentGBP": return "development programme in GBP"
            case "target.teams": return "teams in the target"
            case "maxTeamsStartingPerYear": return "teams starting a year"
            case "alreadyFullyOperating": return "teams already fully operating"
            default: return "value"
            }
        }

        return errors.map { error -> FieldIssue in
            let (path, at) = place(error.field, error.yearLabel)
            let yearText = error.yearLabel.map { " in \($0)" } ?? ""
            switch error {
            case .teamsNeverCameIntoOperation(let year, _, let full, let available):
                let i = yearIndex(year) ?? 0
                let previous = i > 0 ? schedule?.years[i - 1] : nil
                let previousLabel = previous?.label ?? "the year before"
                let breakdown =
                    previous.map {
                        "the \(n($0.teamsFullyOperating)) fully operating plus the \(n($0.teamsComingIntoOperation)) coming into operation in \($0.label)"
                    } ?? "the teams operating the year before"
                let raiseTo = (previous?.teamsComingIntoOperation ?? 0) + full - available
                return FieldIssue(
                    file: file, location: at?.location, fieldPath: path,
                    found:
                        "\(n(full)) teams fully operating from 1 April \(year), but \(n(full - available)) of them never came into operation",
                    expected:
                        "at most \(n(available)) in \(year): \(breakdown) (a team comes into operation the year before it is fully operating)",
                    suggestion:
                        "raise schedule.teamsComingIntoOperation[\(max(i - 1, 0))] (\(previousLabel)) to \(n(raiseTo)), or lower this to \(n(available))"
                )
            case .negative(_, let field, let value):
                return FieldIssue(
                    file: file, location: at?.location, fieldPath: path, found: "\(n(value))\(yearText)",
                    expected: "a number of \(what(field)), 0 or more")
            case .nonFinite(_, let field, let value):
                return FieldIssue(
                    file: file, location: at?.location, fieldPath: path, found: "\(value)\(yearText)",
                    expected: "a finite number of \(what(field))\(yearText)")
            case .duplicateYearLabel(let year, _, let first, let duplicate):
                return FieldIssue(
                    file: file, location: node(loc.yearNodes, duplicate)?.location ?? loc.yearsNode?.location,
                    fieldPath: "years[\(duplicate)]",
                    found: "year \"\(year)\" listed twice (years[\(first)] and years[\(duplicate)])",
                    expected: "each rollout year once, consecutive",
                    suggestion: first + 1 < labels.count || duplicate > 0
                        ? "remove the second \(year), or replace it with the next year" : nil)
            case .targetUnreachable(let year, _, let teams, let reachable):
                let already = target?.alreadyFullyOperating ?? 0
                let cap = target?.maxTeamsStartingPerYear ?? 0
                let years = yearIndex(year) ?? target.flatMap { t in labels.firstIndex(of: t.fullyOperatingFrom) } ?? 0
                let prefix = kind == .fromAreas ? "schedule.fromAreas" : "schedule"
                var hints: [String] = []
                if years > 0 {
                    hints.append(
                        "raise \(prefix).maxTeamsStartingPerYear to at least \(n(((teams - already) / Double(years) * 100).rounded(.up) / 100))"
                    )
                }
                // Years beyond the most a config may give are no hint (and a huge count would trap converting to Int).
                let yearsNeeded = cap > 0 ? ((teams - already) / cap).rounded(.up) : .infinity
                if yearsNeeded <= Double(Self.maxYears) {
                    if let firstLabel = labels.first ?? target?.fullyOperatingFrom,
                        let later = PayResolver.label(after: firstLabel, offset: Int(yearsNeeded))
                    {
                        hints.append(
                            "move \(loc.derivedPrefix).fullyOperatingFrom to \(later)"
                                + (labels.contains(later) ? "" : " (adding years up to it)"))
                    }
                }
                return FieldIssue(
                    file: file, location: at?.location, fieldPath: path,
                    found: "a target of \(n(teams)) teams fully operating from 1 April \(year)",
                    expected:
                        "at most \(n(reachable)) team\(reachable == 1 ? "" : "s") by \(year): \(n(already)) already fully operating + \(years) year\(years == 1 ? "" : "s") × at most \(n(cap)) coming into operation a year",
                    suggestion: hints.isEmpty ? nil : hints.joined(separator: ", or "))
            case .targetYearOutOfRange(_, _, let index, let count):
                return FieldIssue(
                    file: file, location: at?.location, fieldPath: path, found: "year index \(index)",
                    expected: "one of the \(count) rollout years")
            case .noYears:
                return FieldIssue(
                    file: file, location: at?.location, fieldPath: path, found: "no years", expected: "at least one rollout year")
            case .costBeyondMoney(_, let field, let value, let cost):
                // A derived schedule's counts come from its target.
                let derivedCount = kind != .explicit && (field == "teamsFullyOperating" || field == "teamsComingIntoOperation")
                let (where_, node) = derivedCount ? place("target.teams", nil) : (path, at)
                let found =
                    derivedCount
                    ? "a target of \(n(target?.teams ?? value)) teams, bringing the costs to about £\(n(cost))\(error.yearLabel.map { " by \($0)" } ?? "")"
                    : "\(n(value)) (\(what(field)))\(yearText), bringing the costs to about £\(n(cost))"
                return FieldIssue(
                    file: file, location: node?.location, fieldPath: where_, found: found,
                    expected:
                        "costs of at most \(Format.gbp(Money(gbp: Money.maxGBP))) in all, the most piplanner holds to the penny; look for a count or figure in the wrong unit or with a misplaced exponent"
                )
            }
        }
    }
}
