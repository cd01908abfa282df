import Foundation
import Testing

/// `areaConfig` with `top` fields, whose own staffing model replaces the default one.
func onCostConfig(_ areaFields: String, top: String) -> String {
    let config = areaConfig(areaFields, top: top)
    guard top.contains("\"staffingModel\"") else { return config }
    return config.replacingOccurrences(of: "\"staffingModel\": \"spending-review-2021\",", with: "")
}

/// The on-cost method everywhere a config names it: the `onCosts` block and its defaults, roles with their own
/// employer or headcount, scenarios for `batch` and `compare`, `init`'s starter config, and rollouts.
@Suite struct OnCostConfigTests {
    static let area = "\"population\": 280000, \"births\": 3300"

    /// The first area of `plan --format json` on a one-area config with `top` fields.
    static func plannedArea(_ top: String) throws -> [String: Any] {
        let result = runCLI(["plan", writeConfig(onCostConfig(area, top: top)), "--format", "json"])
        #expect(result.code == 0, "\(result.stderr)")
        return try #require((parseJSON(result.stdout)["areas"] as? [[String: Any]])?.first)
    }

    static func roles(_ area: [String: Any]) -> [[String: Any]] {
        (area["staffingModel"] as? [String: Any])?["roles"] as? [[String: Any]] ?? []
    }

    static func post(_ role: [String: Any], _ key: String) -> Double? {
        number((role["posts"] as? [[String: Any]])?.first?[key])
    }

