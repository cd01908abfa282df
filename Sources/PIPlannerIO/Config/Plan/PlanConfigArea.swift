import Foundation
import PIPlannerModel

extension PlanConfigLoader {
    func readArea(
        _ f: [String: JSONNode], node: JSONNode, path: String, figures globalFigures: [String: Figure], preset: Preset?,
        combination planCombination: (CombinationRule, String), sizing planSizing: (SizingMethod, String), pay: PaySettings,
        planYears: [String], planStaffing: JSONNode?, growth: Figure, _ r: FieldReader
    ) -> LoadedPlan.Area? {
        let issuesBefore = r.issues.count
        var figures = globalFigures
        var findings: [Finding] = []

        guard let nameNode = f["name"] else {
            r.missing(join(path, "name"), expected: "the area's name, e.g. \"Leeds\"", at: node.location)
            return nil
        }
        let name = r.string(nameNode, join(path, "name")) ?? ""
        if case .string = nameNode.value, name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            r.report(nameNode, join(path, "name"), expected: "the area's name, e.g. \"Leeds\" (the report is headed by it)")
        }
        let code = f["code"].flatMap { r.string($0, join(path, "code")) }
        if let n = f["notes"] { _ = r.string(n, join(path, "notes")) }

        // Population and births.
        var population: Figure? = nil
        if let p = f["population"] {
            if let v = r.positive(p, join(path, "population"), unit: "persons") {
                population = Figure(
                    id: "population", value: v, unit: "persons", source: "config \(join(path, "population"))", basis: .config)
            }
        } else {
            r.missing(join(path, "population"), expected: "the area's population (persons, a number greater than 0)", at: node.location)
        }
        var births: Figure? = nil
        var birthRate: Figure? = nil
        switch (f["births"], f["birthRatePer1000"]) {
        case (let b?, nil):
            if let v = r.positive(b, join(path, "births"), unit: "live births a year") {
                births = Figure(
                    id: "births", value: v, unit: "live births a year", source: "config \(join(path, "births"))", basis: .config)
            }
        case (nil, let b?):
            if let v = r.positive(b, join(path, "birthRatePer1000"), unit: "live births per 1,000 population") {
                if v > 1000 {
                    r.report(b, join(path, "birthRatePer1000"), expected: "live births per 1,000 population (e.g. 11.8)")
                } else {
                    birthRate = Figure(
                        id: "birthRatePer1000", value: v, unit: "live births per 1,000 population a year",
                        source: "config \(join(path, "birthRatePer1000"))", basis: .config)
                }
            }
        case (_?, let b?):
            r.report(b, join(path, "birthRatePer1000"), expected: "either births or birthRatePer1000, not both")
        case (nil, nil):
            r.missing(join(path, "births"), expected: "births (live births a year) or birthRatePer1000", at: node.location)
        }

        // Per-area overrides of the baseline and specialist share.
        if let b = f["baselinePrevalence"], let v = r.proportion(b, join(path, "baselinePrevalence"), allowZero: false) {
            figures["baselinePrevalence"] = figures["baselinePrevalence"]!.overridden(with: v, at: join(path, "baselinePrevalence"))
        }
        if let s = f["specialistShare"], let v = r.proportion(s, join(path, "specialistShare"), allowZero: false) {
            figures["specialistShare"] = figures["specialistShare"]!.overridden(with: v, at: join(path, "specialistShare"))
        }

        var combination = planCombination
        if let c = f["combination"], let s = r.choice(c, join(path, "combination"), from: CombinationRule.allCases.map(\.rawValue)) {
            combination = (CombinationRule(rawValue: s)!, "config \(join(path, "combination"))")
        }
        var sizing = planSizing
        if let s = f["sizingMethod"], let v = r.choice(s, join(path, "sizingMethod"), from: SizingMethod.allCases.map(\.rawValue)) {
            sizing = (SizingMethod(rawValue: v)!, "config \(join(path, "sizingMethod"))")
        }

