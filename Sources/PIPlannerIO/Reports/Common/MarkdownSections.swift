import PIPlannerModel

/// Markdown pieces shared by the plan and rollout reports, so both show their working the same way.
enum MarkdownSections {
    /// The numbered audit-trail steps: result, formula in words, and each input with its basis, source,
    /// derivation and any override.
    static func auditSteps(_ audit: [AuditStep]) -> String {
        var md = ""
        for (i, step) in audit.enumerated() {
            md +=
                "\(i + 1). **\(step.title)** = \(formatResult(step.result, unit: step.resultUnit)) \(step.resultUnit)  \n   Formula: \(step.formula).  \n   Inputs:\n"
            for input in step.inputs {
                md +=
                    "   - `\(input.id)` = \(Format.figure(input)) \(input.unit.hasPrefix("rule:") ? "" : input.unit) — \(input.basis.rawValue); \(input.source)"
                if let d = input.derivation { md += ". Derivation: \(d)" }
                if let o = input.override {
                    md +=
                        ". **Overridden** at `\(o.fieldPath)`"
                        + (o.referenceValue.map { " (reference value \(Format.trimmed($0, 6)))" } ?? "")
                }
                md += "\n"
            }
        }
        return md
    }

    /// A step's result in its natural form: money to the penny, proportions to six places, else two decimals.
    static func formatResult(_ value: Double, unit: String) -> String {
        if unit.hasPrefix("GBP") { return Format.gbpPence(Money(gbp: value)) }
        if unit.hasPrefix("proportion") { return Format.trimmed(value, 6) }
        return Format.number(value, 2)
    }

    /// "Figures overridden by this config": each replaced reference figure with its reference value and where.
    static func overrides(_ figures: [Figure]) -> String {
        var md = "## Figures overridden by this config\n\n"
        if figures.isEmpty { return md + "None: every reference figure is as published, derived or assumed in ReferenceData.\n\n" }
        md += "| Figure | Value used | Reference value | Where |\n| --- | ---: | ---: | --- |\n"
        for f in figures {
            md +=
                "| \(f.id) | \(Format.figure(f)) | \(f.override?.referenceValue.map { Format.trimmed($0, 6) } ?? "—") | \(f.override?.fieldPath ?? "") |\n"
        }
        return md + "\n"
    }
}
