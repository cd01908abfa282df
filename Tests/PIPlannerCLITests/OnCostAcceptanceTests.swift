import Foundation
import PIPlannerIO
import Testing

/// Issue 13's acceptance: labour as employers pay it, checked through the command line. Leeds' one team costs
/// £363,543 a year at 2025/26 top points (salaries £284,291 + NI £38,144 + pension £41,108), post by post from the
/// staged rates; a config that cannot be costed says which field to supply; a rate or threshold in the wrong unit is
/// refused naming its field. (002's rollout, still within £5 a cell, is `RolloutExampleTests`.)
@Suite struct OnCostAcceptanceTests {
    /// The staged on-cost table as shipped (`ReferenceData/on-costs/employer_on_costs_uk.csv`, copied unchanged).
    static let staged = CSVTable.parse(
        try! String(contentsOf: CLI.packageRoot.appendingPathComponent("ReferenceData/on-costs/employer_on_costs_uk.csv"), encoding: .utf8))

    /// The staged value of `item` for a tax year, read from the file's row whose year or range covers it.
    static func stagedRate(_ item: String, _ year: String) throws -> Double {
        let (itemColumn, yearColumn, valueColumn) = (staged.column("item")!, staged.column("tax_or_scheme_year")!, staged.column("value")!)
        let start = { (label: Substring) in Int(label.prefix(4)) ?? -1 }
        let wanted = start(Substring(year))
        let row = try #require(
            staged.rows.first { row in
                let years = row.fields[yearColumn].split(separator: "-")
                return row.fields[itemColumn] == item && start(years[0]) <= wanted && wanted <= start(years[years.count - 1])
            }, "\(item) for \(year)")
        return try #require(Double(row.fields[valueColumn]))
    }

    /// Pence, rounded half away from zero (as the plan rounds each post's figures).
    static func pence(_ gbp: Double) -> Int64 { Int64((gbp * 100).rounded(.toNearestOrAwayFromZero)) }

    @Test func leedsOneTeamPostByPostFromTheStagedRates() throws {
        let result = CLI.run(["plan", CLI.example("leeds-joint-funded.json"), "--format", "json"])
        #expect(result.code == 0, "\(result.err)")
        let area = try #require((try CLI.json(result.out)["areas"] as? [[String: Any]])?.first)
        let ni = try Self.stagedRate("employer_class1_ni_rate", "2025/26")
        let threshold = try Self.stagedRate("employer_ni_secondary_threshold", "2025/26")
        let pension = try Self.stagedRate("nhs_pension_employer_rate_paid_by_nhs_employer", "2025/26")
        let levy = try Self.stagedRate("nhs_pension_administration_levy", "2025/26")
        #expect([ni, threshold, pension, levy] == [0.15, 5_000, 0.1438, 0.0008])

        let roles = try #require((area["staffingModel"] as? [String: Any])?["roles"] as? [[String: Any]])
        // 2025/26 top of each band (the example's "pay": {"point": "top"}).
        #expect(roles.compactMap { number($0["annualSalaryGBP"]) } == [88_682, 74_896, 54_710, 54_710, 46_580, 30_162])
        var totals: (salary: Int64, ni: Int64, pension: Int64) = (0, 0, 0)
        for role in roles {
            #expect(role["employerType"] as? String == "nhs-england")
            let salary = try #require(number(role["annualSalaryGBP"]))
            let wte = try #require(number(role["wtePerTeam"]))
            let posts = try #require(role["posts"] as? [[String: Any]])
            // Every role of the team is at most 1.0 WTE: one post each.
            #expect(posts.count == 1 && number(posts[0]["count"]) == 1 && number(posts[0]["wte"]) == wte)
            let pay = salary * wte
            let expected = (
                pay: Self.pence(pay), ni: Self.pence(ni * max(0, pay - threshold)), pension: Self.pence(pension * pay),
                levy: Self.pence(levy * pay)
            )
            let post = posts[0]
            #expect(number(post["salaryGBP"]).map(Self.pence) == expected.pay, "\(role["id"] ?? "")")
            #expect(number(post["employerNIGBP"]).map(Self.pence) == expected.ni, "\(role["id"] ?? "")")
            #expect(number(post["employerPensionGBP"]).map(Self.pence) == expected.pension, "\(role["id"] ?? "")")
            #expect(number(post["pensionLevyGBP"]).map(Self.pence) == expected.levy, "\(role["id"] ?? "")")
            totals = (totals.salary + expected.pay, totals.ni + expected.ni, totals.pension + expected.pension + expected.levy)
        }
        // 284,290.66 + 38,143.60 + (40,881.00 + 227.43) = 363,542.69.
        #expect(totals.salary == 28_429_066 && totals.ni == 3_814_360 && totals.pension == 4_110_843)
        let team = try #require(area["labourPerTeamBreakdownGBP"] as? [String: Any])
        #expect(number(team["salaryGBP"]) == 284_290.66 && number(team["employerNIGBP"]) == 38_143.60)
        #expect(number(team["employerPensionGBP"]) == 40_881.00 && number(team["pensionLevyGBP"]) == 227.43)
        #expect(number(area["labourPerTeamGBP"]) == 363_542.69)
        #expect((area["onCosts"] as? [String: Any])?["method"] as? String == "employer")

        let markdown = CLI.run(["plan", CLI.example("leeds-joint-funded.json")]).out
        #expect(markdown.contains("salaries £284,291 + employer NI £38,144 + pension £41,108 + other £0 = **£363,543** a year"))
        #expect(!markdown.contains("£324,091"), "the flat method's 284,290.66 × 1.14")
    }

    @Test func theSpendingReviewPresetStaysFlat() throws {
        // 002's method: labour = salaries × 1.14, listed under the overrides as the preset's.
        let config = areaConfig("\"population\": 280000, \"births\": 3300", top: "\"preset\": \"spending-review-2021\"")
        let result = runCLI(["plan", writeConfig(config), "--format", "json"])
        #expect(result.code == 0, "\(result.stderr)")
        let document = parseJSON(result.stdout)
        let area = try #require((document["areas"] as? [[String: Any]])?.first)
        #expect((area["onCosts"] as? [String: Any])?["method"] as? String == "flat")
        #expect(number(area["labourPerTeamGBP"]) == 280_603.53)
        #expect(area["recommendedMethod"] as? String == "coverage")
        let overrides = try #require(document["overrides"] as? [[String: Any]])
        #expect(overrides.contains { $0["id"] as? String == "onCostRate" && number($0["value"]) == 0.14 })
    }

    @Test func anEmployerWithoutAShippedRateMustSupplyIt() throws {
        for (type, why) in [
            ("local-authority", "Local Government Pension Scheme"), ("charity", "differs from charity to charity"),
            ("nhs-scotland", "0.225 for 2024/25"), ("other", "no shipped rate"),
        ] {
            let config = areaConfig("\"population\": 280000, \"births\": 3300", top: "\"onCosts\": {\"employerType\": \"\(type)\"}")
            let result = runCLI(["plan", writeConfig(config)])
            #expect(result.code == 1 && result.stdout.isEmpty, "\(type)")
            for fragment in [
                "onCosts.employerPensionRate: missing", "the pension contribution rate the employer pays (employer type \"\(type)\")",
                "as a proportion of pensionable pay (e.g. 0.2 for 20%)", why,
            ] {
                #expect(result.stderr.contains(fragment), "\(type): \(result.stderr)")
            }
        }
        // A role with its own employer names its own field.
        let custom =
            "\"staffingModel\": {\"name\": \"T\", \"roles\": [{\"id\": \"lead\", \"band\": \"8b\", \"wte\": 1, \"employerType\": \"local-authority\"}]}"
        let role = runCLI(["plan", writeConfig(onCostConfig("\"population\": 280000, \"births\": 3300", top: custom))])
        #expect(role.code == 1 && role.stderr.contains("staffingModel.roles[0].employerPensionRate: missing"), "\(role.stderr)")
        #expect(role.stderr.contains("the employer of role 'lead'"))
        // Given, it is used: 8b 64,455: NI 8,918.25 + pension 0.2 × 64,455 = 12,891 and no levy: 86,264.25.
        let given = custom.replacingOccurrences(of: "\"local-authority\"", with: "\"local-authority\", \"employerPensionRate\": 0.2")
        let costed = runCLI(["plan", writeConfig(onCostConfig("\"population\": 280000, \"births\": 3300", top: given)), "--format", "json"])
        #expect(costed.code == 0, "\(costed.stderr)")
        #expect(number((parseJSON(costed.stdout)["areas"] as? [[String: Any]])?.first?["labourPerTeamGBP"]) == 86_264.25)
    }

    @Test(arguments: [
        ("\"employerPensionRate\": -0.1", "onCosts.employerPensionRate: found -0.1; expected a proportion between 0 and 1"),
        ("\"employerPensionRate\": 1.5", "onCosts.employerPensionRate: found 1.5; expected a proportion between 0 and 1"),
        (
            "\"employerPensionRate\": 20",
            "onCosts.employerPensionRate: found 20; expected a proportion between 0 and 1 (e.g. 0.15 for 15%)\n  note: a percentage? did you mean 0.2?"
        ),
        ("\"pensionLevyRate\": -0.0008", "onCosts.pensionLevyRate: found -0.0008; expected a proportion between 0 and 1"),
        (
            "\"otherRate\": 5",
            "onCosts.otherRate: found 5; expected a proportion between 0 and 1 (e.g. 0.15 for 15%)\n  note: a percentage? did you mean 0.05?"
        ),
        (
            "\"niRate\": 15",
            "onCosts.niRate: found 15; expected a proportion between 0 and 1 (e.g. 0.15 for 15%)\n  note: a percentage? did you mean 0.15?"
        ),
        (
            "\"niSecondaryThresholdGBP\": 500000",
            "onCosts.niSecondaryThresholdGBP: found 500000; expected GBP a year per employee, below the highest salary in the pay scales (£125,637), or no post pays NI\n  note: pence where pounds are meant? 5000 pounds"
        ),
        (
            "\"niSecondaryThresholdGBP\": -5000",
            "onCosts.niSecondaryThresholdGBP: found -5000; expected a number of GBP a year per employee, 0 or more"
        ),
        ("\"method\": \"flat\", \"rate\": -0.14", "onCosts.rate: found -0.14; expected a proportion between 0 and 1"),
    ])
    func aRateOrThresholdInTheWrongUnitIsRefusedNamingItsField(onCosts: String, message: String) {
        let config = areaConfig("\"population\": 280000, \"births\": 3300", top: "\"onCosts\": {\(onCosts)}")
        let result = runCLI(["plan", writeConfig(config)])
        #expect(result.code == 1 && result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func aThresholdInPenceInReferenceDataIsRefusedNamingTheFileLineAndColumn() throws {
        let dir = try RobustnessTests.referenceData("on-costs/employer_on_costs_uk.csv") {
            $0.replacingOccurrences(
                of: "employer_ni_secondary_threshold,2025/26,5000,", with: "employer_ni_secondary_threshold,2025/26,500000,")
        }
        let result = CLI.run(["plan", CLI.example("leeds-joint-funded.json"), "--reference-data", dir.path])
        #expect(result.code == 1 && result.out.isEmpty)
        #expect(
            result.err.contains("on-costs/employer_on_costs_uk.csv:6: error: value: found \"500000\""),
            "\(result.err)")
        #expect(result.err.contains("pence where pounds are meant? 5000 pounds"))
    }

    @Test func theEmployerMethodNeedsYearsFrom2024To25() {
        let top = "\"pay\": {\"year\": \"2023/24\", \"point\": \"entry\"}"
        let early = areaConfig("\"population\": 280000, \"births\": 3300", top: top)
            .replacingOccurrences(of: "{\"start\": \"2026/27\", \"count\": 3}", with: "[\"2023/24\", \"2024/25\"]")
        let result = runCLI(["plan", writeConfig(early)])
        #expect(result.code == 1)
        #expect(result.stderr.contains("pay.year: found \"2023/24\"; expected a pay year from 2024/25 under the employer on-cost method"))
        #expect(result.stderr.contains("planYears: found an array of 2; expected years from 2024/25"), "\(result.stderr)")
        #expect(result.stderr.contains("cost earlier years with \"onCosts\": {\"method\": \"flat\"}"))
        let flat = early.replacingOccurrences(of: top, with: top + ", \"onCosts\": {\"method\": \"flat\"}")
        #expect(runCLI(["plan", writeConfig(flat)]).code == 0)
    }
}