        // Risk groups.
        var groups: [RiskGroupInput] = []
        if let g = f["riskGroups"] {
            groups = readRiskGroups(g, path: join(path, "riskGroups"), figures: figures, r)
            if preset?.ignoreRiskGroups == true && !groups.isEmpty {
                findings.append(
                    Finding(
                        .riskGroupsIgnoredByPreset, .note,
                        message:
                            "Preset '\(preset!.id)' applies no risk adjustment, so the \(groups.count) risk groups given are not used.",
                        fieldPath: join(path, "riskGroups"), source: preset!.citation.text))
                groups = []
            }
            if combination.0 == .exclusive {
                let total = groups.reduce(0) { $0 + $1.share.value }
                if total > 1 + 1e-9 {
                    r.report(
                        g, join(path, "riskGroups"),
                        expected:
                            "shares summing to at most 1 under the 'exclusive' rule (they sum to \(formatNumberForMessage((total * 1e6).rounded() / 1e6))); use \"combination\": \"highest-risk\" for overlapping groups"
                    )
                }
            }
        }

        let existing: Figure
        if let e = f["existingWTE"], let v = r.nonNegative(e, join(path, "existingWTE"), unit: "WTE") {
            existing = Figure(id: "existingWTE", value: v, unit: "WTE", source: "config \(join(path, "existingWTE"))", basis: .config)
        } else {
            existing = Figure(id: "existingWTE", value: 0, unit: "WTE", source: "config: none given", basis: .config)
        }

        // Staffing model: the area's own, else the plan's, else the reference default.
        let staffingNode = f["staffingModel"] ?? planStaffing
        let staffingPath = f["staffingModel"] != nil ? join(path, "staffingModel") : "staffingModel"
        let staffing = readStaffingModel(
            staffingNode, path: staffingPath, pay: pay, growth: growth, findings: &findings, r, at: node.location)

        let funding = readFunding(f["funding"], path: join(path, "funding"), yearCount: planYears.count, r)
        let lead = f["leadCommissioner"].flatMap { r.string($0, join(path, "leadCommissioner")) }
        let camhs = f["camhsAcceptsUnder2"].flatMap { r.bool($0, join(path, "camhsAcceptsUnder2")) }

