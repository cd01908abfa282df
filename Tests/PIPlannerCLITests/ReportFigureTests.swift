import Foundation
import Testing

/// The figures a report quotes in its prose are the plan's own assumptions, so a config's override shows in the text.
@Suite struct ReportFigureTests {
    let area = "\"population\": 560000, \"births\": 6600"

    @Test func overriddenReferencePopulationShowsInTheMarkdown() {
        let config = areaConfig(
            area, top: "\"sizingMethod\": \"coverage\", \"assumptions\": {\"referencePopulation\": 200000, \"payGrowthRate\": 0.025}")
        let result = runCLI(["plan", writeConfig(config)])
        #expect(result.code == 0, "\(result.stderr)")
        let md = result.stdout
        // 560,000 / 200,000 = 2.8 teams by coverage.
        #expect(md.contains("| Coverage (population ÷ 200,000) | 2.80 |"), "\(md)")
        #expect(
            md.contains("It follows the one-team-per-200,000 ratio (002, except `assumptions.referencePopulation` set by this config)."))
        // The reference value appears only where the override is listed, not in the prose.
        #expect(!md.contains("one-team-per-280,000") && !md.contains("÷ 280,000"))
        #expect(md.contains("| referencePopulation | 200,000 | 280,000 | assumptions.referencePopulation |"))
        #expect(md.contains("salaries grow +2.5% a year"))
    }

    @Test func referenceFiguresAreCitedToTheirSource() {
        let result = runCLI(["plan", writeConfig(areaConfig(area, top: "\"sizingMethod\": \"coverage\""))])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("It follows the published one-team-per-280,000 ratio (002)."))
        #expect(result.stdout.contains("training in their second (002)."))
        #expect(result.stdout.contains("salaries grow +3% a year"))
    }
}