    @Test func aFlatRateKeepsTheFlatMethod() throws {
        // 2025/26 entry salaries 246,143.45 × 1.2 = 295,372.14, whether the rate is an assumption or in onCosts.
        for top in ["\"assumptions\": {\"onCostRate\": 0.2}", "\"onCosts\": {\"method\": \"flat\", \"rate\": 0.2}"] {
            let area = try Self.plannedArea(top)
            #expect((area["onCosts"] as? [String: Any])?["method"] as? String == "flat", "\(top)")
            #expect(number(area["labourPerTeamGBP"]) == 295_372.14, "\(top)")
            #expect(Self.roles(area).allSatisfy { ($0["posts"] as? [Any])?.isEmpty == true })
        }
        // A config asking for the employer method cannot also set a flat rate.
        let both = runCLI(
            [
                "plan",
                writeConfig(
                    onCostConfig(Self.area, top: "\"assumptions\": {\"onCostRate\": 0.2}, \"onCosts\": {\"method\": \"employer\"}")),
            ])
        #expect(
            both.code == 1
                && both.stderr.contains("onCosts.method: found \"employer\"; expected \"flat\" when assumptions.onCostRate is set"))
        // Flat at 002's 14% is still listed as this config's choice.
        let md = runCLI(["plan", writeConfig(onCostConfig(Self.area, top: "\"onCosts\": {\"method\": \"flat\"}"))]).stdout
        #expect(md.contains("| onCostRate | 0.14 | — | onCosts.method |"), "\(md)")
        #expect(md.contains("salaries £246,143 + 14% on-costs = **£280,604** a year"))
    }

    @Test func aRoleSecondedFromTheNHSKeepsTheNHSRates() throws {
        // A charity's team at 5% pension with the midwife seconded from an NHS employer in England.
        let area = try Self.plannedArea(
            "\"onCosts\": {\"employerType\": \"charity\", \"employerPensionRate\": 0.05}, \"staffingModel\": {\"base\": \"spending-review-2021\", \"employerTypes\": {\"midwife\": \"nhs-england\"}}"
        )
        let roles = Self.roles(area)
        let midwife = try #require(roles.first { $0["id"] as? String == "midwife" })
        let visitor = try #require(roles.first { $0["id"] as? String == "healthVisitor" })
        #expect(midwife["employerType"] as? String == "nhs-england" && visitor["employerType"] as? String == "charity")
        // Band 7 entry 47,810: NHS 14.38% = 6,875.08 + levy 38.25; the charity's 5% = 2,390.50 and no levy.
        #expect(Self.post(midwife, "employerPensionGBP") == 6_875.08 && Self.post(midwife, "pensionLevyGBP") == 38.25)
        #expect(Self.post(visitor, "employerPensionGBP") == 2_390.50 && Self.post(visitor, "pensionLevyGBP") == 0)
        #expect((area["onCosts"] as? [String: Any])?["employerType"] as? String == "charity")
    }

    @Test func aHeadcountSharesTheThresholdPerPerson() throws {
        // The midwife's 1.0 WTE as two people: each pays NI on 23,905 − 5,000, 2 × 2,835.75 = 5,671.50, £750 less.
        let area = try Self.plannedArea("\"staffingModel\": {\"base\": \"spending-review-2021\", \"headcounts\": {\"midwife\": 2}}")
        let midwife = try #require(Self.roles(area).first { $0["id"] as? String == "midwife" })
        let posts = try #require(midwife["posts"] as? [[String: Any]])
        #expect(posts.count == 1 && number(posts[0]["count"]) == 2 && number(posts[0]["wte"]) == 0.5)
        #expect(number(posts[0]["employerNIGBP"]) == 2_835.75 && number(midwife["headcount"]) == 2)
        // 314,157.32 − 750 − 0.01: the levy rounds per post too, 2 × 19.12 = 38.24, a penny under one post's 38.25.
        #expect(number(area["labourPerTeamGBP"]) == 313_407.31)
        let few = runCLI([
            "plan",
            writeConfig(
                onCostConfig(Self.area, top: "\"staffingModel\": {\"base\": \"spending-review-2021\", \"headcounts\": {\"midwife\": 0}}")),
        ])
        #expect(few.code == 1 && few.stderr.contains("staffingModel.headcounts.midwife: found 0; expected a whole number of people"))
    }

    @Test func yearsAfterTheLastShippedRulesCarryThemForwardWithAFinding() throws {
        let area = try Self.plannedArea("\"pay\": {\"year\": \"2025/26\"}")
        let findings = try #require(area["findings"] as? [[String: Any]])
        let carried = try #require(findings.first { $0["code"] as? String == "on-cost-rules-carried-forward" })
        let message = try #require(carried["message"] as? String)
        #expect(message.contains("for 2027/28, 2028/29 they are carried forward") && message.contains("until April 2031"))
        #expect(message.contains("2024 valuation") && message.contains("uncertain"))
        let taxYears = (area["onCosts"] as? [String: Any])?["taxYears"] as? [[String: Any]] ?? []
        #expect(taxYears.map { $0["carriedForward"] as? Bool } == [false, false, true, true])
        // Plan years the table covers raise none.
        let covered = runCLI(
            ["plan", writeConfig(areaConfig(Self.area).replacingOccurrences(of: "\"count\": 3", with: "\"count\": 1")), "--format", "json"])
        #expect(!covered.stdout.contains("on-cost-rules-carried-forward"))
    }

    @Test func batchAndCompareCarryTheMethodAndLabourParts() throws {
        let batch = runCLI(["batch", "--areas", "E08000035"])
        #expect(batch.code == 0, "\(batch.stderr)")
        let row = parseCSV(batch.stdout).first ?? [:]
        #expect(row["on_cost_method"] == "employer" && row["employer_type"] == "nhs-england")
        // The built-in scenario: the Spending Review 2021 team at 2025/26 entry points.
        #expect(row["labour_per_team_gbp"] == "314157.32" && row["labour_salaries_gbp"] == "246143.45")
        #expect(row["labour_employer_ni_gbp"] == "32421.52" && row["labour_employer_pension_gbp"] == "35592.35")
        #expect(batch.stderr.contains("on-costs by the employer method"))
        let scenario = writeConfig("{\"version\": 1, \"onCosts\": {\"method\": \"flat\"}}", name: "scenario.json")
        let compare = runCLI(["compare", "E08000035", "E08000004", "--scenario", scenario, "--format", "csv"])
        #expect(compare.code == 0, "\(compare.stderr)")
        #expect(compare.stdout.contains("on_cost_method") && compare.stdout.contains(",flat,,280603.53,"), "\(compare.stdout)")
        let local = writeConfig("{\"version\": 1, \"onCosts\": {\"employerType\": \"local-authority\"}}", name: "scenario.json")
        let refused = runCLI(["batch", "--areas", "E08000035", "--scenario", local])
        #expect(refused.code == 1 && refused.stderr.contains("onCosts.employerPensionRate: missing"), "\(refused.stderr)")
    }

    @Test func initStatesTheMethodAndEmployerType() throws {
        let starter = runCLI(["init", "--area", "E08000035"])
        #expect(starter.code == 0, "\(starter.stderr)")
        #expect(starter.stdout.contains("\"onCosts\": {\"method\": \"employer\", \"employerType\": \"nhs-england\"},"))
        #expect(starter.stdout.contains("The flat method (002's 14% of salary, 2021) is kept only to reproduce 002"))
        #expect(runCLI(["plan", writeConfig(starter.stdout)]).code == 0)
    }

    @Test func rolloutsNameTheMethod() throws {
        let rollout = CLI.run(["rollout", CLI.example("england-need-rollout.json")])
        #expect(rollout.code == 0, "\(rollout.err)")
        #expect(rollout.out.contains("on-costs by the employer method") && rollout.out.contains("on-cost-rules-carried-forward"))
        // The labour figure of 002's rollout already includes its on-costs.
        try RobustnessTests.expectError(
            "rollout",
            try RobustnessTests.example(
                "spending-review-2021-rollout.json",
                [
                    (
                        "{\"parameter\": \"spendingReview2021LabourPerTeamGBP\"}",
                        "{\"parameter\": \"spendingReview2021LabourPerTeamGBP\", \"onCosts\": {\"method\": \"employer\"}}"
                    )
                ]),
            ["labourPerTeam.onCosts: found an object", "\"onCosts\" only with \"staffingModel\""])
        // An on-cost rate override keeps a staffing-model rollout flat (Oldham's team at 2025/26 entry: 280,603.53 × 1.03).
        let flat = try RobustnessTests.example(
            "oldham-from-areas-rollout.json",
            [("\"kind\": \"rollout\",", "\"kind\": \"rollout\", \"assumptions\": {\"onCostRate\": 0.14},")])
        let dir = try CLI.temporaryDirectory()
        try FileManager.default.copyItem(
            atPath: CLI.example("oldham-metropolitan-borough.json"),
            toPath: dir.appendingPathComponent("oldham-metropolitan-borough.json").path)
        let path = try CLI.write(flat, name: "rollout.json", in: dir)
        let json = CLI.run(["rollout", path, "--format", "json"])
        #expect(json.code == 0, "\(json.err)")
        #expect(((try CLI.json(json.out))["onCosts"] as? [String: Any])?["method"] as? String == "flat")
        #expect(number(((try CLI.json(json.out))["labourPerTeam"] as? [String: Any])?["value"]) == 289_021.64)
    }
}
