/// A rectangle in SVG user units.
struct ChartRect: Sendable, Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }
}

/// Sizes shared by the charts, in SVG user units. Every chart has a fixed `viewBox` this wide and is drawn
/// at `width="100%"`, so it scales to the page (and to A4 in print) and never overflows it.
enum ChartLayout {
    static let width = 720.0
    static let height = 360.0
    static let marginTop = 44.0
    static let marginRight = 24.0
    static let marginBottom = 60.0
    static let marginLeft = 84.0
    /// Left margin of horizontal charts, whose category labels (role titles) sit on the left.
    static let labelColumn = 250.0
    /// Height of one row of a horizontal chart.
    static let rowHeight = 34.0
    static let tickGap = 6.0
    static let tickLabelDrop = 18.0
    static let axisTitleDrop = 44.0
    static let axisTitleOffset = 66.0
    static let legendY = 16.0
    static let legendSwatch = 12.0
    static let legendGap = 18.0
    /// Average glyph width as a share of the font size, to estimate text widths for wrapping and legends.
    static let glyphWidthEm = 0.56
    static let labelFontSize = 12.0
    /// Segments and bars shorter than this carry no value label inside them; the table has the value.
    static let minimumLabelledLength = 16.0
    /// Share of a category's band a bar (or a group of bars) takes, and the widest a bar may be.
    static let barShareOfBand = 0.6
    static let maxBarWidth = 120.0
    /// Radius of a point marker (a line's data points, an interval's value).
    static let pointRadius = 4.0
    /// Half the height of an interval's end caps.
    static let capHalfHeight = 6.0

    /// The plot area of a vertical chart of the standard size.
    static var plot: ChartRect {
        ChartRect(x: marginLeft, y: marginTop, width: width - marginLeft - marginRight, height: height - marginTop - marginBottom)
    }

    /// Estimated width of `text` at `fontSize`.
    static func textWidth(_ text: String, fontSize: Double = labelFontSize) -> Double {
        Double(text.count) * fontSize * glyphWidthEm
    }
}

/// SVG elements as markup. Every text goes through `Markup`'s escaping; numbers are written as coordinates.
enum SVG {
    enum Baseline {
        case alphabetic
        case middle
        case hanging
    }

    /// The root element: fixed `viewBox`, `width="100%"`, `role="img"`, an `aria-label` and a `<title>` (the
    /// tooltip and accessible name) and `<desc>`. Styling comes from the page's CSS classes.
    static func document(id: String, title: String, description: String, width: Double, height: Double, content: Markup) -> Markup {
        """
        <svg id="\(id)" class="chart" viewBox="0 0 \(width) \(height)" width="100%" preserveAspectRatio="xMidYMid meet" \
        role="img" aria-label="\(title)" aria-describedby="\(id)-desc"><title>\(title)</title><desc id="\(id)-desc">\(description)</desc>\
        \(content)</svg>
        """
    }

    /// A filled rectangle; a negative width or height is drawn the other way from its corner.
    static func rect(_ given: ChartRect, fill: String, className: StaticString = "mark", title: String? = nil) -> Markup {
        let r = ChartRect(
            x: min(given.x, given.maxX), y: min(given.y, given.maxY), width: abs(given.width), height: abs(given.height))
        let tip: Markup = title.map { "<title>\($0)</title>" } ?? .empty
        return
            "<rect class=\"\(className.description)\" x=\"\(r.x)\" y=\"\(r.y)\" width=\"\(r.width)\" height=\"\(r.height)\" fill=\"\(fill)\">\(tip)</rect>"
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, className: StaticString) -> Markup {
        "<line class=\"\(className.description)\" x1=\"\(x1)\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"\(y2)\"/>"
    }

    static func circle(x: Double, y: Double, radius: Double, className: StaticString, title: String? = nil) -> Markup {
        let tip: Markup = title.map { "<title>\($0)</title>" } ?? .empty
        return "<circle class=\"\(className.description)\" cx=\"\(x)\" cy=\"\(y)\" r=\"\(radius)\">\(tip)</circle>"
    }

    /// An open line through `points`.
    static func polyline(_ points: [(x: Double, y: Double)], className: StaticString) -> Markup {
        "<polyline class=\"\(className.description)\" points=\"\(pointList(points))\"/>"
    }

    /// `x,y x,y …` for `points=`.
    static func pointList(_ points: [(x: Double, y: Double)]) -> String {
        points.map { "\(Markup.coordinate($0.x)),\(Markup.coordinate($0.y))" }.joined(separator: " ")
    }

    /// Text at a point. `className` picks the style (`tick`, `axis-title`, `value`, `value inverse`, `legend`).
    static func text(
        _ text: String, x: Double, y: Double, anchor: StaticString = "start", className: StaticString, baseline: Baseline = .alphabetic,
        rotate: Double? = nil
    ) -> Markup {
        let transform: Markup = rotate.map { " transform=\"rotate(\($0) \(x) \(y))\"" } ?? .empty
        let base: Markup
        switch baseline {
        case .alphabetic: base = .empty
        case .middle: base = " dominant-baseline=\"middle\""
        case .hanging: base = " dominant-baseline=\"hanging\""
        }
        return
            "<text class=\"\(className.description)\" x=\"\(x)\" y=\"\(y)\" text-anchor=\"\(anchor.description)\"\(base)\(transform)>\(text)</text>"
    }

    /// Line height of wrapped text as a multiple of the font size.
    static let lineSpacing = 1.15

    /// Text broken into lines of at most `maxWidth` (estimated), centred vertically on `y`.
    static func wrappedText(
        _ text: String, x: Double, y: Double, maxWidth: Double, anchor: StaticString, className: StaticString, maxLines: Int = 3
    ) -> Markup {
        let lines = wrap(text, maxWidth: maxWidth, maxLines: maxLines)
        let lineHeight = ChartLayout.labelFontSize * lineSpacing
        let firstY = y - Double(lines.count - 1) * lineHeight / 2
        var spans = Markup.empty
        for (i, line) in lines.enumerated() {
            spans += "<tspan x=\"\(x)\" y=\"\(firstY + Double(i) * lineHeight)\">\(line)</tspan>"
        }
        return "<text class=\"\(className.description)\" text-anchor=\"\(anchor.description)\" dominant-baseline=\"middle\">\(spans)</text>"
    }

    /// Words packed greedily into lines of at most `maxWidth`; the last line ends with `…` when text is left over.
    static func wrap(_ text: String, maxWidth: Double, maxLines: Int) -> [String] {
        let maxCharacters = max(4, Int(maxWidth / (ChartLayout.labelFontSize * ChartLayout.glyphWidthEm)))
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if candidate.count <= maxCharacters || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = String(lines[maxLines - 1].prefix(maxCharacters - 1)) + "…"
        }
        return lines.map { $0.count > maxCharacters ? String($0.prefix(maxCharacters - 1)) + "…" : $0 }
    }
}
