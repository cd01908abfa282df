import PIPlannerModel

/// One column of the area tables: the `batch` CSV and every `compare` format take their columns from `AreaColumns`,
/// so a column has one id, one heading, one unit and one precision wherever it appears.
struct AreaColumn: Sendable {
    /// How a column's values print.
    enum Kind: Sendable {
        /// Words or codes.
        case text
        /// Whole numbers (persons, births, years): grouped in Markdown, plain in CSV.
        case count
        /// A measure shown to `shown` places in Markdown and written to `csv` places in CSV.
        case decimal(shown: Int, csv: Int)
        /// A proportion: a percentage to two places in Markdown; in CSV `csv` places, or as given when nil.
        case proportion(csv: Int?)
        /// Money: whole pounds in Markdown, pounds and pence in CSV and JSON.
        case money
    }

    /// A cell's value before formatting.
    enum Value: Sendable, Equatable {
        case number(Double)
        case money(Money)
        case text(String)
        /// No value: `—` in Markdown, empty in CSV, null in JSON.
        case missing

        /// The value as `rankable` ranks it (money in pounds); nil for text and no value.
        var number: Double? {
            switch self {
            case .number(let v): return v
            case .money(let m): return m.gbp
            case .text, .missing: return nil
            }
        }
    }

    /// CSV header and JSON key, with the unit in the name (`births_per_year`).
    var id: String
    /// Row heading in the Markdown comparison (`Births a year`).
    var label: String
    var kind: Kind
    var value: @Sendable (AreaRow) -> Value

    /// Whether areas can be ranked by this column.
    var isNumeric: Bool { if case .text = kind { return false } else { return true } }

    /// How a chart prints the column's numbers: as the Markdown table does.
    var chartStyle: ValueStyle {
        switch kind {
        case .text, .count: return .number(decimals: 0)
        case .decimal(let shown, _): return .number(decimals: shown)
        case .proportion: return .percent(decimals: 2)
        case .money: return .gbp
        }
    }

    /// The cell in a Markdown table: `display` with text made safe (`ReportText.cell`).
    func markdown(_ value: Value) -> String {
        if case .text(let t) = value { return ReportText.cell(t) }
        return display(value)
    }

    /// The cell as a reader sees it, before any escaping (the HTML tables escape it themselves): `—` for no value,
    /// grouped numbers to the column's places, whole pounds.
    func display(_ value: Value) -> String {
        switch (value, kind) {
        case (.missing, _): return "—"
        case (.text(let t), _): return t
        case (.money(let m), _): return NumberFormat.gbp(m)
        case (.number(let v), .decimal(let shown, _)): return NumberFormat.number(v, shown)
        case (.number(let v), .proportion): return NumberFormat.percent(v, 2)
        case (.number(let v), .money): return NumberFormat.gbp(Money(gbp: v))
        case (.number(let v), .count), (.number(let v), .text): return NumberFormat.number(v)
        }
    }

    /// The cell in a CSV file: plain numbers, empty for no value or a number that is not finite.
    func csv(_ value: Value) -> String {
        switch (value, kind) {
        case (.missing, _): return ""
        case (.text(let t), _): return t
        case (.money(let m), _): return NumberFormat.plainGBP(m)
        case (.number(let v), _) where !v.isFinite: return ""
        case (.number(let v), .decimal(_, let places)): return NumberFormat.fixed(v, places)
        case (.number(let v), .proportion(let places)): return places.map { NumberFormat.fixed(v, $0) } ?? NumberFormat.plain(v)
        case (.number(let v), .money): return NumberFormat.plainGBP(Money(gbp: v))
        case (.number(let v), .count), (.number(let v), .text): return NumberFormat.plain(v)
        }
    }

    /// The member's value in a JSON object.
    func json(_ value: Value) -> JSONOut {
        switch value {
        case .missing: return .null
        case .text(let t): return .string(t)
        case .money(let m): return .money(m)
        case .number(let v): return .number(v)
        }
    }
}