        guard r.issues.count == issuesBefore, let population, let staffing, let assumptions = PlanAssumptions(figures: figures),
            !planYears.isEmpty
        else { return nil }
        let offset = (PayResolver.startYear(planYears[0]) ?? 0) - (PayResolver.startYear(pay.year) ?? 0)
        findings += payFallbackFindings(staffing: staffing, pay: pay)
        let input = AreaInput(
            name: name, code: code, fieldPath: path, population: population, births: births, birthRatePer1000: birthRate,
            riskGroups: groups, combination: combination.0, combinationSource: combination.1, existingWTE: existing,
            staffing: staffing, sizingMethod: sizing.0, sizingMethodSource: sizing.1, funding: funding, leadCommissioner: lead,
            camhsAcceptsUnder2: camhs, planYears: planYears, payYearsBeforeFirstPlanYear: offset, payYearLabel: pay.year,
            inputFindings: findings)
        let scale = AreaPlanner.moneyScale(input, assumptions: assumptions)
        guard scale.fits else {
            r.issues.append(
                FieldIssue(
                    file: r.file, location: node.location, fieldPath: path, found: scale.found(input),
                    expected: AreaPlanner.MoneyScale.expected))
            return nil
        }
        return LoadedPlan.Area(input: input, assumptions: assumptions)
    }

    /// A `payYearFallback` finding for each role paid from another year's scale (named in pay.bandYears).
    func payFallbackFindings(staffing: StaffingModel, pay: PaySettings) -> [Finding] {
        guard !pay.bandYears.isEmpty else { return [] }
        return staffing.roles.filter { $0.annualSalaryGBP.derivation != nil }.map { role in
            Finding(
                .payYearFallback,
                message:
                    "Role '\(role.id)' (band \(role.band ?? "-")) is paid from \(pay.bandYears[role.band ?? ""] ?? "another year")'s scale, uplifted by pay growth to \(pay.year), because the shipped \(pay.year) scale has no such point.",
                fieldPath: "pay.bandYears", source: role.annualSalaryGBP.source)
        }
    }

    func readRiskGroups(_ node: JSONNode, path: String, figures: [String: Figure], _ r: FieldReader) -> [RiskGroupInput] {
        guard let members = r.members(node, path) else { return [] }
        var groups: [RiskGroupInput] = []
        for member in members {
            let p = join(path, member.key)
            guard let g = r.object(member.value, p, allowed: ["share", "prevalence", "label", "source", "shareSource", "shareScope"]) else {
                continue
            }
            let known = Self.knownRiskGroups.contains(member.key)
            if !known, let near = nearestKey(to: member.key, in: Self.knownRiskGroups), g["prevalence"] == nil {
                r.issues.append(
                    FieldIssue(
                        file: r.file, location: member.keyLocation, fieldPath: p, found: "unknown risk group \"\(member.key)\"",
                        expected: "one of " + Self.knownRiskGroups.joined(separator: ", ")
                            + ", or a custom group with its own prevalence and source", suggestion: "did you mean \"\(near)\"?"))
                continue
            }
            guard let shareNode = g["share"] else {
                r.missing(join(p, "share"), expected: "the group's share of births (0 to 1)", at: member.value.location)
                continue
            }
            guard let share = r.proportion(shareNode, join(p, "share")) else { continue }
            let shareSource = g["shareSource"].flatMap { r.string($0, join(p, "shareSource")) }
            let scope = g["shareScope"].flatMap { r.choice($0, join(p, "shareScope"), from: RiskShareScope.allCases.map(\.rawValue)) }
                .flatMap(RiskShareScope.init(rawValue:))
            let label = g["label"].flatMap { r.string($0, join(p, "label")) }
            let source = g["source"].flatMap { r.string($0, join(p, "source")) }
            var prevalence: Figure
            if let ref = figures["riskGroups.\(member.key).prevalence"] {
                prevalence = ref
                prevalence.id = "riskGroups.\(member.key).prevalence"
                if let pn = g["prevalence"] {
                    guard let v = r.proportion(pn, join(p, "prevalence"), allowZero: false) else { continue }
                    prevalence = ref.overridden(
                        with: v, at: join(p, "prevalence"), source: source.map { "config \(join(p, "prevalence")): \($0)" })
                }
            } else {
                guard let pn = g["prevalence"] else {
                    r.missing(
                        join(p, "prevalence"), expected: "a prevalence (0 to 1) for custom group \"\(member.key)\", with its source",
                        at: member.value.location)
                    continue
                }
                guard let v = r.proportion(pn, join(p, "prevalence"), allowZero: false) else { continue }
                guard let source else {
                    r.missing(
                        join(p, "source"), expected: "the source of custom group \"\(member.key)\"'s prevalence (document and section)",
                        at: member.value.location)
                    continue
                }
                prevalence = Figure(
                    id: "riskGroups.\(member.key).prevalence", value: v, unit: "proportion of births in the group",
                    source: "config \(join(p, "prevalence")): \(source)", basis: .config)
            }
            let shareFigure = Figure(
                id: "riskGroups.\(member.key).share", value: share,
                unit: "proportion of births" + (scope.map { " (\($0.rawValue))" } ?? ""),
                source: "config \(join(p, "share"))" + (scope.map { " (\($0.rawValue))" } ?? "") + (shareSource.map { ": \($0)" } ?? ""),
                basis: .config)
            groups.append(
                RiskGroupInput(
                    id: member.key, label: label ?? reference.parameters["riskGroups.\(member.key).prevalence"]?.description ?? member.key,
                    share: shareFigure, prevalence: prevalence, scope: scope))
        }
        return groups
    }

    func readStaffingModel(
        _ node: JSONNode?, path: String, pay: PaySettings, growth: Figure, findings: inout [Finding], _ r: FieldReader,
        at location: SourceLocation
    ) -> StaffingModel? {
        let ids = reference.staffingModels.map(\.id)
        guard let node else {
            r.missing(
                path,
                expected: "a staffing model: one of " + ids.map { "\"\($0)\"" }.joined(separator: ", ") + ", or an object defining roles",
                at: location)
            return nil
        }
        let resolver = PayResolver(table: reference.payScale, payGrowthRate: growth)

        func salary(role: String, band: String, bandPath: String, bandNode: JSONNode?, point: String) -> Figure? {
            switch resolver.salary(band: band, payYear: pay.year, point: point, bandYear: pay.bandYears[band]) {
            case .success(let figure): return figure
            case .failure(.unknownBand(let b, let known)):
                r.issues.append(
                    FieldIssue(
                        file: r.file, location: bandNode?.location, fieldPath: bandPath, found: "band \"\(b)\"",
                        expected: "an Agenda for Change band: " + known.joined(separator: ", "),
                        suggestion: nearestKey(to: b, in: known).map { "did you mean \"\($0)\"?" }))
            case .failure(.bandMissingForYear(let b, let year, let yearsWithBand)):
                r.issues.append(
                    FieldIssue(
                        file: r.file, location: bandNode?.location, fieldPath: bandPath, found: "band \(b) (role \(role))",
                        expected: "a band the shipped \(year) pay scale has; band \(b) is there only for "
                            + yearsWithBand.joined(separator: ", "),
                        suggestion:
                            "choose another pay.year, or name one with \"pay\": {\"bandYears\": {\"\(b)\": \"\(yearsWithBand.last ?? "")\"}}"
                    ))
            case .failure(.pointMissing(let b, let year, let point, let available)):
                r.issues.append(
                    FieldIssue(
                        file: r.file, location: bandNode?.location, fieldPath: bandPath,
                        found: "band \(b) (role \(role)) at point \"\(point)\"",
                        expected: "a point the shipped \(year) scale has for band \(b): " + available.joined(separator: ", "),
                        suggestion: "set pay.point, or name another year with pay.bandYears"))
            }
            return nil
        }

        if case .string(let id) = node.value {
            guard let template = reference.staffingModel(id) else {
                r.report(
                    node, path, expected: "one of " + ids.map { "\"\($0)\"" }.joined(separator: ", ") + ", or an object defining roles",
                    suggestion: nearestKey(to: id, in: ids).map { "did you mean \"\($0)\"?" })
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

        guard let f = r.object(node, path, allowed: ["base", "id", "name", "source", "roles", "bands", "salariesGBP", "points"]) else {
            return nil
        }
        let bands = f["bands"].flatMap { r.members($0, join(path, "bands")) } ?? []
        let salaries = f["salariesGBP"].flatMap { r.members($0, join(path, "salariesGBP")) } ?? []
        let points = f["points"].flatMap { r.members($0, join(path, "points")) } ?? []

        if let baseNode = f["base"] {
            guard let baseID = r.choice(baseNode, join(path, "base"), from: ids), let template = reference.staffingModel(baseID) else {
                return nil
            }
            if f["roles"] != nil {
                r.report(f["roles"], join(path, "roles"), expected: "either \"base\" (with bands) or \"roles\", not both")
                return nil
            }
            let roleIDs = template.roles.map(\.id)
            for m in bands + salaries + points where !roleIDs.contains(m.key) {
                r.issues.append(
                    FieldIssue(
                        file: r.file, location: m.keyLocation,
                        fieldPath:
                            "\(path).\(bands.contains { $0.key == m.key } ? "bands" : salaries.contains { $0.key == m.key } ? "salariesGBP" : "points").\(m.key)",
                        found: "unknown role \"\(m.key)\"", expected: "a role of '\(baseID)': " + roleIDs.joined(separator: ", "),
                        suggestion: nearestKey(to: m.key, in: roleIDs).map { "did you mean \"\($0)\"?" }))
            }
            var roles: [StaffRole] = []
            for role in template.roles {
                let bandMember = bands.first { $0.key == role.id }
                let configBand = bandMember.flatMap { r.string($0.value, "\(path).bands.\(role.id)") }
                let salaryMember = salaries.first { $0.key == role.id }
                let point = points.first { $0.key == role.id }.flatMap { r.string($0.value, "\(path).points.\(role.id)") } ?? pay.point
                if let salaryMember {
                    guard
                        let v = r.amountGBP(
                            salaryMember.value, "\(path).salariesGBP.\(role.id)", unit: "GBP a year per WTE", allowZero: false)
                    else { continue }
                    roles.append(
                        StaffRole(
                            id: role.id, title: role.title, band: configBand ?? role.band, bandBasis: .config, wtePerTeam: role.wte,
                            annualSalaryGBP: Figure(
                                id: "salary \(role.id)", value: v, unit: "GBP a year per WTE, basic pay",
                                source: "config \(path).salariesGBP.\(role.id)", basis: .config)))
                    findings.append(
                        Finding(
                            .bandFromConfig, .note,
                            message:
                                "Role '\(role.id)' salary (£\(formatNumberForMessage(v))) is the config's assumption, not a published pay point.",
                            fieldPath: "\(path).salariesGBP.\(role.id)"))
                    continue
                }
                guard let band = configBand ?? role.band else {
                    r.missing(
                        "\(path).bands.\(role.id)",
                        expected:
                            "an Agenda for Change band for role '\(role.id)' (\(role.title)); \(template.citation.document ?? "its source") gives none",
                        at: node.location)
                    continue
                }
                if configBand != nil {
                    findings.append(
                        Finding(
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
                else { continue }
                roles.append(
                    StaffRole(
                        id: role.id, title: role.title, band: band, bandBasis: configBand != nil ? .config : .published,
                        wtePerTeam: role.wte, annualSalaryGBP: s))
            }
            guard roles.count == template.roles.count else { return nil }
            let name = f["name"].flatMap { r.string($0, join(path, "name")) } ?? template.name
            return StaffingModel(
                id: f["id"].flatMap { r.string($0, join(path, "id")) } ?? template.id, name: name,
                source: template.citation.text
                    + (bands.isEmpty && salaries.isEmpty ? "" : "; bands or salaries supplied by config \(path)"), roles: roles)
        }

        // A team defined entirely in the config.
        for key in ["bands", "salariesGBP", "points"] where f[key] != nil {
            r.report(
                f[key], join(path, key), expected: "\(key) only with \"base\"; give band, annualSalaryGBP or point on each role instead")
        }
        guard let rolesNode = f["roles"] else {
            r.missing(
                join(path, "roles"),
                expected: "either \"base\": a shipped model id, or \"roles\": an array of {id, title, band or annualSalaryGBP, wte}",
                at: node.location)
            return nil
        }
        guard let name = f["name"].flatMap({ r.string($0, join(path, "name")) }) else {
            r.missing(join(path, "name"), expected: "a name for the custom staffing model", at: node.location)
            return nil
        }
        let source = f["source"].flatMap { r.string($0, join(path, "source")) }
        guard let roleNodes = r.array(rolesNode, join(path, "roles")) else { return nil }
        if roleNodes.isEmpty { r.report(rolesNode, join(path, "roles"), expected: "at least one role") }
        var roles: [StaffRole] = []
        var seen = Set<String>()
        for (i, roleNode) in roleNodes.enumerated() {
            let rp = "\(path).roles[\(i)]"
            guard let rf = r.object(roleNode, rp, allowed: ["id", "title", "band", "wte", "point", "annualSalaryGBP"]) else { continue }
            guard let idNode = rf["id"], let id = r.string(idNode, "\(rp).id") else {
                r.missing("\(rp).id", expected: "a role id, e.g. \"socialWorker\"", at: roleNode.location)
                continue
            }
            if !seen.insert(id).inserted { r.report(idNode, "\(rp).id", expected: "a role id not used by another role") }
            let title = rf["title"].flatMap { r.string($0, "\(rp).title") } ?? id
            guard let wteNode = rf["wte"] else {
                r.missing("\(rp).wte", expected: "WTE per team (a number greater than 0)", at: roleNode.location)
                continue
            }
            guard let wte = r.positive(wteNode, "\(rp).wte", unit: "WTE") else { continue }
            if wte > 50 {
                r.report(wteNode, "\(rp).wte", expected: "WTE per team (at most 50)")
                continue
            }
            let band = rf["band"].flatMap { r.string($0, "\(rp).band") }
            if let salaryNode = rf["annualSalaryGBP"] {
                guard let v = r.amountGBP(salaryNode, "\(rp).annualSalaryGBP", unit: "GBP a year per WTE", allowZero: false) else {
                    continue
                }
                roles.append(
                    StaffRole(
                        id: id, title: title, band: band, bandBasis: .config, wtePerTeam: wte,
                        annualSalaryGBP: Figure(
                            id: "salary \(id)", value: v, unit: "GBP a year per WTE, basic pay",
                            source: "config \(rp).annualSalaryGBP" + (source.map { ": \($0)" } ?? ""), basis: .config)))
                continue
            }
            guard let band else {
                r.missing("\(rp).band", expected: "an Agenda for Change band (e.g. \"7\") or annualSalaryGBP", at: roleNode.location)
                continue
            }
            let point = rf["point"].flatMap { r.string($0, "\(rp).point") } ?? pay.point
            guard let s = salary(role: id, band: band, bandPath: "\(rp).band", bandNode: rf["band"], point: point) else { continue }
            roles.append(StaffRole(id: id, title: title, band: band, bandBasis: .config, wtePerTeam: wte, annualSalaryGBP: s))
        }
        guard roles.count == roleNodes.count, !roles.isEmpty else { return nil }
        findings.append(
            Finding(
                .bandFromConfig, .note,
                message:
                    "The team '\(name)' (\(formatNumberForMessage((roles.reduce(0) { $0 + $1.wtePerTeam } * 100).rounded() / 100)) WTE) is defined by the config; its roles, WTE and bands are the config's assumptions"
                    + (source.map { " (source given: \($0))" } ?? "") + ".", fieldPath: path))
        return StaffingModel(
            id: f["id"].flatMap { r.string($0, join(path, "id")) } ?? "custom", name: name,
            source: "config \(path)" + (source.map { ": \($0)" } ?? ""), roles: roles)
    }

    func readFunding(_ node: JSONNode?, path: String, yearCount: Int, _ r: FieldReader) -> [FundingInput] {
        guard let node, let items = r.array(node, path) else { return [] }
        let ids = reference.funders.map(\.id)
        var result: [FundingInput] = []
        var shareTotal = 0.0
        for (i, item) in items.enumerated() {
            let p = "\(path)[\(i)]"
            guard let f = r.object(item, p, allowed: ["funder", "name", "outcomes", "share", "amountGBP", "amountsGBP", "note"]) else {
                continue
            }
            guard let funderNode = f["funder"], let funderID = r.string(funderNode, "\(p).funder") else {
                r.missing(
                    "\(p).funder", expected: "a funder id (" + ids.joined(separator: ", ") + ") or your own id with a name and outcomes",
                    at: item.location)
                continue
            }
            let template = reference.funder(funderID)
            let name = f["name"].flatMap { r.string($0, "\(p).name") }
            if template == nil && name == nil {
                r.report(
                    funderNode, "\(p).funder",
                    expected: "a known funder (" + ids.joined(separator: ", ") + "), or give \"name\" and \"outcomes\" for your own",
                    suggestion: nearestKey(to: funderID, in: ids).map { "did you mean \"\($0)\"?" })
                continue
            }
            var outcomes = template?.outcomes ?? []
            var outcomesSource = template?.citation.text ?? "config \(p)"
            if let o = f["outcomes"] {
                outcomes = ReferenceData.strings(o, "\(p).outcomes", r)
                outcomesSource = "config \(p).outcomes"
            }
            if let n = f["note"] { _ = r.string(n, "\(p).note") }
            let given = ["share", "amountGBP", "amountsGBP"].filter { f[$0] != nil }
            guard given.count == 1 else {
                r.report(
                    item, p,
                    expected: given.isEmpty
                        ? "one of \"share\" (of each year's cost), \"amountGBP\" (each year) or \"amountsGBP\" (one per plan year)"
                        : "only one of " + given.map { "\"\($0)\"" }.joined(separator: ", "))
                continue
            }
            let contribution: FundingInput.Contribution
            switch given[0] {
            case "share":
                guard let s = r.proportion(f["share"]!, "\(p).share", allowZero: false) else { continue }
                shareTotal += s
                contribution = .share(s)
            case "amountGBP":
                guard let a = r.amountGBP(f["amountGBP"]!, "\(p).amountGBP", unit: "GBP a year") else { continue }
                contribution = .amounts(Array(repeating: Money(gbp: a), count: yearCount))
            default:
                guard let list = r.array(f["amountsGBP"]!, "\(p).amountsGBP") else { continue }
                guard list.count == yearCount else {
                    r.report(f["amountsGBP"]!, "\(p).amountsGBP", expected: "\(yearCount) amounts, one per plan year")
                    continue
                }
                let amounts = list.enumerated().compactMap { r.amountGBP($1, "\(p).amountsGBP[\($0)]", unit: "GBP") }.map { Money(gbp: $0) }
                guard amounts.count == yearCount else { continue }
                contribution = .amounts(amounts)
            }
            result.append(
                FundingInput(
                    funderID: funderID, name: name ?? template!.name, outcomes: outcomes, outcomesSource: outcomesSource,
                    contribution: contribution, fieldPath: p))
        }
        if shareTotal > 1 + 1e-9 {
            r.report(
                node, path,
                expected: "funding shares summing to at most 1 (they sum to \(formatNumberForMessage((shareTotal * 1e6).rounded() / 1e6)))")
        }
        return result
    }
}

extension AreaPlanner.MoneyScale {
    /// What planning `area` would cost, for the message refusing it.
    func found(_ area: AreaInput) -> String {
        "a plan costing about £\(Format.approximate(boundGBP)): \(Format.approximate(teams)) teams by the \(area.sizingMethod.rawValue) method, "
            + "labour of £\(Format.approximate(labourPerTeamLastYearGBP)) a team a year in \(area.planYears.last ?? "the last plan year")"
    }

    /// What a plan's costs must be.
    static var expected: String {
        "costs of at most \(Format.gbp(Money(gbp: Money.maxGBP))) in all, the most piplanner holds to the penny; "
            + "look for a population, births, salary, assumption or plan year in the wrong unit or with a misplaced exponent"
    }
}
