/// A hex map coloured by a measure: each hex filled from a classed sequential scale, with a `<title>` (the
/// hover text) giving the area's name and value; a legend of the classes; hexes with no value grey and
/// hatched, titled "no data". The data table ranks the areas by value.
///
/// A hex usually stands for the area of its own code. Where it does not (`hexAreas`), it shows another area's
/// value: an English county drawn as its districts, a health board as its councils (each hex a part), or an ICB
/// whose hex is keyed by its ODS code. The table then ranks the areas, not the hexes.
public enum HexMapChart {
    /// The area a hex stands for, when that is not the area of the hex's own code.
    public struct HexArea: Sendable, Equatable {
        /// The area's code, which keys `values` and `names`.
        public var code: String
        /// Whether the hex is one part of the area (a district of a county), named as such in its title.
        public var isPart: Bool

        public init(code: String, isPart: Bool) {
            self.code = code
            self.isPart = isPart
        }
    }

    public struct Spec: Sendable {
        public var id: String
        public var title: String
        public var map: HexMap
        /// Values by area code; an area without one has no data.
        public var values: [String: Double]
        /// Names by area code for titles and the table, where they differ from the map's own (`n`).
        public var names: [String: String]
        /// By hex code: the area each hex stands for, where it is not the area of the hex's own code.
        public var hexAreas: [String: HexArea]
        /// The measure with its unit, e.g. "Teams needed per 100,000 births".
        public var measureLabel: String
        public var style: ValueStyle
        public var classes: Int

        public init(
            id: String, title: String, map: HexMap, values: [String: Double], names: [String: String] = [:],
            hexAreas: [String: HexArea] = [:], measureLabel: String, style: ValueStyle, classes: Int = 5
        ) {
            self.id = id
            self.title = title
            self.map = map
            self.values = values
            self.names = names
            self.hexAreas = hexAreas
            self.measureLabel = measureLabel
            self.style = style
            self.classes = classes
        }

        /// The code of the area `hex` stands for.
        func areaCode(_ hex: HexMap.Hex) -> String { hexAreas[hex.code]?.code ?? hex.code }

        /// The name of the area `hex` stands for.
        func name(_ hex: HexMap.Hex) -> String { names[areaCode(hex)] ?? hex.name }

        func value(_ hex: HexMap.Hex) -> Double? { values[areaCode(hex)].flatMap { $0.isFinite ? $0 : nil } }

        /// The hover text: `Leeds (E08000035): 6.19`, or `Cambridge, part of Cambridgeshire (E10000003): 5.80`.
        func hoverText(_ hex: HexMap.Hex) -> String {
            let valueText = value(hex).map(style.format) ?? "no data"
            let area = "\(name(hex)) (\(areaCode(hex)))"
            return hexAreas[hex.code]?.isPart == true ? "\(hex.name), part of \(area): \(valueText)" : "\(area): \(valueText)"
        }

        /// One hex of each area, in code order: the areas the table ranks.
        var areaHexes: [HexMap.Hex] {
            var seen = Set<String>()
            return map.hexes.filter { seen.insert(areaCode($0)).inserted }
        }
    }

    static let mapWidth = 560.0
    static let mapMaxHeight = 760.0
    static let legendColumn = 160.0
    static let margin = 10.0
    /// Hexes at least this big carry their short name and value as text.
    static let labelledRadius = 24.0
    /// Spacing of the "no data" hatch lines.
    static let hatch = 6.0

    /// The scale over the values present (zero to one when there are none).
    public static func scale(_ spec: Spec) -> ColourScale {
        let present = spec.map.hexes.compactMap(spec.value)
        return ColourScale(minimum: present.min() ?? 0, maximum: present.max() ?? 1, classes: spec.classes)
    }

