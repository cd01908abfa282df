import PIPlannerModel
import Testing

@testable import PIPlannerIO

@Suite struct AxisTicksTests {
    @Test func costAxisTicksAreRoundSteps() {
        // Leeds' largest year, £1,162,526: a range of 2 × 10⁶ in four steps gives steps of £500,000.
        let ticks = AxisTicks.nice(minimum: 0, maximum: 1_162_526)
        #expect(ticks.values == [0, 500_000, 1_000_000, 1_500_000])
        #expect(ticks.step == 500_000)
    }

    @Test func smallRangesGetDecimalSteps() {
        #expect(AxisTicks.nice(minimum: 0, maximum: 4.35).values == [0, 1, 2, 3, 4, 5])
        // 0.1 to 0.25: steps of 0.05, with no floating-point noise in the values.
        #expect(AxisTicks.nice(minimum: 0.1, maximum: 0.25).values == [0.1, 0.15, 0.2, 0.25])
        #expect(AxisTicks.nice(minimum: 0, maximum: 492.4).values == [0, 100, 200, 300, 400, 500])
    }

    @Test func ticksCoverNegativeRanges() {
        let ticks = AxisTicks.nice(minimum: -3, maximum: 7)
        #expect(ticks.lower <= -3 && ticks.upper >= 7)
        #expect(ticks.values.contains(0))
        #expect(zip(ticks.values, ticks.values.dropFirst()).allSatisfy { $1 - $0 == ticks.step })
    }

    @Test func anEmptyRangeStillHasAnAxis() {
        let zeros = AxisTicks.nice(minimum: 0, maximum: 0)
        #expect(zeros.lower == 0 && zeros.upper == 1)
        let constant = AxisTicks.nice(minimum: 5, maximum: 5)
        #expect(constant.lower < 5 && constant.upper > 5)
        let nonFinite = AxisTicks.nice(minimum: .nan, maximum: .infinity)
        #expect(nonFinite.values.allSatisfy { $0.isFinite })
    }

    @Test func tickLabelsAreShort() {
        #expect(ValueStyle.gbp.tick(0, step: 500_000) == "£0")
        #expect(ValueStyle.gbp.tick(1_500_000, step: 500_000) == "£1.5m")
        #expect(ValueStyle.gbp.tick(250_000, step: 50_000) == "£250k")
        #expect(ValueStyle.gbp.tick(750, step: 250) == "£750")
        #expect(ValueStyle.percent(decimals: 1).tick(0.15, step: 0.05) == "15%")
        #expect(ValueStyle.number(decimals: 2).tick(2.5, step: 0.5) == "2.5")
        #expect(ValueStyle.number(decimals: 2).tick(2_000, step: 1_000) == "2,000")
    }

    @Test func valuesAreFormattedLikeTheMarkdownReport() {
        #expect(ValueStyle.gbp.format(3_022_670.75) == NumberFormat.gbp(Money(gbp: 3_022_670.75)))
        #expect(ValueStyle.number(decimals: 2).format(16.8377) == "16.84")
        #expect(ValueStyle.percent(decimals: 1).format(0.18857) == "18.9%")
    }

    @Test func linearScaleMapsTheDomainOntoTheRange() {
        let scale = LinearScale(domain: (0, 500), range: (300, 40))
        #expect(scale(0) == 300)
        #expect(scale(500) == 40)
        #expect(scale(250) == 170)
        #expect(LinearScale(domain: (1, 1), range: (0, 10))(1) == 5)
    }
}

@Suite struct ColourTests {
    @Test func sequentialScaleEndsAtTheRampsEnds() {
        let scale = ColourScale(minimum: 0, maximum: 10, classes: 5)
        #expect(scale.breaks.first == 0 && scale.breaks.last == 10)
        #expect(scale.colours.count == scale.breaks.count - 1)
        #expect(scale.colour(for: 0) == ChartPalette.sequential.first)
        #expect(scale.colour(for: 10) == ChartPalette.sequential.last)
        // Beyond the breaks, values fall in the end classes.
        #expect(scale.colour(for: -1) == ChartPalette.sequential.first)
        #expect(scale.colour(for: 99) == ChartPalette.sequential.last)
        #expect(scale.label(ofClass: 0, style: .number(decimals: 1)) == "0–2")
    }

    @Test func classesGetDarkerAsValuesRise() {
        let scale = ColourScale(minimum: 3, maximum: 97, classes: 5)
        let luminances = scale.colours.map { RGBColour(hex: $0).luminance }
        #expect(zip(luminances, luminances.dropFirst()).allSatisfy { $0 > $1 })
    }

    @Test func rampIsInterpolatedBetweenStops() {
        #expect(ChartPalette.sequential(at: 0) == "#ffffcc")
        #expect(ChartPalette.sequential(at: 1) == "#0c2c84")
        #expect(ChartPalette.sequential(at: 0.5) == ChartPalette.sequential[3])
        #expect(RGBColour(hex: "#000000").mixed(with: RGBColour(hex: "#ffffff"), 0.5).hex == "#808080")
    }

    @Test func textColourFollowsContrast() {
        #expect(RGBColour(hex: "#0072b2").prefersLightText)
        #expect(!RGBColour(hex: "#e69f00").prefersLightText)
        #expect(!RGBColour(hex: "#ffffcc").prefersLightText)
        #expect(ChartPalette.category(8) == ChartPalette.category(0))
    }
}

@Suite struct MarkupTests {
    @Test func escapesTheFiveCharacters() {
        #expect(Markup.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(Markup.escape("Leeds — £1,000 ½") == "Leeds — £1,000 ½")
    }

    @Test func interpolatedTextIsEscapedAndMarkupIsNot() {
        let name = "<script>alert(1)</script>"
        let inner: Markup = "<b>\(name)</b>"
        let outer: Markup = "<p title=\"\(name)\">\(inner)</p>"
        #expect(outer.text == "<p title=\"&lt;script&gt;alert(1)&lt;/script&gt;\"><b>&lt;script&gt;alert(1)&lt;/script&gt;</b></p>")
    }

    @Test func numbersAreWrittenAsCoordinates() {
        #expect(Markup.coordinate(12.5) == "12.5")
        #expect(Markup.coordinate(12) == "12")
        #expect(Markup.coordinate(1_234.567) == "1234.57")
        #expect(Markup.coordinate(-0.001) == "0")
        #expect(Markup.coordinate(.nan) == "0")
        let m: Markup = "<rect x=\"\(3.25)\" width=\"\(4)\"/>"
        #expect(m.text == "<rect x=\"3.25\" width=\"4\"/>")
    }

    @Test func textWrapsIntoLinesAndEllipsises() {
        let lines = SVG.wrap("Clinical psychologist / child psychotherapist, cluster lead across 3 teams", maxWidth: 140, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines[1].hasSuffix("…"))
        #expect(SVG.wrap("Social worker", maxWidth: 200, maxLines: 3) == ["Social worker"])
    }
}
