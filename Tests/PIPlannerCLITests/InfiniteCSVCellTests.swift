import Foundation
import PIPlannerModel
import Testing

@testable import PIPlannerIO

/// An infinite percentile or mean in the CSVs is `inf` or `-inf`, which Python's csv module and `float` read back as
/// infinity, while an empty cell is a figure that does not apply (Methodology §7.3). The first two tests set the
/// summaries by hand, to reach `-inf` and cells not summarised, which no draw of the model gives; the last runs the
/// command line on a plan whose every draw sees no baby.
@Suite(.enabled(if: PythonCSV.python != nil || ProcessInfo.processInfo.environment["PIPLANNER_REQUIRE_BROWSER"] == "1"))
struct InfiniteCSVCellTests {
    /// A summary whose P90 and mean are infinite, as when more than a tenth of the draws see no baby.
    static let infiniteTop = Summary(p10: 2_000, p50: 3_000.125, p90: .infinity, mean: .infinity, count: 20)
    /// A summary whose P10 is minus infinity, to show the formula guard leaves "-inf" readable.
    static let infiniteBottom = Summary(p10: -.infinity, p50: -1.5, p90: 2.25, mean: -.infinity, count: 20)

    /// Python's reading of each cell of `csv`, keyed by header (text cells as `text:` and the cell).
    static func floats(_ csv: String) throws -> [[String: String]] {
        let table = try PythonCSV.read(csv, script: PythonCSV.floatScript)
        return table.rows.map { Dictionary(uniqueKeysWithValues: zip(table.header, $0)) }
    }

    @Test func thePlanCSVWritesInfAndLeavesWhatDoesNotApplyEmpty() throws {
        let reference = try ReferenceData.embedded()
        let plan = try PlanConfigLoader(reference: reference).load(path: CLI.example("leeds-joint-funded.json"))
        let results = plan.areas.map { AreaPlanner.plan($0.input, assumptions: $0.assumptions) }
        var run = try UncertaintyRun.run(
            plan.areas.map { ($0.input, $0.assumptions) }, settings: plan.uncertainty, request: UncertaintyRequest(drawCount: 20, seed: 1))
        run.result.areas[0].summaries[DrawOutput.costPerBabySeenGBP.rawValue] = Self.infiniteTop
        run.result.areas[0].summaries[DrawOutput.gapWTE.rawValue] = Self.infiniteBottom
        run.result.areas[0].summaries[DrawOutput.needTeams.rawValue] = .notSummarised
        let rows = try Self.floats(PlanCSVRenderer.render(plan: plan, results: results, reference: reference, uncertainty: run))
        let perBaby = try #require(rows.first { $0["figure"] == "text:costPerBabySeenGBP" })
        // Money to the penny: 3,000.125 is exact in binary, a true half penny, away from zero → 3000.13.
        #expect([perBaby["p10"], perBaby["p50"], perBaby["p90"], perBaby["mean"]] == ["2000.0", "3000.13", "inf", "inf"])
        let gap = try #require(rows.first { $0["figure"] == "text:gapWTE" })
        #expect([gap["p10"], gap["p50"], gap["p90"], gap["mean"]] == ["-inf", "-1.5", "2.25", "-inf"])
        // Not summarised: empty, which float refuses, so it is not read as a number.
        let teams = try #require(rows.first { $0["figure"] == "text:needTeams" })
        #expect([teams["p10"], teams["p50"], teams["p90"], teams["mean"]] == ["text:", "text:", "text:", "text:"])
    }

    @Test func theBatchIntervalCellsWriteInfAndLeaveWhatWasNotSummarisedEmpty() throws {
        var summaries = [Summary](repeating: Summary(p10: 1, p50: 2, p90: 3, mean: 2, count: 20), count: DrawOutput.count(years: 0))
        summaries[DrawOutput.costPerBabySeenGBP.rawValue] = Self.infiniteTop
        summaries[DrawOutput.gapWTE.rawValue] = Self.infiniteBottom
        summaries[DrawOutput.totalCostGBP.rawValue] = .notSummarised
        summaries[DrawOutput.workforceCovers.rawValue] = Summary(p10: 0, p50: 0, p90: 1, mean: 0.25, count: 20)
        let u = AreaUncertainty(summaries: summaries, yearCount: 0, heldIDs: [], draws: nil, drawCount: 20)
        let csv = CSVWriter.document(header: BatchUncertaintyColumns.header(years: []), rows: [BatchUncertaintyColumns.cells(u, years: [])])
        let row = try #require(try Self.floats(csv).first)
        #expect(
            [row["cost_per_baby_seen_gbp_p10"], row["cost_per_baby_seen_gbp_p50"], row["cost_per_baby_seen_gbp_p90"]] == [
                "2000.0", "3000.13", "inf",
            ])
        #expect([row["gap_wte_p10"], row["gap_wte_p50"], row["gap_wte_p90"]] == ["-inf", "-1.5", "2.25"])
        #expect([row["total_cost_gbp_p10"], row["total_cost_gbp_p50"], row["total_cost_gbp_p90"]] == ["text:", "text:", "text:"])
        #expect(row["need_teams_p50"] == "2.0" && row["probability_workforce_covers_need"] == "0.25")
    }

    /// End to end, as a user runs it: Leeds recruiting nothing with no existing team sees no baby in any draw, so
    /// every draw's cost per baby seen is infinite and each statistic is `inf` (it once came out NaN, an empty cell,
    /// from the interpolation ∞ − ∞); at point values the cost per baby does not apply, an empty cell.
    @Test func aPlanThatSeesNoBabyGivesAnInfiniteCostPerBabyInEveryStatistic() throws {
        let config = try RobustnessTests.example(
            "leeds-phased-budget.json",
            [
                ("\"phasing\": {\"maxNewWTEPerYear\": 5},", "\"phasing\": {\"newWTEByYear\": [0, 0, 0]},"),
                ("\"budget\": 1000000,", ""), ("\"existingWTE\": 4.45,", "\"existingWTE\": 0,"),
            ])
        let result = CLI.run(["plan", try CLI.write(config, name: "no-recruitment.json"), "--draws", "50", "--format", "csv"])
        #expect(result.code == 0, "\(result.err)")
        let perBaby = try #require(try Self.floats(result.out).first { $0["figure"] == "text:costPerBabySeenGBP" })
        #expect(
            [perBaby["value"], perBaby["p10"], perBaby["p50"], perBaby["p90"], perBaby["mean"]] == ["text:", "inf", "inf", "inf", "inf"])
    }
}
