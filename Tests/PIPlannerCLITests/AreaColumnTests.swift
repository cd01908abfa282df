import Foundation
import Testing

/// `batch` and `compare` print their area columns from one table: a column they share reads the same in both.
@Suite struct AreaColumnTests {
    @Test func batchAndCompareCSVAgreeOnEverySharedColumn() throws {
        let codes = ["E08000035", "E08000003", "E06000052", "E54000008", "W06000015"]
        let batch = runCLI(["batch", "--areas", codes.joined(separator: ","), "--format", "csv"])
        let compare = runCLI(["compare"] + codes + ["--format", "csv"])
        #expect(batch.code == 0, "\(batch.stderr)")
        #expect(compare.code == 0, "\(compare.stderr)")
        let batchRows = parseCSV(batch.stdout)
        let compareRows = parseCSV(compare.stdout)
        let shared = Set(try #require(batchRows.first).keys).intersection(try #require(compareRows.first).keys)
        #expect(
            shared.isSuperset(of: [
                "births_per_year", "birth_rate_per_1000", "idaci2019_rate", "infants_at_risk_per_year", "total_cost_gbp",
            ]))
        for code in codes {
            let b = try #require(batchRows.first { $0["code"] == code })
            let c = try #require(compareRows.first { $0["code"] == code })
            for column in shared.sorted() {
                #expect(b[column] == c[column], "\(code) \(column): batch \(b[column] ?? "nil"), compare \(c[column] ?? "nil")")
            }
        }
    }
}
