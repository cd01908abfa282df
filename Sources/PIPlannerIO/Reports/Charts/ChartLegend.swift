/// A legend: a swatch and a name for each series, in one row (wrapping when it is too wide).
struct ChartLegend {
    struct Entry {
        var name: String
        var fill: String
        /// A line (for a line series) instead of a square swatch.
        var isLine = false
        /// The shaded gap between bars and a line.
        var isGap = false
    }

    var entries: [Entry]

    /// Height taken by the legend when drawn in `width`.
    func rows(width: Double) -> Int { layout(width: width).last.map { $0.row + 1 } ?? 0 }

    /// Each entry's row and x offset.
    private func layout(width: Double) -> [(row: Int, x: Double)] {
        var result: [(row: Int, x: Double)] = []
        var row = 0
        var x = 0.0
        for entry in entries {
            let w = entryWidth(entry)
            if x > 0, x + w > width {
                row += 1
                x = 0
            }
            result.append((row, x))
            x += w
        }
        return result
    }

    private func entryWidth(_ entry: Entry) -> Double {
        ChartLayout.legendSwatch + ChartLayout.tickGap + ChartLayout.textWidth(entry.name) + ChartLayout.legendGap
    }

    /// The legend with its top-left corner at (`x`, `y`).
    func draw(x: Double, y: Double, width: Double) -> Markup {
        var m = Markup.empty
        let size = ChartLayout.legendSwatch
        for (entry, place) in zip(entries, layout(width: width)) {
            let left = x + place.x
            let top = y + Double(place.row) * (size + ChartLayout.tickGap)
            if entry.isLine {
                m +=
                    "<line class=\"legend-line\" x1=\"\(left)\" y1=\"\(top + size / 2)\" x2=\"\(left + size)\" y2=\"\(top + size / 2)\" stroke=\"\(entry.fill)\"/>"
            } else {
                m += SVG.rect(
                    ChartRect(x: left, y: top, width: size, height: size), fill: entry.fill, className: entry.isGap ? "gap" : "swatch")
            }
            m += SVG.text(entry.name, x: left + size + ChartLayout.tickGap, y: top + size / 2, className: "legend", baseline: .middle)
        }
        return "<g class=\"legend\">\(m)</g>"
    }
}
