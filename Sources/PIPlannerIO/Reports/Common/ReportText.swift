import PIPlannerModel

/// Text pieces every report writes the same way: safe table cells, a figure's value in its natural form,
/// and the short citation of prose that quotes assumptions.
enum ReportText {
    /// Config text made safe inside a Markdown table cell or heading: `|` escaped, line breaks as spaces.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
            .replacingOccurrences(of: "|", with: "\\|")
    }

    /// A figure's value in its natural form for the audit trail: money to the penny, proportions to four places,
    /// a rule by name, else two places.
    static func figure(_ figure: Figure) -> String {
        let unit = figure.unit.lowercased()
        if unit.hasPrefix("gbp") { return NumberFormat.gbpPence(Money(gbp: figure.value)) }
        if unit.hasPrefix("proportion") || unit.hasPrefix("fraction") { return NumberFormat.trimmed(figure.value, 4) }
        if let rule = ruleName(figure) { return rule }
        return NumberFormat.trimmed(figure.value, 2)
    }

    /// The rule a figure names (unit `rule: highest-risk`), if it is one.
    static func ruleName(_ figure: Figure) -> String? {
        figure.unit.hasPrefix("rule:") ? String(figure.unit.dropFirst(6)) : nil
    }

    /// An audit step's result in its natural form: money to the penny, proportions to six places, else two decimals.
    static func stepResult(_ value: Double, unit: String) -> String {
        if unit.hasPrefix("GBP") { return NumberFormat.gbpPence(Money(gbp: value)) }
        if unit.hasPrefix("proportion") { return NumberFormat.trimmed(value, 6) }
        return NumberFormat.number(value, 2)
    }

    /// The citation of prose that quotes `figures`: `document` while they are the reference figures, and where the
    /// config set any that it replaced, so that an override is not credited to the document.
    static func citation(_ document: String, _ figures: Figure...) -> String {
        let paths = figures.compactMap { $0.override?.fieldPath }
        return paths.isEmpty ? document : document + ", except " + paths.map { "`\($0)`" }.joined(separator: ", ") + " set by this config"
    }

    /// One Markdown table row: `| a | b |` and a line break.
    static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }

    /// "1 warning" or "2 warnings".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
