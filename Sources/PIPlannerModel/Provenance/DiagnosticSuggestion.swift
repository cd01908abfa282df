extension Diagnostic {
    /// A suggestion given as data, for code that builds a note: the text is made here, once, and never read back.
    public enum Suggestion: Sendable, Equatable {
        /// The allowed key or value nearest to what was written (a likely typo): `did you mean "entry"?`.
        case nearest(String)
        /// A close match already described in words, e.g. an area's code and name: `did you mean E08000035 (Leeds)?`.
        case described(String)
        /// A percentage written where a proportion is meant, with the proportion meant: `a percentage? did you mean 0.15?`.
        case percentage(meant: Double)
        /// Advice in words.
        case advice(String)

        /// The note as printed.
        public var text: String {
            switch self {
            case .nearest(let value): return "did you mean \"\(value)\"?"
            case .described(let text): return "did you mean \(text)?"
            // Rounded to 12 places: 1.1 / 100 is 0.011000000000000001 in binary.
            case .percentage(let meant): return "a percentage? did you mean \(NumberFormat.plain((meant * 1e12).rounded() / 1e12))?"
            case .advice(let text): return text
            }
        }
    }
}
