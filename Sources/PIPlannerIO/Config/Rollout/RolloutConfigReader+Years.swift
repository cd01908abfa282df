import Foundation
import PIPlannerModel

extension RolloutConfigReader {
    /// `years`: an array of consecutive financial years, or `{"start", "count"}`. Entries are kept as written (an
    /// unreadable one as ""), so positions match the config; a year listed twice is left to the schedule check,
    /// which names both positions.
    func readYears(_ node: JSONNode?, at location: SourceLocation) -> [String] {
        let expected = "an array of consecutive financial years like [\"2022/23\", \"2023/24\"], or {\"start\": \"2022/23\", \"count\": 4}"
        guard let node else {
            r.missing("years", expected: expected, at: location)
            return []
        }
        switch node.value {
        case .array(let items): return readYearList(items, node: node)
        case .object: return readYearRange(node)
        default:
            r.report(node, "years", expected: expected)
            return []
        }
    }

    private func readYearList(_ items: [JSONNode], node: JSONNode) -> [String] {
        let maxYears = RolloutConfigLoader.maxYears
        var labels: [String] = []
        for (i, item) in items.enumerated() {
            let path = "years[\(i)]"
            places.yearEntries.append(item.location)
            guard let s = r.string(item, path) else {
                labels.append("")
                continue
            }
            defer { labels.append(s) }
            guard PayResolver.startYear(s) != nil else {
                r.report(item, path, expected: "a financial year like \"2022/23\"")
                continue
            }
            // A year listed twice is reported by the schedule check, naming both positions.
            if labels.contains(s) { continue }
            if let last = labels.last, PayResolver.startYear(last) != nil, let next = PayResolver.label(after: last, offset: 1), next != s {
                r.report(
                    item, path, expected: "\(next) (rollout years must be consecutive: the pay-growth uplift counts years from the first)")
            }
        }
        if items.isEmpty { r.report(node, "years", expected: "at least one rollout year") }
        if items.count > maxYears { r.report(node, "years", expected: "at most \(maxYears) years") }
        return labels
    }

    private func readYearRange(_ node: JSONNode) -> [String] {
        let maxYears = RolloutConfigLoader.maxYears
        guard let f = r.object(node, "years", allowed: ["start", "count"]) else { return [] }
        guard let startNode = f["start"] else {
            r.missing("years.start", expected: "a financial year like \"2022/23\"", at: node.location)
            return []
        }
        guard let countNode = f["count"] else {
            r.missing("years.count", expected: "a whole number of years from 1 to \(maxYears)", at: node.location)
            return []
        }
        guard let start = r.string(startNode, "years.start") else { return [] }
        guard PayResolver.startYear(start) != nil else {
            r.report(startNode, "years.start", expected: "a financial year like \"2022/23\"")
            return []
        }
        guard let count = r.number(countNode, "years.count"), count == count.rounded(), count >= 1, count <= Double(maxYears) else {
            r.report(countNode, "years.count", expected: "a whole number of years from 1 to \(maxYears)")
            return []
        }
        let labels = (0..<Int(count)).compactMap { PayResolver.label(after: start, offset: $0) }
        if labels.count < Int(count) {
            r.report(
                startNode, "years.start",
                expected: "a financial year from which \(Int(count)) years have four-digit labels (the last is 9999/00)")
        }
        places.yearEntries = Array(repeating: node.location, count: labels.count)
        return labels
    }
}
