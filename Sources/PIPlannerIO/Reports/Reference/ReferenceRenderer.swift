import PIPlannerModel

/// `piplanner reference`: every reference figure with its value, unit, basis and source.
public enum ReferenceRenderer {
    public static func markdown(_ r: ReferenceData) -> String {
        var md =
            "# piplanner reference data\n\nSource: \(r.origin). Basis: published = quoted from the source; derived = computed from published figures (derivation given); assumption = a stated modelling choice. Any figure can be overridden in a config under \"assumptions\" by its id.\n\n"
        md += "## Parameters\n\n| id | value | unit | basis | source | derivation |\n| --- | ---: | --- | --- | --- | --- |\n"
        for id in r.parameterOrder {
            let p = r.parameters[id]!
            md += "| \(p.id) | \(p.valueText) | \(p.unit) | \(p.basis.rawValue) | \(p.citation.text) | \(p.derivation ?? "") |\n"
        }
        md += "\n## Staffing models\n\n"
        for m in r.staffingModels {
            md +=
                "### \(m.id): \(m.name) (\(NumberFormat.trimmed(m.teamWTE, 2)) WTE)\n\nSource: \(m.citation.text)\n\n| role | title | band | WTE |\n| --- | --- | --- | ---: |\n"
            for role in m.roles {
                md +=
                    "| \(role.id) | \(role.title) | \(role.band ?? "not given: config must supply") | \(NumberFormat.trimmed(role.wte, 2)) |\n"
            }
            md += "\n"
        }
        md += "## Funders and the outcomes each is accountable for\n\n"
        for f in r.funders {
            md +=
                "- **\(f.id)** — \(f.name): "
                + (f.outcomes.isEmpty ? "(no outcomes listed in the sources)" : f.outcomes.joined(separator: "; "))
                + ". _\(f.citation.text)_\n"
        }
        md += "\n## Theory of change (\(r.theoryOfChangeCitation.text))\n\n"
        for t in r.theoryOfChange { md += "- **\(t.name)**: " + t.outcomes.joined(separator: "; ") + "\n" }
        md += "\n## Presets\n\n"
        for p in r.presets {
            md +=
                "- **\(p.id)**: \(p.name). Sets "
                + (p.assumptions.map { "\($0.id) = \(NumberFormat.trimmed($0.value, 4))" } + p.choices.map { "\($0.id) = \($0.value)" })
                .joined(separator: ", ")
                + (p.ignoreRiskGroups ? "; no risk adjustment" : "") + ". _\(p.citation.text)_\n"
        }
        md += onCosts(r)
        md += "\n## Published evidence of value\n\n"
        for e in r.evidence { md += "- \(e.text) _\(e.citation.text)_\n" }
        md +=
            "\n## NHS Agenda for Change pay points (England, \(PayScaleTable.file))\n\n| pay year | band | point | annual salary | source | quality |\n| --- | --- | --- | ---: | --- | --- |\n"
        for p in r.payScale.points.sorted(by: {
            ($0.payYear, bandOrder($0.band), $0.annualSalaryGBP) < ($1.payYear, bandOrder($1.band), $1.annualSalaryGBP)
        }) {
            md +=
                "| \(p.payYear) | \(p.band) | \(p.point) | \(NumberFormat.gbp(Money(gbp: p.annualSalaryGBP))) | \(p.publisher) | \(p.quality) |\n"
        }
        return md
    }

    /// The employer on-cost figures by tax year (`EmployerOnCostTable.file`), each with its source and quality.
    static func onCosts(_ r: ReferenceData) -> String {
        let table = r.employerOnCosts
        var md =
            "\n## Employer on-costs by tax year (\(EmployerOnCostTable.file))\n\nUsed by the employer on-cost method from \(table.firstTaxYear?.label ?? "—"); years after \(table.lastShippedTaxYear?.label ?? "—") carry the last figures forward (a finding says so).\n\n"
        md += "| tax year | figure | value | unit | source | quality |\n| --- | --- | ---: | --- | --- | --- |\n"
        for f in table.figures.sorted(by: { ($0.taxYear, $0.item.label) < ($1.taxYear, $1.item.label) }) {
            md += "| \(f.taxYear) | \(f.item.label) | \(NumberFormat.plain(f.value)) | \(f.unit) | \(f.publisher) | \(f.quality) |\n"
        }
        return md
    }

    static func bandOrder(_ band: String) -> Int {
        (Int(band.prefix(1)) ?? 0) * 10 + (band.count > 1 ? Int(band.last!.asciiValue ?? 0) - 96 : 0)
    }

    public static func json(_ r: ReferenceData) -> String {
        JSONOut.object([
            ("schema", .string("piplanner.reference")),
            ("schemaVersion", .number(1)),
            ("origin", .string(r.origin)),
            ("parameters", .array(r.parameterOrder.map { parameter(r.parameters[$0]!) })),
            ("staffingModels", .array(r.staffingModels.map(staffingModel))),
            (
                "funders",
                .array(
                    r.funders.map { f in
                        .object([
                            ("id", .string(f.id)), ("name", .string(f.name)), ("outcomes", .array(f.outcomes.map { .string($0) })),
                            ("source", .string(f.citation.text)),
                        ])
                    })
            ),
            (
                "employerOnCosts",
                .array(
                    r.employerOnCosts.figures.map { f in
                        .object([
                            ("taxYear", .string(f.taxYear.label)), ("figure", .string(f.item.label)), ("value", .number(f.value)),
                            ("unit", .string(f.unit)), ("source", .string(f.citation)), ("note", .string(f.note)),
                        ])
                    })
            ),
            (
                "payPoints",
                .array(
                    r.payScale.points.map { p in
                        .object([
                            ("payYear", .string(p.payYear)), ("band", .string(p.band)), ("point", .string(p.point)),
                            ("annualSalaryGBP", .number(p.annualSalaryGBP)), ("source", .string(p.url)), ("quality", .string(p.quality)),
                        ])
                    })
            ),
        ]).rendered()
    }

    static func parameter(_ p: ReferenceParameter) -> JSONOut {
        .object([
            ("id", .string(p.id)),
            ("value", p.number.map { .number($0) } ?? .optional(p.text)),
            ("unit", .string(p.unit)),
            ("description", .string(p.description)),
            ("basis", .string(p.basis.rawValue)),
            ("source", .string(p.citation.text)),
            ("derivation", .optional(p.derivation)),
        ])
    }

    static func staffingModel(_ m: StaffingTemplate) -> JSONOut {
        let roles: [JSONOut] = m.roles.map {
            .object([("id", .string($0.id)), ("title", .string($0.title)), ("band", .optional($0.band)), ("wte", .number($0.wte))])
        }
        return .object([
            ("id", .string(m.id)), ("name", .string(m.name)), ("source", .string(m.citation.text)), ("teamWTE", .number(m.teamWTE)),
            ("roles", .array(roles)),
        ])
    }
}
