import PIPlannerModel

/// How one config field listing financial years is read (`planYears` in a plan config or scenario, `years` in a
/// rollout config): either an array of consecutive labels or `{"start": "2026/27", "count": 3}`.
public struct FinancialYearListSpec: Sendable {
    /// The field, e.g. "planYears".
    public var field: String
    /// An example label for messages, e.g. "2026/27".
    public var example: String
    /// Input sanity bound on the number of years (not a planning figure).
    public var maxCount: Int
    /// What the field must be, for a missing field or one of the wrong type.
    public var expected: String
    /// Why the years must be consecutive, after the year expected: "plan years must be consecutive".
    public var consecutiveReason: String
    /// The message for an empty array, e.g. "at least one plan year".
    public var emptyExpected: String
    /// The message for too long an array, e.g. "at most 15 plan years".
    public var tooManyExpected: String
    /// Whether a year listed twice is left to the caller: a rollout's schedule check reports it naming both positions,
    /// where a plan reports it here as a year out of sequence.
    public var repeatsLeftToCaller: Bool

    public init(
        field: String, example: String, maxCount: Int, expected: String, consecutiveReason: String, emptyExpected: String,
        tooManyExpected: String, repeatsLeftToCaller: Bool = false
    ) {
        self.field = field
        self.example = example
        self.maxCount = maxCount
        self.expected = expected
        self.consecutiveReason = consecutiveReason
        self.emptyExpected = emptyExpected
        self.tooManyExpected = tooManyExpected
        self.repeatsLeftToCaller = repeatsLeftToCaller
    }
}

/// The financial years a config lists, as read: each entry where it was written, and the years accepted.
public struct FinancialYearList: Sendable {
    /// One year as written: an array item, or a year expanded from `{"start", "count"}` (whose node is the object).
    public struct Entry: Sendable {
        /// The text written; nil when the item is not a string.
        public var text: String?
        /// The year; nil when the text is not a financial-year label.
        public var year: FinancialYear?
        public var node: JSONNode
    }

    /// Every entry in written order, readable or not, so that positions match the config's.
    public var entries: [Entry] = []
    /// The years read without a problem, in order.
    public var years: [FinancialYear] = []

    /// Each entry's text ("" where it is not a string), by position.
    public var labels: [String] { entries.map { $0.text ?? "" } }

    /// Whether there is at least one entry and every entry is a financial year.
    public var allReadable: Bool { !entries.isEmpty && entries.allSatisfy { $0.year != nil } }
}

extension FieldReader {
    /// A financial-year label such as "2026/27" at `path`: reports a non-string, or a string that is not a label
    /// (expected "a financial year like \"`example`\"").
    public func financialYear(_ node: JSONNode, _ path: String, example: String) -> FinancialYear? {
        guard let text = string(node, path) else { return nil }
        guard let year = FinancialYear(label: text) else {
            report(node, path, expected: "a financial year like \"\(example)\"")
            return nil
        }
        return year
    }

    /// The financial years in the field `spec.field` (`node`, nil when absent), every problem reported; `location` is
    /// where to report the field missing.
    public func financialYears(_ node: JSONNode?, _ spec: FinancialYearListSpec, at location: SourceLocation) -> FinancialYearList {
        guard let node else {
            missing(spec.field, expected: spec.expected, at: location)
            return FinancialYearList()
        }
        switch node.value {
        case .array(let items): return yearArray(items, node: node, spec)
        case .object: return yearRange(node, spec)
        default:
            report(node, spec.field, expected: spec.expected)
            return FinancialYearList()
        }
    }

    private func yearArray(_ items: [JSONNode], node: JSONNode, _ spec: FinancialYearListSpec) -> FinancialYearList {
        var list = FinancialYearList()
        for (i, item) in items.enumerated() {
            let path = "\(spec.field)[\(i)]"
            let previous = list.entries.last?.year
            guard let text = string(item, path) else {
                list.entries.append(.init(text: nil, year: nil, node: item))
                continue
            }
            let year = FinancialYear(label: text)
            let seen = list.entries.contains { $0.text == text }
            list.entries.append(.init(text: text, year: year, node: item))
            guard let year else {
                report(item, path, expected: "a financial year like \"\(spec.example)\"")
                continue
            }
            if spec.repeatsLeftToCaller && seen { continue }
            // Checked against the item before (when that is a year): one year out of place is one message.
            if let previous, previous.next != year {
                report(item, path, expected: "\(previous.next?.label ?? "the next year") (\(spec.consecutiveReason))")
                continue
            }
            list.years.append(year)
        }
        if items.isEmpty { report(node, spec.field, expected: spec.emptyExpected) }
        if items.count > spec.maxCount { report(node, spec.field, expected: spec.tooManyExpected) }
        return list
    }

    private func yearRange(_ node: JSONNode, _ spec: FinancialYearListSpec) -> FinancialYearList {
        let countExpected = "a whole number of years from 1 to \(spec.maxCount)"
        guard let f = object(node, spec.field, allowed: ["start", "count"]) else { return FinancialYearList() }
        guard let startNode = f["start"] else {
            missing("\(spec.field).start", expected: "a financial year like \"\(spec.example)\"", at: node.location)
            return FinancialYearList()
        }
        guard let countNode = f["count"] else {
            missing("\(spec.field).count", expected: countExpected, at: node.location)
            return FinancialYearList()
        }
        guard let start = financialYear(startNode, "\(spec.field).start", example: spec.example) else { return FinancialYearList() }
        guard let count = number(countNode, "\(spec.field).count"), count == count.rounded(), count >= 1, count <= Double(spec.maxCount)
        else {
            report(countNode, "\(spec.field).count", expected: countExpected)
            return FinancialYearList()
        }
        let years = (0..<Int(count)).compactMap { start.offset(by: $0) }
        if years.count < Int(count) {
            report(
                startNode, "\(spec.field).start",
                expected: "a financial year from which \(Int(count)) years have four-digit labels (the last is 9999/00)")
        }
        return FinancialYearList(entries: years.map { .init(text: $0.label, year: $0, node: node) }, years: years)
    }
}
