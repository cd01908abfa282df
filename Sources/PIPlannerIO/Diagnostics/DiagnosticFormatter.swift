import PIPlannerModel

/// Renders diagnostics for the terminal, in one style for every command and every kind (an error, a warning, a note):
///
///     leeds.json:7:43: error: areas[0].riskGroups.lowIncome.share: found 15; expected a proportion between 0 and 1
///       note: a percentage? did you mean 0.15?
///
/// The place (`file:line:column`, or as much of it as is known) and the field path are left out when unknown; each
/// note and a finding's source follow on their own lines. This is the only place the text of an error on standard
/// error is built; the reports' findings sections render the same fields in Markdown and JSON.
public enum DiagnosticFormatter {
    /// One diagnostic, its notes and source on the lines after it, without a final newline.
    public static func terminal(_ diagnostic: Diagnostic) -> String {
        var text = ""
        if let place = place(diagnostic.location) { text += place + ": " }
        text += diagnostic.severity.rawValue + ": "
        if let field = field(diagnostic.location) { text += field + ": " }
        text += diagnostic.message
        for note in diagnostic.notes { text += "\n  note: " + note }
        if let source = diagnostic.source { text += "\n  source: " + source }
        return text
    }

    /// Diagnostics one after the other, each ending with a newline (nothing for none).
    public static func terminal(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { terminal($0) + "\n" }.joined()
    }

    /// `file:line:column`, `file:line` or `file`; `line L, column C` without a file (a column without a line is not
    /// shown); nil when nothing is known.
    public static func place(_ location: Diagnostic.Location) -> String? {
        guard let line = location.line else { return location.file }
        let column = location.column.map { ":\($0)" } ?? ""
        guard let file = location.file else { return "line \(line)" + (location.column.map { ", column \($0)" } ?? "") }
        return "\(file):\(line)\(column)"
    }

    /// The field path as shown: `(top level)` for the whole file; nil when the diagnostic names no field.
    public static func field(_ location: Diagnostic.Location) -> String? {
        location.fieldPath.map { $0.isEmpty ? "(top level)" : $0 }
    }
}
