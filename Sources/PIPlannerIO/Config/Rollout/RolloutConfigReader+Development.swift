import Foundation
import PIPlannerModel

extension RolloutConfigReader {
    /// `developmentProgrammeGBP` (one amount per year, null for none) with `developmentProgrammeSource`, required
    /// when any amount is not zero.
    func readDevelopment(_ node: JSONNode?, sourceNode: JSONNode?, at location: SourceLocation) -> RolloutDevelopmentInput? {
        let source = sourceNode.flatMap { r.string($0, "developmentProgrammeSource") }
        guard let node else {
            if let sourceNode {
                r.report(sourceNode, "developmentProgrammeSource", expected: "developmentProgrammeSource only with developmentProgrammeGBP")
            }
            return nil
        }
        let yearLabels = years?.map(\.label)
        places.development = node.location
        guard let items = r.array(node, "developmentProgrammeGBP") else { return nil }
        if let yearLabels, items.count != yearLabels.count {
            r.report(
                node, "developmentProgrammeGBP",
                expected: "\(yearLabels.count) amounts in GBP (null or 0 for none), one per year (\(yearLabels.joined(separator: ", ")))")
            return nil
        }
        places.developmentEntries = items.map(\.location)
        let amounts = items.enumerated().map { i, item in readAmount(item, index: i, labels: yearLabels) }
        if amounts.contains(where: { ($0 ?? .zero) != .zero }) && source == nil && sourceNode == nil {
            r.missing(
                "developmentProgrammeSource", expected: "the source of the development-programme amounts (document and section)",
                at: location)
        }
        return RolloutDevelopmentInput(
            amounts: amounts, source: source.map { "config developmentProgrammeGBP: \($0)" } ?? "config developmentProgrammeGBP")
    }

    /// One year's development amount: nil for null (none) or an unreadable value (an issue).
    private func readAmount(_ item: JSONNode, index i: Int, labels: [String]?) -> Money? {
        if case .null = item.value { return nil }
        let path = "developmentProgrammeGBP[\(i)]"
        let inYear = labels.map { " in \($0[i])" } ?? ""
        guard let v = r.number(item, path, expected: "an amount in GBP, or null for none" + inYear) else { return nil }
        guard Money.canHold(v) else {
            r.report(
                item, path,
                expected: "an amount in GBP of at most \(NumberFormat.gbp(Money(gbp: Money.maxGBP))), the most piplanner holds to the penny"
                    + inYear)
            return nil
        }
        return Money(gbp: v)
    }

    /// `totalSpan`: the years the total column covers (default: every rollout year).
    func readSpan(_ node: JSONNode?) -> RolloutSpan? {
        guard let first = labels.first, let last = labels.last else { return nil }
        func defaultLabel(_ a: String, _ b: String) -> String { a == b ? "Total \(a)" : "Total \(a)–\(b)" }
        guard let node else { return RolloutSpan(label: defaultLabel(first, last), from: first, through: last) }
        guard let f = r.object(node, "totalSpan", allowed: ["from", "through", "label"]) else { return nil }
        let from = f["from"].map { r.choice($0, "totalSpan.from", from: labels) } ?? first
        let through = f["through"].map { r.choice($0, "totalSpan.through", from: labels) } ?? last
        let label = f["label"].flatMap { r.string($0, "totalSpan.label") }
        guard let from, let through else { return nil }
        if let i = labels.firstIndex(of: from), let j = labels.firstIndex(of: through), j < i {
            r.report(f["through"] ?? node, "totalSpan.through", expected: "a year not before totalSpan.from (\(from))")
            return nil
        }
        return RolloutSpan(label: label ?? defaultLabel(from, through), from: from, through: through)
    }
}
