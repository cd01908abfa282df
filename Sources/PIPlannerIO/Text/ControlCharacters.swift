/// The one rule for control characters in what piplanner writes. A name or note from a config or the area data may hold
/// any character (JSON's `\u001b`, a CSV cell's raw byte); written raw, NUL, ESC, BEL or CR corrupt a Markdown table,
/// split a CSV row or drive the terminal that shows the output. So every control character except line feed and tab is
/// written as its visible symbol (U+2400 to U+2421: ␀, ␛, ␇, ␍; U+FFFD for the C1 controls), in every format and on every
/// stream: `CommandIO` applies it to standard output and standard error, `OutputWriter` to a file. (JSON escapes them
/// itself, so the rule leaves JSON unchanged.)
public enum ControlCharacters {
    /// Whether `scalar` is a control character the rule replaces.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    /// `text` with every control character but line feed and tab replaced by its visible symbol.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isHidden(scalar) else {
                out.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            default: out.append("\u{FFFD}")
            }
        }
        return String(out)
    }
}
