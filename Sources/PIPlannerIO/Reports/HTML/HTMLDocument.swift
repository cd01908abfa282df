/// One self-contained HTML page: UTF-8, inline CSS and SVG, no script and no request of any kind (a
/// Content-Security-Policy forbids them, so even a mistake could not load anything). Prints on A4.
public struct HTMLDocument: Sendable {
    /// The page's Content-Security-Policy: nothing may load or run; only the inline style sheet applies.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    public var title: String
    public private(set) var body: Markup = .empty

    public init(title: String) { self.title = title }

    /// Adds a block at the end of the page.
    public mutating func append(_ block: Markup) { body += block }

    /// The whole page.
    public func render() -> String {
        let page: Markup = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>
            \(HTMLStyle.css)
            </style>
            </head>
            <body>
            <main>
            \(body)</main>
            </body>
            </html>

            """
        return page.text
    }

    /// A heading of `level` 1 to 4 with an optional `id`.
    public static func heading(_ level: Int, _ text: String, id: String? = nil) -> Markup {
        let idAttribute: Markup = id.map { " id=\"\($0)\"" } ?? .empty
        switch level {
        case ...1: return "<h1\(idAttribute)>\(text)</h1>\n"
        case 2: return "<h2\(idAttribute)>\(text)</h2>\n"
        case 3: return "<h3\(idAttribute)>\(text)</h3>\n"
        default: return "<h4\(idAttribute)>\(text)</h4>\n"
        }
    }

    /// A section. A `major` one starts a new page in print (except the first on the page).
    public static func section(id: String, major: Bool = false, _ content: Markup) -> Markup {
        major ? "<section id=\"\(id)\" class=\"major\">\n\(content)</section>\n" : "<section id=\"\(id)\">\n\(content)</section>\n"
    }

    /// A paragraph.
    public static func paragraph(_ content: Markup, className: String? = nil) -> Markup {
        className.map { "<p class=\"\($0)\">\(content)</p>\n" } ?? "<p>\(content)</p>\n"
    }

    /// A bulleted list of items.
    public static func list(_ items: [Markup]) -> Markup {
        "<ul>\n\(items.map { "<li>\($0)</li>\n" as Markup })</ul>\n"
    }

    /// Longest run of characters without a break opportunity that `breakingLongWords` leaves.
    static let longestUnbrokenWord = 20

    /// Text that breaks between words, and inside a word only when the word is longer than any name has (a pasted
    /// address, an injected tag): there a `<wbr>` every ``longestUnbrokenWord`` characters lets the line break, so a
    /// table column that never splits ordinary words still cannot be pushed wider than the page. The text reads the same.
    public static func breakingLongWords(_ text: String) -> Markup {
        var m = Markup.empty
        var run = 0
        var chunk = ""
        for character in text {
            if character.isWhitespace {
                run = 0
            } else if run == longestUnbrokenWord {
                m += "\(chunk)<wbr>"
                chunk = ""
                run = 0
            }
            chunk.append(character)
            if !character.isWhitespace { run += 1 }
        }
        return m + "\(chunk)"
    }

    /// Bold text.
    public static func strong(_ text: String) -> Markup { "<strong>\(text)</strong>" }

    /// Code-like text (a field path, an id).
    public static func code(_ text: String) -> Markup { "<code>\(text)</code>" }

    /// Emphasised text (a source).
    public static func emphasis(_ text: String) -> Markup { "<em>\(text)</em>" }

    /// A chart as a figure: its title as the caption, the SVG, a note, and its data table (the chart's own unless
    /// `table` gives another with the same numbers). Never cut across pages in print. A `highlighted` figure (the
    /// measure a comparison ranks by) has a rule down its side; its caption says why, so colour does not.
    public static func figure(_ chart: Chart, table: Markup? = nil, note: Markup? = nil, highlighted: Bool = false) -> Markup {
        let noteMarkup: Markup = note.map { "<p class=\"note\">\($0)</p>\n" } ?? .empty
        let className: Markup = highlighted ? "chart highlight" : "chart"
        return """
            <figure class="\(className)" id="figure-\(chart.id)" aria-labelledby="\(chart.id)-caption">
            <figcaption id="\(chart.id)-caption">\(chart.title)</figcaption>
            \(chart.svg)
            \(noteMarkup)\(table ?? chart.table)</figure>

            """
    }

    /// Collapsed on screen, expanded in print (see `HTMLStyle`).
    public static func details(summary: String, className: String = "audit", _ content: Markup) -> Markup {
        """
        <details class="\(className)">
        <summary>\(summary)<span class="screen-only"> (select to expand; printed in full)</span></summary>
        \(content)</details>

        """
    }
}
