/// Where a reference parameter's value is written, which decides how its declared range applies.
public enum ParameterUse: Sendable {
    /// `parameters.json` itself, a preset, or the `assumptions` of a plan config or a scenario: the declared range.
    case plan
    /// A rollout config's `assumptions`: the declared range with 0 allowed. An area plan divides need by
    /// `babiesSeenPerTeamPerYear` and multiplies the whole need by the proportions, so there 0 would divide by zero or
    /// plan no teams; a rollout only multiplies its figures by team counts (the rollout model divides by none of
    /// them), so there 0 (no training bought, say) is a setting to cost, not a trap.
    case rollout
}

extension FieldReader {
    /// A numeric reference parameter's value at `path`, checked by the range `parameters.json` declares for it.
    public func parameterValue(_ node: JSONNode, _ path: String, parameter: ReferenceParameter, use: ParameterUse = .plan) -> Double? {
        guard let range = parameter.range else {
            report(node, path, expected: "no number: \"\(parameter.id)\" is a named choice, not a figure")
            return nil
        }
        return number(node, path, in: use == .rollout ? range.allowingZero : range, unit: parameter.unit)
    }
}
