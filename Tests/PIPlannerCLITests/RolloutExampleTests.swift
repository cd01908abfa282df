import Foundation
import PIPlannerCLI
import Testing

/// 002's published cells (002_da9a53b1ef711f3f.txt, Breakdown of spending), by year 2022/23 … 2025/26.
enum Published002 {
    static let labels = ["2022/23", "2023/24", "2024/25", "2025/26"]
    static let labourFull = [9_507_392.0, 19_585_227, 34_041_572, 52_464_367]
    static let labourNew = [4_753_696.0, 6_732_422, 8_447_353, 0]
    static let training = [443_100.0, 808_763, 1_016_505, 334_163]
    static let development = [500_000.0, 1_000_000, 1_000_000, 0]
    static let totals = [15_204_187.0, 28_126_411, 44_505_430, 52_798_529]
    static let spendingReviewTotal = 87_836_029.0
    static let childrenSeen = [8_000.0, 14_750, 23_600, 30_300]
}

@Suite("piplanner rollout: the 2021 Spending Review example")
struct RolloutExampleTests {
    static let example = CLI.example("spending-review-2021-rollout.json")

    @Test("JSON output reproduces every cell of 002's table within £5, children seen exactly")
    func reproduces002() throws {
        let result = CLI.run(["rollout", Self.example, "--format", "json"])
        #expect(result.code == 0, "\(result.err)")
        let doc = try CLI.json(result.out)
        #expect(doc["schema"] as? String == "piplanner.rollout")
        #expect(number(doc["schemaVersion"]) == 1)
        let years = try #require(doc["years"] as? [[String: Any]])
        #expect(years.map { $0["year"] as? String } == Published002.labels)
        func within5(_ value: Any?, _ published: Double, _ what: String) {
            let v = number(value)
            #expect(v.map { abs($0 - published) <= 5 } == true, "\(what): \(v.map { String($0) } ?? "missing") vs 002's \(published)")
        }
        for (i, year) in years.enumerated() {
            let label = Published002.labels[i]
            within5(year["labourFullyOperatingGBP"], Published002.labourFull[i], "labour fully operating \(label)")
            within5(year["labourComingIntoOperationGBP"], Published002.labourNew[i], "labour coming into operation \(label)")
            within5(year["trainingGBP"], Published002.training[i], "training \(label)")
            within5(year["totalGBP"], Published002.totals[i], "total \(label)")
            #expect(number(year["childrenSeen"]) == Published002.childrenSeen[i], "children seen \(label)")
            if Published002.development[i] > 0 {
                within5(year["developmentGBP"], Published002.development[i], "development \(label)")
            } else {
                #expect(year["developmentGBP"] is NSNull, "no development programme in \(label)")
            }
        }
        #expect(years.map { number($0["teamsFullyOperating"]) } == [40, 80, 135, 202])
        #expect(years.map { number($0["teamsComingIntoOperation"]) } == [40, 55, 67, 0])
        let span = try #require(doc["spanTotal"] as? [String: Any])
        #expect(span["years"] as? [String] == Array(Published002.labels.prefix(3)))
        within5(span["totalGBP"], Published002.spendingReviewTotal, "total for the Spending Review period")
        #expect(number(span["childrenSeen"]) == 46_350)
        #expect((doc["findings"] as? [Any])?.isEmpty == true)
        #expect((doc["overrides"] as? [Any])?.isEmpty == true)
    }

    @Test("money in the JSON has exactly two decimals")
    func moneyTwoDecimals() {
        let result = CLI.run(["rollout", Self.example, "--format", "json"])
        #expect(result.out.contains("\"labourFullyOperatingGBP\": 9507392.00"))
        #expect(result.out.contains("\"trainingGBP\": 808762.50"))
    }

    /// Rollout examples with golden output in Examples/expected/: (example, format, expected file).
    static let goldens: [(example: String, format: String, expected: String)] = [
        ("spending-review-2021-rollout.json", "markdown", "spending-review-2021-rollout.md"),
        ("spending-review-2021-rollout.json", "csv", "spending-review-2021-rollout.csv"),
        ("england-need-rollout.json", "markdown", "england-need-rollout.md"),
    ]

    @Test("output matches its golden file in Examples/expected/", arguments: goldens.map(\.expected))
    func golden(_ expected: String) throws {
        let golden = try #require(Self.goldens.first { $0.expected == expected })
        try Golden.check(CLI.run(["rollout", CLI.example(golden.example), "--format", golden.format]), against: golden.expected)
    }

