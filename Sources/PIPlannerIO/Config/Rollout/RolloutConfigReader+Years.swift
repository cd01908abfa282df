import Foundation
import PIPlannerModel

extension RolloutConfigReader {
    /// How `years` is read: the one financial-year list reader plan configs use, with the rollout's bound and wording.
    /// A year listed twice is left to the schedule check, which names both positions.
    static let yearsSpec = FinancialYearListSpec(
        field: "years", example: "2022/23", maxCount: RolloutConfigLoader.maxYears,
        expected: "an array of consecutive financial years like [\"2022/23\", \"2023/24\"], or {\"start\": \"2022/23\", \"count\": 4}",
        consecutiveReason: "rollout years must be consecutive: the pay-growth uplift counts years from the first",
        emptyExpected: "at least one rollout year", tooManyExpected: "at most \(RolloutConfigLoader.maxYears) years",
        repeatsLeftToCaller: true)

    /// `years`: an array of consecutive financial years, or `{"start", "count"}`, each entry kept where it was written.
    func readYears(_ node: JSONNode?, at location: SourceLocation) {
        yearList = r.financialYears(node, Self.yearsSpec, at: location)
        places.years = node?.location
        places.labels = yearList.labels
        places.yearEntries = yearList.entries.map(\.node.location)
    }

    /// The years as written (an unreadable entry as ""), so positions match the config.
    var labels: [String] { yearList.labels }

    /// The rollout years when every entry is a financial year (not necessarily consecutive: that is an issue).
    var years: [FinancialYear]? { yearList.allReadable ? yearList.entries.compactMap(\.year) : nil }

    /// The first rollout year, when every entry is a financial year.
    var firstYear: FinancialYear? { years?.first }
}
