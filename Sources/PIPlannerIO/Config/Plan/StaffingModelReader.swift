import Foundation
import PIPlannerModel

extension PlanConfigLoader {
    /// A staffing model at `path`: a shipped model's id, `{"base": id, "bands", "salariesGBP", "points"}`, or a team
    /// defined in full (`{"name", "roles": [...]}`), with salaries resolved at `pay`. Notes on bands and salaries the
    /// config supplied are added to `findings`.
    func readStaffingModel(
        _ node: JSONNode?, path: String, pay: PaySettings, growth: Figure, findings: inout [Diagnostic], _ r: FieldReader,
        at location: SourceLocation
    ) -> StaffingModel? {
        var reader = StaffingModelReader(
            reference: reference, pay: pay, resolver: PayResolver(table: reference.payScale, payGrowthRate: growth), path: path, r: r)
        guard let node else {
            r.missing(path, expected: "a staffing model: " + reader.choices, at: location)
            return nil
        }
        let model = reader.read(node)
        findings += reader.findings
        return model
    }
}

/// Reads one staffing model, resolving each role's salary from the pay scales (see `readStaffingModel`).
struct StaffingModelReader {
    let reference: ReferenceData
    let pay: PaySettings
    let resolver: PayResolver
    let path: String
    let r: FieldReader
    var findings: [Diagnostic] = []

    var ids: [String] { reference.staffingModels.map(\.id) }
    var choices: String { "one of " + ids.map { "\"\($0)\"" }.joined(separator: ", ") + ", or an object defining roles" }

    mutating func read(_ node: JSONNode) -> StaffingModel? {
        if case .string(let id) = node.value { return shipped(id, node: node) }
        guard let f = r.object(node, path, allowed: ["base", "id", "name", "source", "roles"] + Self.baseMaps) else { return nil }
        if let baseNode = f["base"] { return based(on: baseNode, f, node: node) }
        return custom(f, node: node)
    }

    /// The salary of a role at `band` and `point`, or nil with the reason reported at `bandPath`.
    func salary(role: String, band: String, bandPath: String, bandNode: JSONNode?, point: String) -> Figure? {
        let failure: PayResolver.Failure
        switch resolver.salary(band: band, payYear: pay.year, point: point, bandYear: pay.bandYears[band]) {
        case .success(let figure): return figure
        case .failure(let f): failure = f
        }
        let issue: (found: String, expected: String, hint: Diagnostic.Suggestion?)
        switch failure {
        case .unknownBand(let b, let known):
            issue = (
                "band \"\(b)\"", "an Agenda for Change band: " + known.joined(separator: ", "),
                nearestKey(to: b, in: known).map(Diagnostic.Suggestion.nearest)
            )
        case .bandMissingForYear(let b, let year, let yearsWithBand):
            issue = (
                "band \(b) (role \(role))",
                "a band the shipped \(year) pay scale has; band \(b) is there only for " + yearsWithBand.joined(separator: ", "),
                .advice("choose another pay.year, or name one with \"pay\": {\"bandYears\": {\"\(b)\": \"\(yearsWithBand.last ?? "")\"}}")
            )
        case .pointMissing(let b, let year, let point, let available):
            issue = (
                "band \(b) (role \(role)) at point \"\(point)\"",
                "a point the shipped \(year) scale has for band \(b): " + available.joined(separator: ", "),
                .advice("set pay.point, or name another year with pay.bandYears")
            )
        }
        r.issues.append(
            Diagnostic(
                file: r.file, location: bandNode?.location, fieldPath: bandPath, found: issue.found, expected: issue.expected,
                hint: issue.hint))
        return nil
    }