    public static func render(_ spec: Spec) -> Chart {
        let radius = spec.map.radius(fittingWidth: mapWidth, height: mapMaxHeight)
        let size = spec.map.size(radius: radius)
        let scale = scale(spec)
        let noDataID = "\(spec.id)-nodata"
        var hexes = Markup.empty
        for placed in spec.map.placed(radius: radius) {
            hexes += hex(placed, spec: spec, scale: scale, radius: radius, noDataID: noDataID)
        }
        let missing = spec.map.hexes.contains { spec.value($0) == nil }
        let body: Markup = """
            <defs><pattern id="\(noDataID)" width="\(hatch)" height="\(hatch)" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
            <rect width="\(hatch)" height="\(hatch)" fill="\(ChartPalette.noData)"/><line x1="0" y1="0" x2="0" y2="\(hatch)" class="hatch"/></pattern></defs>\
            <g transform="translate(\(margin) \(margin))">\(hexes)</g>\
            \(legend(spec, scale: scale, x: margin * 2 + size.width, noDataID: missing ? noDataID : nil))
            """
        let description =
            "Hex map, one hexagon per area, coloured by \(spec.measureLabel) in \(scale.colours.count) classes from light (low) to dark (high)."
        let svg = SVG.document(
            id: spec.id, title: spec.title, description: description, width: margin * 3 + size.width + legendColumn,
            height: margin * 2 + size.height, content: body)
        return Chart(id: spec.id, title: spec.title, svg: svg, table: table(spec))
    }

    static func hex(_ placed: HexMap.Placed, spec: Spec, scale: ColourScale, radius: Double, noDataID: String) -> Markup {
        let points = SVG.pointList(HexMap.corners(x: placed.x, y: placed.y, radius: radius))
        let value = spec.value(placed.hex)
        let fill = value.map(scale.colour(for:)) ?? "url(#\(noDataID))"
        let valueText = value.map(spec.style.format) ?? "no data"
        var m: Markup =
            "<polygon class=\"hex\" points=\"\(points)\" fill=\"\(fill)\"><title>\(spec.hoverText(placed.hex))</title></polygon>"
        if radius >= labelledRadius {
            let light = value.map { RGBColour(hex: scale.colour(for: $0)).prefersLightText } ?? false
            let className: StaticString = light ? "hex-label inverse" : "hex-label"
            m += SVG.text(placed.hex.name, x: placed.x, y: placed.y - radius / 5, anchor: "middle", className: className)
            m += SVG.text(valueText, x: placed.x, y: placed.y + radius / 2.5, anchor: "middle", className: className)
        }
        return m
    }

    static func legend(_ spec: Spec, scale: ColourScale, x: Double, noDataID: String?) -> Markup {
        let size = ChartLayout.legendSwatch * 1.5
        var m = SVG.wrappedText(
            spec.measureLabel, x: x, y: margin * 3, maxWidth: legendColumn - margin, anchor: "start", className: "legend strong",
            maxLines: 3)
        var y = margin * 6
        // Highest class first, as a reader scans a legend from the top.
        for index in scale.colours.indices.reversed() {
            m += SVG.rect(ChartRect(x: x, y: y, width: size, height: size), fill: scale.colours[index], className: "swatch")
            m += SVG.text(
                scale.label(ofClass: index, style: spec.style), x: x + size + ChartLayout.tickGap, y: y + size / 2, className: "legend",
                baseline: .middle)
            y += size + ChartLayout.tickGap
        }
        if let noDataID {
            m += SVG.rect(ChartRect(x: x, y: y, width: size, height: size), fill: "url(#\(noDataID))", className: "swatch")
            m += SVG.text("no data", x: x + size + ChartLayout.tickGap, y: y + size / 2, className: "legend", baseline: .middle)
        }
        return "<g class=\"legend\">\(m)</g>"
    }

    /// The areas ranked by value, highest first (ties by name); those with no data last.
    static func table(_ spec: Spec) -> Markup {
        let ranked = spec.areaHexes.sorted { a, b in
            switch (spec.value(a), spec.value(b)) {
            case (let x?, let y?): return x != y ? x > y : spec.name(a) < spec.name(b)
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return spec.name(a) < spec.name(b)
            }
        }
        var table = HTMLTable(columns: [.init("Rank"), .init("Area", .left), .init("Code", .left), .init(spec.measureLabel)])
        for (i, hex) in ranked.enumerated() {
            let value = spec.value(hex)
            table.rows.append(
                .init([value == nil ? "—" : String(i + 1), spec.name(hex), spec.areaCode(hex), value.map(spec.style.format) ?? "no data"]))
        }
        return table.render()
    }
}
