/// Builds a JSON5 file line by line with `//` comments wrapped to a width: what `StarterConfigWriter` writes with.
struct CommentedJSONWriter {
    /// Comment lines are wrapped at this many characters (layout only).
    static let wrapWidth = 100

    private(set) var text = ""

    /// A comment, wrapped, at `indent` spaces.
    mutating func comment(_ comment: String, indent: Int = 0) {
        let pad = String(repeating: " ", count: indent)
        for line in Self.wrap(comment, width: Self.wrapWidth - indent - 3) { text += pad + "// " + line + "\n" }
    }

    /// A line of JSON at `indent` spaces.
    mutating func line(_ line: String, indent: Int = 0) { text += String(repeating: " ", count: indent) + line + "\n" }

    /// A commented-out config line, never wrapped, so that uncommenting it gives valid JSON5.
    mutating func example(_ line: String, indent: Int) { text += String(repeating: " ", count: indent) + "// " + line + "\n" }

    /// An empty line.
    mutating func blank() { text += "\n" }

    /// Greedy word wrap. A line break in the text (an area name or note from --area-data may hold one) is a space
    /// here: kept, it would end the `//` comment and leave the rest of the line as broken JSON.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0 == " " || $0.isNewline }) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