    /// A shipped model by id: every role must have a band.
    private func shipped(_ id: String, node: JSONNode) -> StaffingModel? {
        guard let template = reference.staffingModel(id) else {
            r.report(node, path, expected: choices, hint: nearestKey(to: id, in: ids).map(Diagnostic.Suggestion.nearest))
            return nil
        }
        var roles: [StaffRole] = []
        for role in template.roles {
            guard let band = role.band else {
                r.report(
                    node, path,
                    expected:
                        "a staffing model whose roles all have bands; \(template.citation.document ?? "its source") gives no band for role '\(role.id)'",
                    suggestion: "use {\"base\": \"\(id)\", \"bands\": {\"\(role.id)\": \"6\"}} to supply the missing bands")
                return nil
            }
            guard let s = salary(role: role.id, band: band, bandPath: path, bandNode: node, point: pay.point) else { continue }
            roles.append(
                StaffRole(id: role.id, title: role.title, band: band, bandBasis: .published, wtePerTeam: role.wte, annualSalaryGBP: s))
        }
        return roles.count == template.roles.count
            ? StaffingModel(id: template.id, name: template.name, source: template.citation.text, roles: roles) : nil
    }

    /// A shipped model with bands, salaries or points of some roles replaced.
    private mutating func based(on baseNode: JSONNode, _ f: [String: JSONNode], node: JSONNode) -> StaffingModel? {
        guard let baseID = r.choice(baseNode, join(path, "base"), from: ids), let template = reference.staffingModel(baseID) else {
            return nil
        }
        if f["roles"] != nil {
            r.report(f["roles"], join(path, "roles"), expected: "either \"base\" (with bands) or \"roles\", not both")
            return nil
        }
        var maps: [String: [JSONNode.Member]] = [:]
        for key in Self.baseMaps { maps[key] = f[key].flatMap { r.members($0, join(path, key)) } ?? [] }
        let given = BaseOverrides(bands: maps["bands"]!, salaries: maps["salariesGBP"]!, points: maps["points"]!, employer: maps)
        let roleIDs = template.roles.map(\.id)
        for key in Self.baseMaps {
            for m in maps[key]! where !roleIDs.contains(m.key) {
                r.reportUnknownKey(
                    m, "\(path).\(key).\(m.key)", found: "unknown role \"\(m.key)\"",
                    expected: "a role of '\(baseID)': " + roleIDs.joined(separator: ", "), nearestOf: roleIDs)
            }
        }
        let roles = template.roles.compactMap { baseRole($0, of: template, given: given, baseNode: baseNode, node: node) }
        guard roles.count == template.roles.count else { return nil }
        let name = f["name"].flatMap { r.name($0, join(path, "name"), expected: "the staffing model's name") } ?? template.name
        return StaffingModel(
            id: f["id"].flatMap { r.name($0, join(path, "id"), expected: "the staffing model's id") } ?? template.id, name: name,
            source: template.citation.text
                + (given.bands.isEmpty && given.salaries.isEmpty ? "" : "; bands or salaries supplied by config \(path)"), roles: roles)
    }

    /// What a `base` model's config replaces, by role id.
    private struct BaseOverrides {
        var bands: [JSONNode.Member]
        var salaries: [JSONNode.Member]
        var points: [JSONNode.Member]
        /// The maps of `employerTypes`, `employerPensionRates` and `headcounts` (and the others), by key.
        var employer: [String: [JSONNode.Member]]
    }

    /// The per-role maps a `base` model may give, by role id.
    static let baseMaps = ["bands", "salariesGBP", "points", "employerTypes", "employerPensionRates", "headcounts"]

    /// One role of a `base` model: priced, with its own employer, pension rate and headcount where the config gives them.
    private mutating func baseRole(
        _ role: StaffingTemplate.Role, of template: StaffingTemplate, given: BaseOverrides, baseNode: JSONNode, node: JSONNode
    ) -> StaffRole? {
        guard let priced = pricedBaseRole(role, of: template, given: given, baseNode: baseNode, node: node) else { return nil }
        func member(_ key: String) -> (JSONNode?, String) {
            (given.employer[key]?.first { $0.key == role.id }?.value, "\(path).\(key).\(role.id)")
        }
        return withEmployer(priced, type: member("employerTypes"), rate: member("employerPensionRates"), headcount: member("headcounts"))
    }

