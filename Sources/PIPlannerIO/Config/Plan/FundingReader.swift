import Foundation
import PIPlannerModel

extension PlanConfigLoader {
    /// An area's `funding`: each entry a known funder (or one named with its outcomes) with one of a share of each
    /// year's cost, an amount each year, or one amount per plan year (`yearCount`; nil when the plan years could not be
    /// read, and then no count of amounts is asked for).
    func readFunding(_ node: JSONNode?, path: String, yearCount: Int?, _ r: FieldReader) -> [FundingInput] {
        guard let node, let items = r.array(node, path) else { return [] }
        var result: [FundingInput] = []
        var shareTotal = 0.0
        for (i, item) in items.enumerated() {
            guard let funding = readFundingEntry(item, path: "\(path)[\(i)]", yearCount: yearCount, r) else { continue }
            if case .share(let s) = funding.contribution { shareTotal += s }
            result.append(funding)
        }
        if shareTotal > 1 + FundingRule.shareSumTolerance {
            r.report(
                node, path,
                expected: "funding shares summing to at most 1 (they sum to \(NumberFormat.plain((shareTotal * 1e6).rounded() / 1e6)))")
        }
        return result
    }

    private func readFundingEntry(_ item: JSONNode, path p: String, yearCount: Int?, _ r: FieldReader) -> FundingInput? {
        let ids = reference.funders.map(\.id)
        guard let f = r.object(item, p, allowed: ["funder", "name", "outcomes", "share", "amountGBP", "amountsGBP", "note"]) else {
            return nil
        }
        guard let funderNode = f["funder"], let funderID = r.name(funderNode, "\(p).funder", expected: "a funder id") else {
            guard f["funder"] == nil else { return nil }
            r.missing(
                "\(p).funder", expected: "a funder id (" + ids.joined(separator: ", ") + ") or your own id with a name and outcomes",
                at: item.location)
            return nil
        }
        let template = reference.funder(funderID)
        let name = f["name"].flatMap { r.name($0, "\(p).name", expected: "the funder's name") }
        if template == nil && name == nil {
            r.report(
                funderNode, "\(p).funder",
                expected: "a known funder (" + ids.joined(separator: ", ") + "), or give \"name\" and \"outcomes\" for your own",
                hint: nearestKey(to: funderID, in: ids).map(Diagnostic.Suggestion.nearest))
            return nil
        }
        var outcomes = template?.outcomes ?? []
        var outcomesSource = template?.citation.text ?? "config \(p)"
        if let o = f["outcomes"] {
            outcomes = ReferenceData.strings(o, "\(p).outcomes", r)
            outcomesSource = "config \(p).outcomes"
        }
        if let n = f["note"] { _ = r.string(n, "\(p).note") }
        guard let contribution = readContribution(f, item: item, path: p, yearCount: yearCount, r) else { return nil }
        return FundingInput(
            funderID: funderID, name: name ?? template!.name, outcomes: outcomes, outcomesSource: outcomesSource,
            contribution: contribution, fieldPath: p)
    }

    /// Exactly one of `share`, `amountGBP` and `amountsGBP`.
    private func readContribution(_ f: [String: JSONNode], item: JSONNode, path p: String, yearCount: Int?, _ r: FieldReader)
        -> FundingInput.Contribution?
    {
        let given = ["share", "amountGBP", "amountsGBP"].filter { f[$0] != nil }
        guard given.count == 1 else {
            r.report(
                item, p,
                expected: given.isEmpty
                    ? "one of \"share\" (of each year's cost), \"amountGBP\" (each year) or \"amountsGBP\" (one per plan year)"
                    : "only one of " + given.map { "\"\($0)\"" }.joined(separator: ", "))
            return nil
        }
        switch given[0] {
        case "share":
            return r.proportion(f["share"]!, "\(p).share", allowZero: false).map { .share($0) }
        case "amountGBP":
            return r.amountGBP(f["amountGBP"]!, "\(p).amountGBP", unit: "GBP a year").map {
                .amounts(Array(repeating: Money(gbp: $0), count: yearCount ?? 0))
            }
        default:
            guard let list = r.array(f["amountsGBP"]!, "\(p).amountsGBP") else { return nil }
            let amounts = list.enumerated().compactMap { r.amountGBP($1, "\(p).amountsGBP[\($0)]", unit: "GBP") }.map { Money(gbp: $0) }
            guard let yearCount, list.count == yearCount else {
                if let yearCount { r.report(f["amountsGBP"]!, "\(p).amountsGBP", expected: "\(yearCount) amounts, one per plan year") }
                return nil
            }
            return amounts.count == yearCount ? .amounts(amounts) : nil
        }
    }
}
