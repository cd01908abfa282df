import Foundation
import Testing

/// Each plan in Examples/ has its expected Markdown and JSON output in Examples/expected/.
/// A change in output fails the test; re-record deliberately with `PIPLANNER_RECORD=1 swift test`.
@Suite struct ExampleGoldenTests {
    static let examples = [
        "oldham-metropolitan-borough", "leeds-joint-funded", "shropshire-rural-custom-team", "leeds-phased-budget",
    ]

    /// Runs the example and compares (or records) its output.
    func check(_ name: String, format: String, ext: String, extra: [String] = [], expected: String? = nil) throws {
        let config = packageRoot.appendingPathComponent("Examples/\(name).json").path
        let result = runCLI(["plan", config, "--format", format] + extra)
        #expect(result.code == 0, "\(result.stderr)")
        // Paths in the output are made relative to the package root so the files are portable.
        let output = result.stdout.replacingOccurrences(of: packageRoot.path + "/", with: "")
        let expectedURL = packageRoot.appendingPathComponent("Examples/expected/\(expected ?? name).\(ext)")
        if ProcessInfo.processInfo.environment["PIPLANNER_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: expectedURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try output.write(to: expectedURL, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        if output != expected {
            let outputLines = output.components(separatedBy: "\n")
            let expectedLines = expected.components(separatedBy: "\n")
            let firstDifference = zip(outputLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
            var where_ = " in length"
            if let d = firstDifference {
                where_ = " at line \(d.offset + 1):\n  expected: \(d.element.1)\n  actual:   \(d.element.0)"
            }
            Issue.record(
                Comment(
                    rawValue:
                        "Examples/expected/\(name).\(ext) differs from the output\(where_)\nIf the change is intended, re-record with PIPLANNER_RECORD=1 swift test --filter ExampleGoldenTests"
                ))
        }
    }

    @Test(arguments: examples) func markdown(_ name: String) throws {
        try check(name, format: "markdown", ext: "md")
    }

    @Test(arguments: examples) func json(_ name: String) throws {
        try check(name, format: "json", ext: "json")
    }

    /// Leeds with 1,000 draws at the default seed (Methodology §7): intervals, probabilities and the tornado.
    @Test func markdownWithDraws() throws {
        try check("leeds-joint-funded", format: "markdown", ext: "md", extra: ["--draws", "1000"], expected: "leeds-joint-funded-draws")
    }

    /// The same draws as CSV: the figures with their intervals, the probabilities and the tornado rows.
    @Test func csvWithDraws() throws {
        try check("leeds-joint-funded", format: "csv", ext: "csv", extra: ["--draws", "1000"], expected: "leeds-joint-funded-draws")
    }
}

/// What each example must show, checked independently of the golden files.
@Suite struct ExampleContentTests {
    func plan(_ name: String) throws -> [String: Any] {
        let result = runCLI(["plan", packageRoot.appendingPathComponent("Examples/\(name).json").path, "--format", "json"])
        #expect(result.code == 0, "\(result.stderr)")
        return try #require((parseJSON(result.stdout)["areas"] as? [[String: Any]])?.first)
    }

    func codes(_ area: [String: Any]) -> [String] {
        (area["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }

    @Test func oldhamUsesTheSpendingReviewTeam() throws {
        let area = try plan("oldham-metropolitan-borough")
        #expect((area["staffingModel"] as? [String: Any])?["id"] as? String == "spending-review-2021")
        // The shares init writes: s = 21,649 / 56,659 = 0.3820929 (CILIF FYE 2025); m = 17,820 / 577,046 × 448.9 / 332.9
        // = 0.0416421 (local-derived). Highest-risk, maltreatment (48%) first:
        // P = m × 0.48 + s × (1 − m) × 0.34 + (1 − m)(1 − s) × 0.15 = 0.0199882 + 0.1245018 + 0.0888264 = 0.2333164.
        let m = maltreatmentProxy(rate: 448.9)
        let s = 21_649.0 / 56_659.0
        #expect(isClose(m, 0.04164214336801663, relativeTolerance: 1e-12) && isClose(s, 0.38209287138848197, relativeTolerance: 1e-12))
        let p = m * 0.48 + s * (1 - m) * 0.34 + (1 - m) * (1 - s) * 0.15
        #expect(abs(p - 0.2333164) < 5e-7)
        #expect(isClose(area["prevalence"] as! Double, p, relativeTolerance: 1e-9))
        // 3,158 × 0.2333164 × (150/495) / 150 = 3,158 × 0.2333164 / 495 = 1.488512…
        #expect(isClose(area["needTeams"] as! Double, 3_158 * p / 495, relativeTolerance: 1e-9))
        let groups = try #require(area["riskGroups"] as? [[String: Any]])
        #expect(groups.map { $0["shareBasis"] as? String } == ["local", "local-derived"])
        #expect(codes(area).contains("camhs-no-under-2"))
    }

    @Test func leedsHasAnExistingTeamAndJointFunding() throws {
        let area = try plan("leeds-joint-funded")
        // Its share is IDACI 2019, as its lowIncomeMeasure says: the plan names the measure and year.
        let low = try #require((area["riskGroups"] as? [[String: Any]])?.first)
        #expect(low["shareYear"] as? String == "2019 (2015/16 data)" && low["shareBasis"] as? String == "config")
        #expect(area["population"] as? Double == 822_483)
        #expect(area["births"] as? Double == 8_617)
        #expect(area["existingWTE"] as? Double == 4.45)
        // P = 0.203 × 0.34 + 0.797 × 0.15 = 0.06902 + 0.11955 = 0.18857; need = 8,617 × 0.18857 / 495 = 3.28265…
        let need = 8_617 * 0.18857 / 495
        #expect(isClose(area["needTeams"] as! Double, need))
        // Gap = need × 5.13 − 4.45.
        #expect(isClose(area["gapWTE"] as! Double, need * 5.13 - 4.45))
        #expect((area["funding"] as? [[String: Any]])?.count == 2)
        #expect(!codes(area).contains("single-funder"))
        // Shares 0.6 + 0.4 = 1: nothing unfunded in any year.
        #expect((area["unfundedGBP"] as? [Double]) == [0, 0, 0])
        // What each funder gets: 60% and 40% of the babies seen over the three years.
        let babies = (area["babiesSeen"] as? [Double] ?? []).reduce(0, +)
        let funding = try #require(area["funding"] as? [[String: Any]])
        #expect(isClose(funding[0]["babiesSeenAttributed"] as! Double, 0.6 * babies, relativeTolerance: 1e-6))
        #expect(isClose(funding[1]["babiesSeenAttributed"] as! Double, 0.4 * babies, relativeTolerance: 1e-6))
    }

    @Test func shropshireHasACustomTeamAndASingleFunder() throws {
        let area = try plan("shropshire-rural-custom-team")
        let staffing = try #require(area["staffingModel"] as? [String: Any])
        #expect(staffing["id"] as? String == "shropshire-hub-and-spoke")
        // 1.0 + 0.6 + 1.5 + 1.0 + 0.6 = 4.7 WTE a team.
        #expect(isClose(staffing["teamWTE"] as! Double, 4.7))
        #expect(codes(area).contains("single-funder"))
        #expect((area["annualCostGBP"] as? [Double])?.count == 4)
    }
}