    /// One role of a `base` model, priced: its salary given by the config, or its band (the config's or the source's).
    private mutating func pricedBaseRole(
        _ role: StaffingTemplate.Role, of template: StaffingTemplate, given: BaseOverrides, baseNode: JSONNode, node: JSONNode
    ) -> StaffRole? {
        let bandMember = given.bands.first { $0.key == role.id }
        let configBand = bandMember.flatMap { r.string($0.value, "\(path).bands.\(role.id)") }
        let point = given.points.first { $0.key == role.id }.flatMap { r.string($0.value, "\(path).points.\(role.id)") } ?? pay.point
        if let salaryMember = given.salaries.first(where: { $0.key == role.id }) {
            let salaryPath = "\(path).salariesGBP.\(role.id)"
            guard let given = r.amountGBP(salaryMember.value, salaryPath, unit: "GBP a year per WTE", allowZero: false),
                let v = r.plausible(
                    given, salaryMember.value, salaryPath, reference.plausibility.check("salaryPerWTE"), findings: &findings)
            else { return nil }
            findings.append(
                Diagnostic(
                    .bandFromConfig, .note,
                    message:
                        "Role '\(role.id)' salary (£\(NumberFormat.plain(v))) is the config's assumption, not a published pay point.",
                    fieldPath: salaryPath))
            return StaffRole(
                id: role.id, title: role.title, band: configBand ?? role.band, bandBasis: .config, wtePerTeam: role.wte,
                annualSalaryGBP: Figure(
                    id: "salary \(role.id)", value: v, unit: "GBP a year per WTE, basic pay", source: "config \(salaryPath)", basis: .config
                ))
        }
        guard let band = configBand ?? role.band else {
            r.missing(
                "\(path).bands.\(role.id)",
                expected:
                    "an Agenda for Change band for role '\(role.id)' (\(role.title)); \(template.citation.document ?? "its source") gives none",
                at: node.location)
            return nil
        }
        if configBand != nil {
            findings.append(
                Diagnostic(
                    .bandFromConfig, .note,
                    message: "Role '\(role.id)' is costed at band \(band), the config's assumption"
                        + (role.band == nil
                            ? " (\(template.citation.document ?? "the source") gives no band)."
                            : " (the source gives band \(role.band!))."),
                    fieldPath: "\(path).bands.\(role.id)"))
        }
        guard
            let s = salary(
                role: role.id, band: band, bandPath: configBand != nil ? "\(path).bands.\(role.id)" : join(path, "base"),
                bandNode: bandMember?.value ?? baseNode, point: point)
        else { return nil }
        return StaffRole(
            id: role.id, title: role.title, band: band, bandBasis: configBand != nil ? .config : .published, wtePerTeam: role.wte,
            annualSalaryGBP: s)
    }

    /// A team defined entirely in the config.
    private mutating func custom(_ f: [String: JSONNode], node: JSONNode) -> StaffingModel? {
        for key in Self.baseMaps where f[key] != nil {
            r.report(
                f[key], join(path, key),
                expected:
                    "\(key) only with \"base\"; give band, annualSalaryGBP, point, employerType, employerPensionRate or headcount on each role instead"
            )
        }
        guard let rolesNode = f["roles"] else {
            r.missing(
                join(path, "roles"),
                expected: "either \"base\": a shipped model id, or \"roles\": an array of {id, title, band or annualSalaryGBP, wte}",
                at: node.location)
            return nil
        }
        guard let name = f["name"].flatMap({ r.name($0, join(path, "name"), expected: "a name for the custom staffing model") }) else {
            if f["name"] == nil { r.missing(join(path, "name"), expected: "a name for the custom staffing model", at: node.location) }
            return nil
        }
        let source = f["source"].flatMap { r.string($0, join(path, "source")) }
        guard let roleNodes = r.array(rolesNode, join(path, "roles")) else { return nil }
        if roleNodes.isEmpty { r.report(rolesNode, join(path, "roles"), expected: "at least one role") }
        var roles: [StaffRole] = []
        var seen = Set<String>()
        for (i, roleNode) in roleNodes.enumerated() {
            if let role = customRole(roleNode, path: "\(path).roles[\(i)]", source: source, seen: &seen) { roles.append(role) }
        }
        guard roles.count == roleNodes.count, !roles.isEmpty else { return nil }
        let wte = NumberFormat.plain((roles.reduce(0) { $0 + $1.wtePerTeam } * 100).rounded() / 100)
        findings.append(
            Diagnostic(
                .bandFromConfig, .note,
                message:
                    "The team '\(name)' (\(wte) WTE) is defined by the config; its roles, WTE and bands are the config's assumptions"
                    + (source.map { " (source given: \($0))" } ?? "") + ".", fieldPath: path))
        return StaffingModel(
            id: f["id"].flatMap { r.name($0, join(path, "id"), expected: "the staffing model's id") } ?? "custom", name: name,
            source: "config \(path)" + (source.map { ": \($0)" } ?? ""), roles: roles)
    }