    @Test("CSV opens cleanly: header with units, equal columns, plain numbers")
    func csvOpensCleanly() throws {
        let result = CLI.run(["rollout", Self.example, "--format", "csv"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.hasSuffix("\n"))
        let lines = result.out.split(separator: "\n").map(String.init)
        let header = try #require(lines.first).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(header == ["line_item", "unit"] + Published002.labels + ["total_2022/23_to_2024/25"])
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == 8)
        #expect(
            rows.map { $0[0] } == [
                "teams_fully_operating", "labour_fully_operating", "teams_coming_into_operation", "labour_coming_into_operation",
                "training", "development_programme", "total", "children_seen",
            ])
        for row in rows {
            #expect(row.count == header.count, "row \(row[0]) has \(row.count) columns, header \(header.count)")
            #expect(row.count > 1 && !row[1].isEmpty, "row \(row[0]) has a unit")
            for cell in row.dropFirst(2) where !cell.isEmpty {
                #expect(Double(cell) != nil, "row \(row[0]): '\(cell)' is not a plain number")
                #expect(!cell.contains(",") && !cell.contains("£") && !cell.contains("\""), "row \(row[0]): '\(cell)'")
            }
            if row.count > 1 && row[1] == "GBP" {
                for cell in row.dropFirst(2) where !cell.isEmpty {
                    #expect(cell.split(separator: ".").last?.count == 2, "money '\(cell)' has two decimals")
                }
            }
        }
        let total = try #require(rows.first { $0[0] == "total" })
        #expect(abs((Double(total[6]) ?? 0) - Published002.spendingReviewTotal) <= 5)
        // Teams fully operating are a stock: no span total; no development amount in 2025/26.
        #expect(rows[0][6] == "")
        #expect(rows[5][5] == "")
    }

    @Test("Markdown has 002's rows, a span-total column and the report sections")
    func markdownLayout() {
        let md = CLI.run(["rollout", Self.example]).out
        #expect(md.contains("| Year | 2022/23 | 2023/24 | 2024/25 | 2025/26 | Total for SR period 2022/23–2024/25 |"))
        #expect(md.contains("| Number of teams operating fully from 1 April that year | 40 | 80 | 135 | 202 | — |"))
        #expect(md.contains("| Children seen per year | 8,000 | 14,750 | 23,600 | 30,300 | 46,350 |"))
        for section in ["## Assumptions used", "## Figures overridden by this config", "## Findings", "## Audit trail"] {
            #expect(md.contains(section), "missing \(section)")
        }
    }

    @Test("--output writes the report atomically and never over the config")
    func outputFile() throws {
        let dir = try CLI.temporaryDirectory()
        let target = dir.appendingPathComponent("rollout.csv").path
        let written = CLI.run(["rollout", Self.example, "--format", "csv", "--output", target])
        #expect(written.code == 0, "\(written.err)")
        #expect(written.out.isEmpty)
        let onStdout = CLI.run(["rollout", Self.example, "--format", "csv"]).out
        #expect(try String(contentsOfFile: target, encoding: .utf8) == onStdout)
        let overwrite = CLI.run(["rollout", Self.example, "--output", Self.example])
        #expect(overwrite.code == 2)
        #expect(overwrite.err.contains("never overwrites an input"))
    }

    @Test("validate accepts the rollout examples")
    func validateRollout() {
        let result = CLI.run([
            "validate", Self.example, CLI.example("england-202-teams-derived-rollout.json"), CLI.example("oldham-from-areas-rollout.json"),
            CLI.example("england-need-rollout.json"),
        ])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("ok (rollout, 4 years)"))
    }
}

/// Golden-file comparison; `PIPLANNER_RECORD=1` re-records instead of comparing.
enum Golden {
    /// `rerecord` names the suite to re-record with in the hint.
    static func check(_ result: CLI.Result, against name: String, rerecord suite: String = "RolloutExampleTests") throws {
        #expect(result.code == 0, "\(result.err)")
        // The config is passed by absolute path; make the output independent of where the package lives.
        let actual = result.out.replacingOccurrences(of: CLI.packageRoot.path + "/", with: "")
        let url = CLI.packageRoot.appendingPathComponent("Examples/expected").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PIPLANNER_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let hint =
            "if the change is intended, re-record with `PIPLANNER_RECORD=1 swift test --filter \(suite)` and review `git diff Examples/expected`"
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("golden file Examples/expected/\(name) is missing; \(hint)")
            return
        }
        if actual != expected {
            let a = actual.components(separatedBy: "\n")
            let e = expected.components(separatedBy: "\n")
            let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            let got = line < a.count ? a[line] : "(end of output)"
            let want = line < e.count ? e[line] : "(end of file)"
            Issue.record(
                "output differs from Examples/expected/\(name) at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n\(hint)")
        }
    }
}
