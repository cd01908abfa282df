import PIPlannerModel

/// One hex map a batch is drawn on, cut down to the hexes of the batch's areas, with the area each hex stands for.
///
/// Local authorities and health boards are drawn on the UK district map (`HexMap.ukLocalAuthorityDistricts2023File`):
/// an English county as its districts and a Welsh or Scottish health board as its councils (districts and councils from
/// the shipped area data), every hex of one area coloured by that area's value. ICBs are drawn on the ICB map
/// (`HexMap.nhsICB2022File`), joined through their ODS codes (`icbs.csv`, `icb22_ods_code`).
struct BatchMapLayer {
    /// What the map shows, as it reads in a title: "local authorities and health boards", "ICBs".
    var title: String
    var file: String
    var map: HexMap
    /// By hex code, where a hex does not stand for the area of its own code.
    var hexAreas: [String: HexMapChart.HexArea]
    /// Whether any area is drawn as its parts (a county as its districts), which the page then explains.
    var drawsParts: Bool { hexAreas.values.contains(where: \.isPart) }

    /// The layers for `areas` (every area asked for, planned or not): the district map for authorities and health
    /// boards, the ICB map for ICBs, each only when some area has a hex on it. `otherCodes` are codes asked for that
    /// the catalog lacks (a rejected row): drawn, without data, where the district map has a hex of that code.
    /// `unmapped` lists the codes that have no hex.
    static func layers(
        for areas: [PlanningArea], otherCodes: [String] = [], catalog: AreaCatalog, reference: ReferenceData
    ) throws(PlannerError) -> (layers: [BatchMapLayer], unmapped: [String]) {
        var districtHexes: [String: HexMapChart.HexArea] = [:]
        for code in otherCodes { districtHexes[code] = .init(code: code, isPart: false) }
        var icbHexes: [String: HexMapChart.HexArea] = [:]
        for area in areas {
            switch area.kind {
            case .localAuthority:
                if catalog.localAuthority(code: area.code)?.tier == .county {
                    for district in catalog.districts(of: area.code) { districtHexes[district.code] = .init(code: area.code, isPart: true) }
                } else {
                    districtHexes[area.code] = .init(code: area.code, isPart: false)
                }
            case .healthBoard:
                for council in catalog.healthBoard(code: area.code)?.laCodes ?? [] {
                    districtHexes[council] = .init(code: area.code, isPart: true)
                }
            case .icb:
                if let ods = catalog.icb(code: area.code)?.odsCode { icbHexes[ods] = .init(code: area.code, isPart: false) }
            }
        }
        var layers: [BatchMapLayer] = []
        if !districtHexes.isEmpty {
            let title = "local authorities" + (areas.contains { $0.kind == .healthBoard } ? " and health boards" : "")
            if let layer = try layer(title, file: HexMap.ukLocalAuthorityDistricts2023File, hexes: districtHexes, reference: reference) {
                layers.append(layer)
            }
        }
        if !icbHexes.isEmpty, let layer = try layer("ICBs", file: HexMap.nhsICB2022File, hexes: icbHexes, reference: reference) {
            layers.append(layer)
        }
        let drawn = Set(layers.flatMap { layer in layer.map.hexes.map { layer.hexAreas[$0.code]?.code ?? $0.code } })
        return (layers, (areas.map(\.code) + otherCodes).filter { !drawn.contains($0) })
    }

    /// The map in `file` cut down to `hexes`, or nil when none of them is on it; only hexes that stand for another
    /// code keep an entry in `hexAreas`.
    static func layer(
        _ title: String, file: String, hexes: [String: HexMapChart.HexArea], reference: ReferenceData
    ) throws(PlannerError) -> BatchMapLayer? {
        let full = try HexMap.load(file, from: reference)
        let kept = full.hexes.filter { hexes[$0.code] != nil }
        guard !kept.isEmpty else { return nil }
        let keptCodes = Set(kept.map(\.code))
        let hexAreas = hexes.filter { keptCodes.contains($0.key) && ($0.value.code != $0.key || $0.value.isPart) }
        return BatchMapLayer(title: title, file: file, map: HexMap(layout: full.layout, hexes: kept), hexAreas: hexAreas)
    }
}