    /// One role of a custom team at `rp`: id, title, WTE, and a salary or a band to price.
    private mutating func customRole(_ roleNode: JSONNode, path rp: String, source: String?, seen: inout Set<String>) -> StaffRole? {
        let keys = ["id", "title", "band", "wte", "point", "annualSalaryGBP", "employerType", "employerPensionRate", "headcount"]
        guard let rf = r.object(roleNode, rp, allowed: keys) else { return nil }
        guard let priced = pricedCustomRole(rf, roleNode: roleNode, path: rp, source: source, seen: &seen) else { return nil }
        return withEmployer(
            priced, type: (rf["employerType"], "\(rp).employerType"), rate: (rf["employerPensionRate"], "\(rp).employerPensionRate"),
            headcount: (rf["headcount"], "\(rp).headcount"))
    }

    /// A custom role's id, title, WTE, and its salary or band priced.
    private mutating func pricedCustomRole(
        _ rf: [String: JSONNode], roleNode: JSONNode, path rp: String, source: String?, seen: inout Set<String>
    )
        -> StaffRole?
    {
        guard let idNode = rf["id"], let id = r.name(idNode, "\(rp).id", expected: "a role id, e.g. \"socialWorker\"") else {
            if rf["id"] == nil { r.missing("\(rp).id", expected: "a role id, e.g. \"socialWorker\"", at: roleNode.location) }
            return nil
        }
        if !seen.insert(id).inserted { r.report(idNode, "\(rp).id", expected: "a role id not used by another role") }
        let title = rf["title"].flatMap { r.name($0, "\(rp).title", expected: "the role's title") } ?? id
        guard let wteNode = rf["wte"] else {
            r.missing("\(rp).wte", expected: "WTE per team (a number greater than 0)", at: roleNode.location)
            return nil
        }
        guard let given = r.positive(wteNode, "\(rp).wte", unit: "WTE"),
            let wte = r.plausible(given, wteNode, "\(rp).wte", reference.plausibility.check("roleWTEPerTeam"), findings: &findings)
        else { return nil }
        let band = rf["band"].flatMap { r.string($0, "\(rp).band") }
        if let salaryNode = rf["annualSalaryGBP"] {
            let path = "\(rp).annualSalaryGBP"
            guard let given = r.amountGBP(salaryNode, path, unit: "GBP a year per WTE", allowZero: false),
                let v = r.plausible(given, salaryNode, path, reference.plausibility.check("salaryPerWTE"), findings: &findings)
            else { return nil }
            return StaffRole(
                id: id, title: title, band: band, bandBasis: .config, wtePerTeam: wte,
                annualSalaryGBP: Figure(
                    id: "salary \(id)", value: v, unit: "GBP a year per WTE, basic pay",
                    source: "config \(rp).annualSalaryGBP" + (source.map { ": \($0)" } ?? ""), basis: .config))
        }
        guard let band else {
            r.missing("\(rp).band", expected: "an Agenda for Change band (e.g. \"7\") or annualSalaryGBP", at: roleNode.location)
            return nil
        }
        let point = rf["point"].flatMap { r.string($0, "\(rp).point") } ?? pay.point
        guard let s = salary(role: id, band: band, bandPath: "\(rp).band", bandNode: rf["band"], point: point) else { return nil }
        return StaffRole(id: id, title: title, band: band, bandBasis: .config, wtePerTeam: wte, annualSalaryGBP: s)
    }
}
