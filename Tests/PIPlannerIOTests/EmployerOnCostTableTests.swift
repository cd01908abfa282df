import Foundation
import PIPlannerModel
import Testing

@testable import PIPlannerIO

@Suite struct EmployerOnCostTableTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let reference = try! ReferenceData.embedded()
    static let shippedText = reference.files[EmployerOnCostTable.file]!

    /// The shipped CSV with one more row (line 14).
    func withRow(_ item: String, _ years: String, _ value: String, unit: String = "proportion of earnings above the secondary threshold")
        -> String
    {
        Self.shippedText + CSVWriter.line([item, years, value, unit, "every UK employer", "test", "", "", ""]) + "\n"
    }

    /// The error loading `csv` gives, as printed; nil if it loads.
    func loadError(_ csv: String) -> String? {
        do {
            _ = try EmployerOnCostTable.load(csvText: csv, file: "test.csv", payScale: Self.reference.payScale)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func theShippedTableLoadsWithRangesExpanded() throws {
        let table = try EmployerOnCostTable.embedded()
        // 12 rows: NI rate 3 + threshold 3 + total 5 (2019/20-2023/24) + 3 (2024/25-2026/27) + NHS employer 8
        // + levy 8 (2019/20-2026/27) + Scotland 1 + Northern Ireland 1 = 32 figures.
        #expect(table.figures.count == 32)
        #expect(
            table.figures.filter { $0.item == .pensionNHSEmployerRate }.map(\.taxYear.label) == [
                "2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "2024/25", "2025/26", "2026/27",
            ])
        #expect(table.firstTaxYear?.label == "2024/25" && table.lastShippedTaxYear?.label == "2026/27")
        let rules = try #require(table.rules(forTaxYear: "2025/26").rules)
        #expect(rules.figures.map(\.value) == [0.15, 5_000, 0.237, 0.1438, 0.0008])
        #expect(rules.pensionNHSEmployerRate.yearsAsWritten == "2019/20-2026/27")
        #expect(rules.pensionNHSEmployerRate.line == 10)
        #expect(rules.niRate.citation.contains("delphiniaccounting.co.uk") && rules.niRate.quality == "secondary (stored page copy)")
        #expect(rules.figure(.pensionSchemeTotalRateNorthernIreland)?.value == 0.232)
    }

    @Test func pastTheLastShippedYearIsCarriedForwardAndFlagged() throws {
        let table = try EmployerOnCostTable.embedded()
        let lookup = table.rules(forTaxYear: "2027/28")
        #expect(lookup.isCarriedForward)
        let rules = try #require(lookup.rules)
        #expect(rules.carriedForward.count == 5 && rules.carriedForward.allSatisfy { $0.taxYear.label == "2026/27" })
        #expect(rules.niSecondaryThresholdGBP.note.contains("held at 5000 until April 2031"))
        #expect(rules.pensionSchemeTotalRate.note.contains("2024 valuation sets a rate from 1 April 2027"))
        #expect(table.rules(forTaxYear: "2026/27").isCarriedForward == false)
    }

    /// Leeds' labour for one team from the shipped files alone: staffing model, 2025/26 top pay points (the
    /// example's `pay`), the 2025/26 on-cost rules for an NHS employer in England. The figures are worked post by
    /// post in `EmployerOnCostRuleTests.leedsRoles`: salaries £284,291 + NI £38,144 + pension £41,108 = £363,543.
    @Test func leedsTeamLabourFromTheShippedFiles() throws {
        let example = try String(contentsOf: Self.root.appendingPathComponent("Examples/leeds-joint-funded.json"), encoding: .utf8)
        guard case .object(let top) = try JSONParser.parse(example).value,
            case .object(let pay)? = top.first(where: { $0.key == "pay" })?.value.value
        else { throw CancellationError() }
        let payText = pay.map { member -> String in
            if case .string(let s) = member.value.value { return "\(member.key)=\(s)" }
            return member.key
        }
        #expect(payText == ["year=2025/26", "point=top"])

        let model = try #require(Self.reference.staffingModel("spending-review-2021"))
        let rules = try #require(try EmployerOnCostTable.embedded().rules(forTaxYear: "2025/26").rules)
        let rates = try EmployerOnCostRatesRule.resolve(rules: rules, employerType: .nhsEngland).get().rates
        let roles = try model.roles.map { role in
            let band = try #require(role.band)
            let top = try #require(Self.reference.payScale.points(year: "2025/26", band: band).last)
            return EmployerOnCostRule.RoleInput(wte: role.wte, annualSalaryGBP: top.annualSalaryGBP, rates: rates)
        }
        #expect(roles.map(\.annualSalaryGBP) == [88_682, 74_896, 54_710, 54_710, 46_580, 30_162])
        let team = EmployerOnCostRule.teamCost(roles)
        #expect(team.salary == Money(pence: 28_429_066))
        #expect(team.employerNI == Money(pence: 3_814_360))
        #expect(team.pensionWithLevy == Money(pence: 4_110_843))
        #expect(
            [team.salary, team.employerNI, team.pensionWithLevy, team.total].map(NumberFormat.gbp) == [
                "£284,291", "£38,144", "£41,108", "£363,543",
            ])
    }

    @Test func textInAValueIsRefused() {
        let message = loadError(withRow("employer_class1_ni_rate", "2027/28", "fifteen percent"))
        #expect(message?.hasPrefix("test.csv:14: error: value: found \"fifteen percent\"") == true)
        #expect(message?.contains("a proportion from 0 to 1") == true)
        #expect(loadError(withRow("employer_class1_ni_rate", "2027/28", "")) != nil)
        #expect(loadError(withRow("employer_class1_ni_rate", "2027/28", "nan"))?.contains("test.csv:14:") == true)
    }

    @Test func aRateOutsideZeroToOneIsRefused() {
        let percent = loadError(withRow("employer_class1_ni_rate", "2027/28", "15"))
        #expect(percent?.contains("test.csv:14: error: value: found \"15\"; expected a proportion from 0 to 1") == true)
        #expect(percent?.contains("did you mean 0.15?") == true)
        let negative = loadError(withRow("nhs_pension_administration_levy", "2027/28", "-0.0008", unit: "proportion of pensionable pay"))
        #expect(negative?.contains("test.csv:14: error: value: found \"-0.0008\"") == true)
    }

    @Test func aThresholdInPenceIsRefused() {
        // £5,000 written as 500000 pence: above every shipped salary (top of band 9, £125,637), so no post would pay NI.
        let message = loadError(withRow("employer_ni_secondary_threshold", "2027/28", "500000", unit: "GBP a year per employee"))
        #expect(message?.contains("test.csv:14: error: value: found \"500000\"") == true)
        #expect(message?.contains("below the highest salary in the pay scales (£125,637)") == true)
        #expect(message?.contains("pence where pounds are meant? 5000 pounds") == true)
        #expect(loadError(withRow("employer_ni_secondary_threshold", "2027/28", "-1", unit: "GBP a year per employee")) != nil)
    }

    @Test func aUnitOfTheWrongKindIsRefused() {
        let message = loadError(withRow("employer_ni_secondary_threshold", "2027/28", "5000", unit: "pence a year per employee"))
        #expect(
            message?.contains("test.csv:14: error: unit: found \"pence a year per employee\"; expected a unit beginning \"GBP\"") == true)
    }

    @Test func badYearsAreRefused() {
        for years in ["2027-28", "2027/29", "2028/29-2027/28", "2027/28-", "2027/28-2028/29-2029/30", ""] {
            let message = loadError(withRow("employer_class1_ni_rate", years, "0.15"))
            #expect(message?.contains("test.csv:14: error: tax_or_scheme_year:") == true, "\(years): \(message ?? "loaded")")
        }
        // A range is expanded year by year.
        let table = try? EmployerOnCostTable.load(
            csvText: withRow("employer_class1_ni_rate", "2027/28-2029/30", "0.15"), file: "test.csv", payScale: Self.reference.payScale)
        #expect(
            table?.figures.filter { $0.item == .niRate }.map(\.taxYear.label) == [
                "2024/25", "2025/26", "2026/27", "2027/28", "2028/29", "2029/30",
            ])
    }

    @Test func anUnknownItemIsRefusedWithTheNearest() {
        let message = loadError(withRow("employer_class1_ni_rat", "2027/28", "0.15"))
        #expect(message?.contains("test.csv:14: error: item: found \"employer_class1_ni_rat\"") == true)
        #expect(message?.contains("did you mean \"employer_class1_ni_rate\"?") == true)
    }

    @Test func aYearGivenTwiceIsRefused() {
        let message = loadError(withRow("employer_class1_ni_rate", "2025/26", "0.15"))
        #expect(
            message?.contains("test.csv:14: error: tax_or_scheme_year: employer_class1_ni_rate for 2025/26 is also given on line 3") == true
        )
    }

    @Test func aMissingColumnOrFigureIsRefused() {
        let noNote = Self.shippedText.replacingOccurrences(of: ",note\n", with: "\n")
        #expect(loadError(noNote) == "test.csv: error: missing column \"note\"")
        // Without the NI threshold no year has every figure.
        let header = Self.shippedText.split(separator: "\n", omittingEmptySubsequences: false)[0]
        let noThreshold =
            ([header] + Self.shippedText.split(separator: "\n").dropFirst().filter { !$0.hasPrefix("employer_ni_secondary_threshold") })
            .joined(separator: "\n")
        #expect(loadError(noThreshold)?.contains("no tax year has every figure the employer method needs") == true)
    }

    @Test func aReferenceDirectoryIsNamedInMessages() throws {
        // The table loads with the rest of the reference data: a directory without it is refused, named.
        var files = Self.reference.files
        files[EmployerOnCostTable.file] = nil
        #expect(throws: PlannerError.referenceData(file: "/data/ref/on-costs/employer_on_costs_uk.csv", message: "missing from /data/ref"))
        {
            try ReferenceData(files: files, origin: "/data/ref")
        }
        #expect(try EmployerOnCostTable.load(from: Self.reference) == Self.reference.employerOnCosts)
    }
}
