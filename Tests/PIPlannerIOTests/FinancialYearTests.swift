import PIPlannerModel
import Testing

@testable import PIPlannerIO

@Suite struct FinancialYearTests {
    @Test func labelsReadDigitsOnly() {
        #expect(FinancialYear(label: "2025/26")?.startYear == 2025)
        #expect(FinancialYear(label: "2099/00")?.startYear == 2099)
        #expect(FinancialYear(label: "0000/01")?.startYear == 0)
        for text in ["2025/27", "2025", "-001/00", "+123/24", "2025/+6", "/2025/26", "2025//26", "2025/26/", "２０２５/26", "", "10000/01"] {
            #expect(FinancialYear(label: text) == nil, "\(text)")
        }
    }

    @Test func labelsKeepFourDigitsAndStopAt9999() {
        #expect(FinancialYear(startYear: 25)?.label == "0025/26")
        #expect(FinancialYear(startYear: 2009)?.label == "2009/10")
        #expect(FinancialYear(startYear: 9999)?.label == "9999/00")
        #expect(FinancialYear(startYear: 10_000) == nil)
        #expect(FinancialYear(startYear: -1) == nil)
        #expect(FinancialYear(label: "9999/00")?.next == nil)
        #expect(FinancialYear(label: "9998/99")?.next?.label == "9999/00")
        #expect(FinancialYear(label: "2025/26")?.offset(by: .max) == nil)
        #expect(FinancialYear(label: "0001/02")?.offset(by: -2) == nil)
    }

    @Test func yearsAndDistances() throws {
        let start = try #require(FinancialYear(label: "2026/27"))
        #expect(start.years(count: 3)?.map(\.label) == ["2026/27", "2027/28", "2028/29"])
        #expect(start.years(count: 0) == [])
        #expect(FinancialYear(label: "9998/99")?.years(count: 3) == nil)
        let earlier = try #require(FinancialYear(label: "2022/23"))
        #expect(FinancialYear.yearsBetween(earlier, start) == 4)
        #expect(FinancialYear.yearsBetween(start, earlier) == -4)
        #expect(earlier < start && "\(start)" == "2026/27")
    }

    @Test func oneReaderForYearLists() throws {
        let spec = PlanConfigLoader.planYearsSpec
        func read(_ json: String) throws -> (FinancialYearList, [String]) {
            let r = FieldReader(file: "f.json")
            let list = r.financialYears(try JSONParser.parse(json), spec, at: SourceLocation(line: 1, column: 1))
            return (list, r.issues.map(DiagnosticFormatter.terminal))
        }
        let (range, none) = try read("{\"start\": \"2026/27\", \"count\": 2}")
        #expect(range.years.map(\.label) == ["2026/27", "2027/28"] && none.isEmpty)
        // One year out of place is one message, at that year.
        let (gap, issues) = try read("[\"2026/27\", \"2028/29\", \"2029/30\"]")
        #expect(issues == ["f.json:1:13: error: planYears[1]: found \"2028/29\"; expected 2027/28 (plan years must be consecutive)"])
        #expect(gap.labels == ["2026/27", "2028/29", "2029/30"])
        let (_, repeated) = try read("[\"2026/27\", \"2026/27\"]")
        #expect(repeated.count == 1 && repeated[0].contains("expected 2027/28 (plan years must be consecutive)"))
        let (bad, signed) = try read("[\"+123/24\", 7]")
        #expect(signed.count == 2 && signed[0].contains("expected a financial year like \"2026/27\"") && signed[1].contains("a string"))
        #expect(bad.labels == ["+123/24", ""] && !bad.allReadable)
        let (_, late) = try read("{\"start\": \"9999/00\", \"count\": 2}")
        #expect(late.count == 1 && late[0].contains("a financial year from which 2 years have four-digit labels"))
    }
}
