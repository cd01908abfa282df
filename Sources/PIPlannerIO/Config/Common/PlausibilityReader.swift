import PIPlannerModel

extension FieldReader {
    /// `value`, read at `node` (`path`), held to `check` of the one plausibility table (`ReferenceData/plausibility.json`):
    /// past an error bound it cannot be meant and is refused (nil, reported with the likely unit slip); past a warning
    /// bound it is kept, with a warning finding in `findings` naming the field and the slip. `derived` says how a value
    /// worked out from the one written (births as a rate per 1,000 of the population) came from it.
    public func plausible(
        _ value: Double, _ node: JSONNode, _ path: String, _ check: PlausibilityCheck, derived: String? = nil, findings: inout [Finding]
    ) -> Double? {
        guard let bound = check.breach(value) else { return value }
        let side = bound.side == .below ? "at least" : "at most"
        let slip = check.slip(bound)
        if bound.isError {
            let worked = derived.map { "; \($0) it is \(check.amount(value))" } ?? ""
            report(
                node, path, expected: "\(check.what) of \(side) \(check.describe(bound))\(worked)", suggestion: slip.map { "likely \($0)" })
            return nil
        }
        let past = bound.side == .below ? "below" : "above"
        findings.append(
            Finding(
                .implausibleValue,
                message: "\(check.amount(value)) is \(past) \(check.describe(bound)), the \(bound.side == .below ? "lowest" : "highest")"
                    + " expected of \(check.what)"
                    + (slip.map { ": check that it is not \($0)." } ?? "."),
                fieldPath: path, source: check.citation))
        return value
    }
}
