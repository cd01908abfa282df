import Foundation
import Testing

/// The recruitment options end to end: the phased example by hand, `--budget`, config errors, and the caseload cap
/// across the shipped English areas (Methodology §3.5, §3.7–§3.10).
@Suite struct RecruitmentCLITests {
    static let example = CLI.example("leeds-phased-budget.json")

    @Test func leedsAtFiveWTEAYearYearOneByHand() throws {
        // Leeds (need method, 16.84 WTE required, 4.45 existing; each role rounded up to 0.1: 17.0 costed, 12.55 to
        // recruit), at most 5 new WTE a year within £1,000,000 a year: 8.4 WTE (5, then 3.4). 2026/27, labour a team
        // £374,583.97 (the employer method's, as in leeds-joint-funded):
        //   existing 4.45 / 5.13 = 0.867446 teams × 374,583.97 = £324,931.51;
        //   new 5 / 5.13 = 0.974659 teams × 374,583.97 × 0.5 = £182,545.79; training 0.974659 × 11,077.50 = £10,796.78;
        //   total £518,274.08; babies 0.867446 × 150 + 0.974659 × 50 = 130.12 + 48.73 = 178.85 of 492.40:
        //   need not met 313.55, 36.3% seen.
        let result = runCLI(["plan", Self.example, "--format", "json"])
        #expect(result.code == 0, "\(result.stderr)")
        let area = (parseJSON(result.stdout)["areas"] as! [[String: Any]])[0]
        let year = (area["years"] as! [[String: Any]])[0]
        #expect(isClose(year["labourExistingGBP"] as! Double, 324_931.51))
        #expect(isClose(year["labourNewGBP"] as! Double, 182_545.79))
        #expect(isClose(year["trainingGBP"] as! Double, 10_796.78))
        #expect(isClose(year["totalGBP"] as! Double, 518_274.08))
        #expect(isClose(year["babiesSeen"] as! Double, 178.85, relativeTolerance: 1e-4))
        #expect(isClose(year["needNotMetBabies"] as! Double, 313.55, relativeTolerance: 1e-4))
        #expect(isClose(area["costedWTE"] as! Double, 17.0))
        let phased = (area["phasing"] as! [String: Any])["newWTEByYear"] as! [Double]
        #expect(isClose(phased[0], 5) && isClose(phased[1], 3.4) && phased[2] == 0)
        // Cost, babies and need change year by year.
        let years = area["years"] as! [[String: Any]]
        #expect(Set(years.map { $0["totalGBP"] as! Double }).count == 3)
        #expect(Set(years.map { $0["needNotMetBabies"] as! Double }).count == 3)
    }

    @Test func budgetOnTheCommandLineAnswersFirst() {
        let result = runCLI(["plan", Self.example, "--budget", "600000"])
        #expect(result.code == 0, "\(result.stderr)")
        let summary = result.stdout.components(separatedBy: "### Summary\n\n")[1].components(separatedBy: "\n")[0]
        // £600,000 a year: 2028/29 binds; 3.2 WTE (3.3 WTE would cost 0.867446 + 3.3/5.13 teams × £397,670.16 = £600,758).
        #expect(summary.hasPrefix("- **What £600,000 a year buys**: **3.20 new WTE**"), "\(summary)")
        #expect(summary.contains("need not met"))
        let low = runCLI(["plan", Self.example, "--budget", "300000"])
        #expect(low.stdout.contains("**£300,000 a year buys no new post**"))
        #expect(runCLI(["plan", Self.example, "--budget", "lots"]).code == 2)
    }

