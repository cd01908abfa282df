/// An HTML data table: column headers, one row header per row, numbers right-aligned.
public struct HTMLTable: Sendable {
    public enum Alignment: Sendable {
        case left
        case right
    }

    /// Where a cell's text may break when a wide table is squeezed.
    public enum Wrapping: Sendable {
        /// Anywhere, even inside a word: long sources and field paths.
        case anywhere
        /// Between words only: names (`Middlesbrough` is never split).
        case words
        /// Never: short codes (`E06000002`).
        case never
    }

    public struct Column: Sendable {
        public var title: String
        public var alignment: Alignment
        public var wrapping: Wrapping

        public init(_ title: String, _ alignment: Alignment = .right, wrapping: Wrapping = .anywhere) {
            self.title = title
            self.alignment = alignment
            self.wrapping = wrapping
        }
    }

    public struct Row: Sendable {
        /// The first cell is the row's header (`<th scope="row">`).
        public var cells: [Markup]
        /// A total row: bold, with a rule above.
        public var isTotal: Bool
        /// The row a chart highlights (the recommended method, the ranked area).
        public var isHighlighted: Bool
        /// A row of words in columns of numbers (a table with areas in its columns): its cells wrap and align left.
        public var isText: Bool

        public init(cells: [Markup], isTotal: Bool = false, isHighlighted: Bool = false, isText: Bool = false) {
            self.cells = cells
            self.isTotal = isTotal
            self.isHighlighted = isHighlighted
            self.isText = isText
        }

        /// A row of plain texts, each escaped.
        public init(_ texts: [String], isTotal: Bool = false, isHighlighted: Bool = false, isText: Bool = false) {
            self.init(cells: texts.map { "\($0)" }, isTotal: isTotal, isHighlighted: isHighlighted, isText: isText)
        }
    }

    public var caption: String?
    public var columns: [Column]
    public var rows: [Row]

    public init(caption: String? = nil, columns: [Column], rows: [Row] = []) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }

    /// The first column is a left-aligned label; the rest are right-aligned numbers.
    public init(caption: String? = nil, label: String, numberColumns: [String], rows: [Row] = []) {
        self.init(caption: caption, columns: [Column(label, .left)] + numberColumns.map { Column($0) }, rows: rows)
    }

    public func render() -> Markup {
        var head = Markup.empty
        for column in columns {
            head +=
                column.alignment == .right
                ? "<th scope=\"col\" class=\"num\">\(column.title)</th>" : "<th scope=\"col\">\(column.title)</th>"
        }
        var body = Markup.empty
        for row in rows {
            var cells = Markup.empty
            for (i, cell) in row.cells.enumerated() {
                let right = i < columns.count && columns[i].alignment == .right && !row.isText
                let wrapping = i < columns.count ? columns[i].wrapping : .anywhere
                if i > 0, wrapping == .never {
                    cells += right ? "<td class=\"num nowrap\">\(cell)</td>" : "<td class=\"nowrap\">\(cell)</td>"
                } else if i > 0, wrapping == .words {
                    cells += right ? "<td class=\"num words\">\(cell)</td>" : "<td class=\"words\">\(cell)</td>"
                } else if i == 0 {
                    cells += right ? "<th scope=\"row\" class=\"num\">\(cell)</th>" : "<th scope=\"row\">\(cell)</th>"
                } else {
                    cells += right ? "<td class=\"num\">\(cell)</td>" : "<td>\(cell)</td>"
                }
            }
            switch (row.isTotal, row.isHighlighted) {
            case (true, _): body += "<tr class=\"total\">\(cells)</tr>\n"
            case (false, true): body += "<tr class=\"highlight\">\(cells)</tr>\n"
            default: body += "<tr>\(cells)</tr>\n"
            }
        }
        let captionMarkup: Markup = caption.map { "<caption>\($0)</caption>" } ?? .empty
        return "<div class=\"table-wrap\"><table>\(captionMarkup)<thead><tr>\(head)</tr></thead>\n<tbody>\n\(body)</tbody></table></div>\n"
    }
}
