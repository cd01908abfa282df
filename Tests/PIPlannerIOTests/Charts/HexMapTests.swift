import Foundation
import Testing

@testable import PIPlannerIO

@Suite struct HexMapTests {
    static let widthAtRadius10 = 10 * 3.0.squareRoot()

    /// Three hexes: two side by side in row 0, one in row 1 (odd, so pushed right), one in row −1 (odd too).
    static let small = """
        {"layout": "odd-r", "hexes": {
          "B": {"n": "Bee", "q": 1, "r": 0}, "A": {"n": "Ay", "q": 0, "r": 0},
          "C": {"n": "Sea", "q": 0, "r": 1}, "D": {"q": 0, "r": -1}
        }}
        """

    func centre(_ code: String, in placed: [HexMap.Placed]) -> (x: Double, y: Double)? {
        placed.first { $0.hex.code == code }.map { ($0.x, $0.y) }
    }

    @Test func oddRowsArePushedRightAndRowsCountUpwards() throws {
        let map = try HexMap.parse(Self.small, file: "small.hexjson")
        #expect(map.layout == .oddR)
        #expect(map.hexes.map(\.code) == ["A", "B", "C", "D"])
        #expect(map.hexes.first { $0.code == "D" }?.name == "D", "a hex without a name is named by its code")
        let placed = map.placed(radius: 10)
        let w = Self.widthAtRadius10
        // Row 1 is the top (highest r), at y = radius; each row down adds 1.5 radii.
        let a = try #require(centre("A", in: placed))
        #expect(isClose(a.x, 0.5 * w) && isClose(a.y, 25))
        let b = try #require(centre("B", in: placed))
        #expect(isClose(b.x, 1.5 * w) && isClose(b.y, 25))
        let c = try #require(centre("C", in: placed))
        #expect(isClose(c.x, 1.0 * w) && isClose(c.y, 10))
        // −1 is odd as well: pushed right like row 1.
        let d = try #require(centre("D", in: placed))
        #expect(isClose(d.x, 1.0 * w) && isClose(d.y, 40))
        let size = map.size(radius: 10)
        #expect(isClose(size.width, 2.5 * w) && isClose(size.height, 50))
    }

    @Test func hexCornersArePointyTopped() {
        let corners = HexMap.corners(x: 0, y: 0, radius: 10)
        #expect(corners.count == 6)
        #expect(isClose(corners[0].x, 0) && isClose(corners[0].y, -10))
        #expect(isClose(corners[1].x, Self.widthAtRadius10 / 2) && isClose(corners[1].y, -5))
        #expect(isClose(corners[3].x, 0) && isClose(corners[3].y, 10))
    }

    @Test func theShippedUKMapHasEveryDistrictOnItsOwnHex() throws {
        let reference = try ReferenceData.embedded()
        let map = try HexMap.load(HexMap.ukLocalAuthorityDistricts2023File, from: reference)
        #expect(map.hexes.count == 361)
        #expect(Set(map.hexes.map(\.code)).count == 361)
        #expect(Set(map.hexes.map { "\($0.q),\($0.r)" }).count == 361, "two areas share a hex")
        let placed = map.placed(radius: 10)
        // Leeds (8, 16) and Bradford (7, 16) are neighbours in an even row; Hartlepool (8, 18) sits over the gap
        // between Stockton-on-Tees (7, 17) and Middlesbrough (8, 17) in the odd row below it.
        let leeds = try #require(centre("E08000035", in: placed))
        let bradford = try #require(centre("E08000032", in: placed))
        #expect(isClose(leeds.x - bradford.x, Self.widthAtRadius10) && isClose(leeds.y, bradford.y))
        let hartlepool = try #require(centre("E06000001", in: placed))
        let stockton = try #require(centre("E06000004", in: placed))
        let middlesbrough = try #require(centre("E06000002", in: placed))
        #expect(isClose(hartlepool.x, (stockton.x + middlesbrough.x) / 2))
        #expect(isClose(stockton.y - hartlepool.y, 15))
        // Shetland is the northernmost hex, so the top row.
        let shetland = try #require(centre("S12000027", in: placed))
        #expect(isClose(shetland.y, 10))
    }

    @Test func theShippedICBMapIsKeyedByODSCode() throws {
        let map = try HexMap.load(HexMap.nhsICB2022File, from: ReferenceData.embedded())
        #expect(map.hexes.count == 42)
        #expect(map.hexes.contains { $0.code == "QT6" })
    }

    @Test func brokenMapsFailWithTheFileNamed() {
        #expect(throws: PlannerError.self) { try HexMap.parse("{\"layout\": \"odd-q\", \"hexes\": {}}", file: "q.hexjson") }
        #expect(throws: PlannerError.self) {
            try HexMap.parse("{\"layout\": \"odd-r\", \"hexes\": {\"A\": {\"q\": 0.5, \"r\": 0}}}", file: "a.hexjson")
        }
        #expect(throws: PlannerError.self) { try HexMap.parse("{\"layout\": ", file: "cut.hexjson") }
        let error = #expect(throws: PlannerError.self) { try HexMap.parse("[]", file: "list.hexjson") }
        #expect(error?.description.hasPrefix("list.hexjson: error") == true)
    }

    @Test func mapChartColoursHexesAndMarksMissingOnes() throws {
        let map = try HexMap.parse(Self.small, file: "small.hexjson")
        let chart = HexMapChart.render(
            .init(
                id: "m", title: "Teams per 100,000 births", map: map, values: ["A": 0, "B": 10, "C": 5], names: ["C": "<Sea>"],
                measureLabel: "Teams per 100,000 births", style: .number(decimals: 1)))
        let svg = chart.svg.text
        #expect(svg.components(separatedBy: "<polygon class=\"hex\"").count == 5)
        #expect(svg.contains("fill=\"\(ChartPalette.sequential.first!)\"><title>Ay (A): 0.0</title>"))
        #expect(svg.contains("fill=\"\(ChartPalette.sequential.last!)\"><title>Bee (B): 10.0</title>"))
        #expect(svg.contains("<title>&lt;Sea&gt; (C): 5.0</title>"))
        #expect(svg.contains("fill=\"url(#m-nodata)\"><title>D (D): no data</title>"))
        #expect(svg.contains(">no data</text>"), "the legend explains the hatched hexes")
        #expect(svg.contains("role=\"img\"") && svg.contains("<title>Teams per 100,000 births</title>"))
        // Ranked highest first; no data last, without a rank.
        let table = chart.table.text
        let order = ["Bee", "&lt;Sea&gt;", "Ay", ">D<"].map { table.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
    }

    func isClose(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 * max(1, abs(a), abs(b)) }
}