    @Test(arguments: [
        (#""phasing": {"maxNewWTEPerYer": 5}"#, "phasing.maxNewWTEPerYer", "maxNewWTEPerYear"),
        (#""phasing": {"maxNewWTEPerYear": -1}"#, "phasing.maxNewWTEPerYear", "greater than 0"),
        (#""phasing": {"newWTEByYear": [10, 10, 10]}"#, "phasing.newWTEByYear", "at most the gap"),
        (#""phasing": {"years": 4}"#, "phasing.years", "from 1 to 3"),
        (#""hiringIncrementWTE": 0"#, "hiringIncrementWTE", "at most 1"),
        (#""hiringIncrementWTE": 1.5"#, "hiringIncrementWTE", "at most 1"),
        (#""budget": [500000, 600000]"#, "budget", "3 amounts"),
        (#""budget": -5"#, "budget", "GBP"),
        (#""target": {"shareOfCaseloadSeen": 1.2, "byYear": "2028/29"}"#, "target.shareOfCaseloadSeen", "proportion"),
        (#""target": {"shareOfCaseloadSeen": 0.8, "byYear": "2030/31"}"#, "target.byYear", "plan years"),
        (#""target": {"shareOfCaseloadSeen": 1, "byYear": "2026/27", "maxNewWTEPerYear": 1}"#, "target", "2026/27"),
        (#""budget": 600000, "target": {"shareOfCaseloadSeen": 0.8, "byYear": "2028/29"}"#, "target", "not both"),
    ])
    func badRecruitmentIsAClearError(top: String, field: String, expected: String) {
        let config = areaConfig(#""population": 822483, "births": 8617, "existingWTE": 4.45"#, top: top)
        let path = writeConfig(config)
        let result = runCLI(["plan", path])
        #expect(result.code == 1, "\(result.stdout)")
        // file:line:col, the field path and what is expected.
        #expect(result.stderr.contains("\(path):"), "\(result.stderr)")
        #expect(result.stderr.contains(field), "\(result.stderr)")
        #expect(result.stderr.contains(expected), "\(result.stderr)")
    }

    @Test func unreachableTargetNamesTheCapAndTheEarliestYear() {
        // No risk groups: caseload 8,617 × 0.15 × 150/495 = 391.7 babies; needed 391.7 / 150 − 4.45 / 5.13 = 1.744 teams
        // = 8.95 WTE → 9.0 at 0.1. At 5 a year, 100% by 2027/28: 5 started in 2026/27, the other 4.0 × 3 = 12 WTE
        // would start in 2027/28, over the cap: no. By 2028/29: 4 + 5 started before it: yes.
        let config = areaConfig(
            #""population": 822483, "births": 8617, "existingWTE": 4.45"#,
            top: #""target": {"shareOfCaseloadSeen": 1, "byYear": "2027/28", "maxNewWTEPerYear": 5}"#)
        let result = runCLI(["plan", writeConfig(config)])
        #expect(result.code == 1)
        #expect(result.stderr.contains("by 2027/28 recruiting at most 5 new WTE a year cannot be reached"), "\(result.stderr)")
        #expect(result.stderr.contains("the earliest plan year it could be reached by is 2028/29"), "\(result.stderr)")
        // 80% by 2028/29 at 6 a year is reachable: the cheapest phasing is reported first.
        let ok = runCLI([
            "plan",
            writeConfig(
                areaConfig(
                    #""population": 822483, "births": 8617, "existingWTE": 4.45"#,
                    top: #""target": {"shareOfCaseloadSeen": 0.8, "byYear": "2028/29", "maxNewWTEPerYear": 6}"#)),
        ])
        #expect(ok.code == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("- **Target: 80.0% of the caseload seen by 2028/29, at most 6 new WTE a year**: the cheapest phasing"))
    }

    @Test func coverageMethodNeverSeesMoreThanTheCaseloadInAnyEnglishArea() throws {
        let scenario = writeConfig(#"{"version": 1, "sizingMethod": "coverage"}"#, name: "coverage.json")
        let result = runCLI(["batch", "--areas", "england", "--scenario", scenario, "--format", "jsonl"])
        #expect(result.code == 0 || result.code == 1, "\(result.stderr)")
        var areas = 0
        var spare = 0
        for line in result.stdout.split(separator: "\n") {
            let row = parseJSON(String(line))
            guard let years = (row["area"] as? [String: Any] ?? row)["years"] as? [[String: Any]],
                let caseload = (row["area"] as? [String: Any] ?? row)["specialistCaseload"] as? Double
            else { continue }
            areas += 1
            for year in years {
                #expect((year["babiesSeen"] as! Double) <= caseload * (1 + 1e-12))
                if (year["spareCapacityTeams"] as! Double) > 0 { spare += 1 }
            }
        }
        #expect(areas >= 150)
        // Before the cap 52 English areas' babies seen exceeded their caseload: their capacity is now spare.
        #expect(spare > 0)
    }
}
