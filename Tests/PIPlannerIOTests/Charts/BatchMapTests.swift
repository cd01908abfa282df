import Foundation
import Testing

@testable import PIPlannerIO

/// The batch map: counties drawn as their districts, health boards as their councils, ICBs through their ODS
/// codes; the chart titles a part by its area and ranks areas, not hexes; the classes are fine enough to read.
@Suite struct BatchMapTests {
    static func areas(_ set: AreaSet, _ catalog: AreaCatalog) -> [PlanningArea] { catalog.planningAreas(in: set) }

    @Test func everyUKPlanningAreaHasAtLeastOneHex() throws {
        let catalog = try AreaCatalog.embedded()
        let reference = try ReferenceData.embedded()
        let (layers, unmapped) = try BatchMapLayer.layers(for: Self.areas(.all, catalog), catalog: catalog, reference: reference)
        #expect(unmapped.isEmpty, "no hex for \(unmapped)")
        let layer = try #require(layers.first)
        #expect(layers.count == 1 && layer.map.hexes.count == 361 && layer.drawsParts)
        let drawn = Set(layer.map.hexes.map { layer.hexAreas[$0.code]?.code ?? $0.code })
        #expect(drawn.count == 218)
        // Cambridge is drawn for Cambridgeshire, a part of it; Leeds for itself.
        #expect(layer.hexAreas["E07000008"] == HexMapChart.HexArea(code: "E10000003", isPart: true))
        #expect(layer.hexAreas["E08000035"] == nil)
    }

    @Test func icbsJoinThroughODSAndHealthBoardsThroughTheirCouncils() throws {
        let catalog = try AreaCatalog.embedded()
        let reference = try ReferenceData.embedded()
        let icbs = try BatchMapLayer.layers(for: Self.areas(.icbs, catalog), catalog: catalog, reference: reference)
        #expect(icbs.unmapped.isEmpty && icbs.layers.count == 1)
        #expect(icbs.layers[0].file == HexMap.nhsICB2022File && icbs.layers[0].map.hexes.count == 42)
        #expect(icbs.layers[0].hexAreas["QT6"] == HexMapChart.HexArea(code: "E54000036", isPart: false))
        let boards = try BatchMapLayer.layers(for: Self.areas(.healthBoards, catalog), catalog: catalog, reference: reference)
        #expect(boards.unmapped.isEmpty && boards.layers[0].map.hexes.count == 54)
        #expect(boards.layers[0].hexAreas["W06000023"] == HexMapChart.HexArea(code: "W11000024", isPart: true))
        #expect(boards.layers[0].map.hexes.allSatisfy { !$0.code.hasPrefix("E") && !$0.code.hasPrefix("N") })
        // An ICB and a council together: both maps.
        let mixed = [try #require(catalog.planningArea(code: "E54000054")), try #require(catalog.planningArea(code: "E08000035"))]
        #expect(
            try BatchMapLayer.layers(for: mixed, catalog: catalog, reference: reference).layers.map(\.file).sorted()
                == [
                    HexMap.nhsICB2022File, HexMap.ukLocalAuthorityDistricts2023File,
                ].sorted())
    }

    @Test func partsAreTitledByTheirAreaAndTheTableRanksAreas() throws {
        let map = try HexMap.parse(HexMapTests.small, file: "small.hexjson")
        let chart = HexMapChart.render(
            .init(
                id: "m", title: "t", map: map, values: ["K": 7, "C": 5], names: ["K": "Kounty", "C": "<Sea>"],
                hexAreas: ["A": .init(code: "K", isPart: true), "B": .init(code: "K", isPart: true)], measureLabel: "Measure",
                style: .number(decimals: 1)))
        let svg = chart.svg.text
        #expect(svg.contains("<title>Ay, part of Kounty (K): 7.0</title>") && svg.contains("<title>Bee, part of Kounty (K): 7.0</title>"))
        #expect(svg.contains("<title>&lt;Sea&gt; (C): 5.0</title>"))
        let table = chart.table.text
        #expect(table.components(separatedBy: "Kounty").count == 2, "a county is one row of the table")
        #expect(!table.contains(">Ay<") && table.contains(">K<"))
    }

    @Test func classBreaksAreFineEnoughToRead() {
        // Steps of 5 would give three classes; 2.5 gives six.
        let scale = ColourScale(minimum: 30.9, maximum: 44.7, classes: 5)
        #expect(scale.breaks == [30, 32.5, 35, 37.5, 40, 42.5, 45])
        #expect(ColourScale(minimum: 0, maximum: 10, classes: 5).breaks == [0, 2, 4, 6, 8, 10])
        #expect(ColourScale(minimum: 0.15, maximum: 0.21, classes: 5).breaks == [0.14, 0.16, 0.18, 0.2, 0.22])
        #expect(ColourScale(minimum: 5, maximum: 5, classes: 5).colours.count >= 1)
    }

    @Test func onlyOverlongWordsGetBreakOpportunities() {
        #expect(HTMLDocument.breakingLongWords("Kingston upon Hull, City of").text == "Kingston upon Hull, City of")
        let injected = HTMLDocument.breakingLongWords("<script>document.title='PWNED'</script>").text
        #expect(injected == "&lt;script&gt;document.tit<wbr>le=&#39;PWNED&#39;&lt;/script&gt;", "a break after 20 characters")
        #expect(injected.replacingOccurrences(of: "<wbr>", with: "") == Markup.escape("<script>document.title='PWNED'</script>"))
    }
}
