import Foundation
import PIPlannerModel

extension RolloutConfigReader {
    /// Ids of reference parameters that are a team's labour a year (unit "GBP a year per …").
    var labourParameterIDs: [String] {
        reference.parameterOrder.filter { id in
            guard let p = reference.parameters[id], p.number != nil else { return false }
            return p.unit.hasPrefix("GBP a year per")
        }
    }

    /// `assumptions`: overrides of the reference figures the rollout uses (`allowed`), each checked by its unit.
    /// The on-cost rate applies only to a labour cost built from a staffing model.
    func readAssumptions(_ node: JSONNode, allowed: [String], usesStaffing: Bool) {
        guard let members = r.members(node, "assumptions") else { return }
        for member in members {
            let path = join("assumptions", member.key)
            guard allowed.contains(member.key), let parameter = reference.parameters[member.key], parameter.number != nil else {
                let known = reference.parameters[member.key] != nil
                r.issues.append(
                    Diagnostic(
                        file: r.file, location: member.keyLocation, fieldPath: path,
                        found: known ? "parameter \"\(member.key)\", which a rollout does not use" : "unknown parameter \"\(member.key)\"",
                        expected: "a parameter the rollout uses: " + allowed.joined(separator: ", "),
                        hint: known ? nil : nearestKey(to: member.key, in: allowed).map(Diagnostic.Suggestion.nearest),
                        category: known ? .invalidField : .unknownKey))
                continue
            }
            if member.key == "onCostRate" && !usesStaffing {
                r.issues.append(
                    Diagnostic(
                        file: r.file, location: member.keyLocation, fieldPath: path, found: "an on-cost rate override",
                        expected:
                            "onCostRate only with labourPerTeam.staffingModel (a labour cost given directly already includes on-costs)"))
                continue
            }
            // Checked by the range parameters.json declares, with 0 allowed as a rollout allows it (`ParameterUse.rollout`).
            var value = r.parameterValue(member.value, path, parameter: parameter, use: .rollout)
            // A team's labour is held to the plausibility table, as labourPerTeam.gbp is.
            if let given = value, labourParameterIDs.contains(member.key) {
                value = r.plausible(given, member.value, path, reference.plausibility.check("labourPerTeam"), findings: &findings)
            }
            if let value { figures[member.key] = figures[member.key]!.overridden(with: value, at: path) }
        }
    }
}
