import PIPlannerModel

/// JSON pieces shared by the plan, batch and rollout documents: a figure with its provenance, a finding, and the
/// audit trail, so every document spells them the same way.
public enum ReportJSON {
    /// A figure: id, value (a rule by name), unit, source, basis, any derivation and any override.
    public static func figure(_ f: Figure) -> JSONOut {
        var members: [(String, JSONOut)] = [
            ("id", .string(f.id)),
            ("value", ReportText.ruleName(f).map { .string($0) } ?? .number(f.value)),
            ("unit", .string(f.unit)),
            ("source", .string(f.source)),
            ("basis", .string(f.basis.rawValue)),
        ]
        if let d = f.derivation { members.append(("derivation", .string(d))) }
        if let o = f.override {
            members.append(("overridden", .object([("field", .string(o.fieldPath)), ("referenceValue", .optional(o.referenceValue))])))
        }
        return .object(members)
    }

    /// A finding: code, severity, message, field and source.
    public static func finding(_ f: Diagnostic) -> JSONOut {
        .object([
            ("code", .string(f.category.rawValue)),
            ("severity", .string(f.severity.rawValue)),
            ("message", .string(f.message)),
            ("field", .optional(f.location.fieldPath)),
            ("source", .optional(f.source)),
        ])
    }

    /// The audit trail: each step's id, title, formula, input figures, result and unit.
    public static func audit(_ steps: [AuditStep]) -> JSONOut {
        .array(
            steps.map { step in
                .object([
                    ("id", .string(step.id)),
                    ("title", .string(step.title)),
                    ("formula", .string(step.formula)),
                    ("inputs", .array(step.inputs.map(figure))),
                    ("result", .number(step.result)),
                    ("unit", .string(step.resultUnit)),
                ])
            })
    }
}
