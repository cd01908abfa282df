import PIPlannerModel

/// Text pieces every report writes the same way: safe table cells, a figure's value in its natural form,
/// and the short citation of prose that quotes assumptions.
enum ReportText {
    /// Config text made safe inside a Markdown table cell or heading: markup escaped as in ``text(_:)``, `|` escaped,
    /// line breaks as spaces.
    static func cell(_ text: String) -> String {
        self.text(text).replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "|", with: "\\|")
    }

    /// Config or data text made safe in Markdown prose: `<` and `>` become character references, so that an area
    /// named `<script>…</script>` shows as text and never as HTML; `&` does where it could start a character reference
    /// (before a letter, a digit or `#`). A bare `&` before a space or punctuation is shown as it is by every Markdown
    /// renderer, and is left so, so that "Schuengel & Bakermans-Kranenburg" reads the same in the file.
    /// Not for text inside a code span, where every character is shown as it is.
    static func text(_ text: String) -> String {
        guard text.contains(where: { $0 == "<" || $0 == ">" || $0 == "&" }) else { return text }
        var result = ""
        var characters = text.makeIterator()
        var next = characters.next()
        while let character = next {
            next = characters.next()
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&":
                let startsReference = next.map { $0 == "#" || ($0.isASCII && ($0.isLetter || $0.isNumber)) } ?? false
                result += startsReference ? "&amp;" : "&"
            default: result.append(character)
            }
        }
        return result
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
