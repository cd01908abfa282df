import PIPlannerModel

/// Markdown sections shared by the plan and rollout reports, so both show their findings, overrides and working
/// the same way.
enum MarkdownSections {
    /// The findings under `heading`: one bullet each (severity, code, field, message, source), or `none` when there
    /// are none. Ends with a blank line.
    static func findings(_ findings: [Diagnostic], heading: String, none: String) -> String {
        var md = heading + "\n\n"
        if findings.isEmpty { return md + none + "\n\n" }
        for f in findings {
            md +=
                "- **\(f.severity == .warning ? "Warning" : "Note")** (\(f.category.rawValue)\(f.location.fieldPath.map { ", `\($0)`" } ?? "")): "
            md += ReportText.text(f.message) + (f.source.map { " _Source: \(ReportText.text($0))._" } ?? "") + "\n"
        }
        return md + "\n"
    }

    /// "2 warnings and 1 note (see `section`)": the count line of a report's summary.
    static func findingCount(_ findings: [Diagnostic], see section: String) -> String {
        let warnings = findings.filter { $0.severity == .warning }.count
        return "\(ReportText.count(warnings, "warning")) and \(ReportText.count(findings.count - warnings, "note")) (see \(section))"
    }

    /// The audit trail under `heading`: the numbered steps of `auditSteps`.
    static func audit(_ audit: [AuditStep], heading: String) -> String {
        heading + "\n\n" + auditSteps(audit)
    }

    /// The numbered audit-trail steps: result, formula in words, and each input with its basis, source,
    /// derivation and any override.
    static func auditSteps(_ audit: [AuditStep]) -> String {
        var md = ""
        for (i, step) in audit.enumerated() {
            md +=
                "\(i + 1). **\(ReportText.text(step.title))** = \(ReportText.stepResult(step.result, unit: step.resultUnit)) \(step.resultUnit)  \n"
            md += "   Formula: \(ReportText.text(step.formula)).  \n   Inputs:\n"
            for input in step.inputs {
                md += "   - `\(input.id)` = \(ReportText.figure(input)) \(ReportText.ruleName(input) == nil ? input.unit : "")"
                md += " — \(input.basis.rawValue); \(ReportText.text(input.source))"
                if let d = input.derivation { md += ". Derivation: \(ReportText.text(d))" }
                if let o = input.override {
                    md +=
                        ". **Overridden** at `\(o.fieldPath)`"
                        + (o.referenceValue.map { " (reference value \(NumberFormat.trimmed($0, 6)))" } ?? "")
                }
                md += "\n"
            }
        }
        return md
    }

    /// "Figures overridden by this config": each replaced reference figure with its reference value and where.
    static func overrides(_ figures: [Figure]) -> String {
        var md = "## Figures overridden by this config\n\n"
        if figures.isEmpty { return md + "None: every reference figure is as published, derived or assumed in ReferenceData.\n\n" }
        md += "| Figure | Value used | Reference value | Where |\n| --- | ---: | ---: | --- |\n"
        for f in figures {
            let reference = f.override?.referenceValue.map { NumberFormat.trimmed($0, 6) } ?? "—"
            md +=
                "| \(ReportText.cell(f.id)) | \(ReportText.figure(f)) | \(reference) | \(ReportText.cell(f.override?.fieldPath ?? "")) |\n"
        }
        return md + "\n"
    }
}
