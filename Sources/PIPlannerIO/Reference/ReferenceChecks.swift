import Foundation
import PIPlannerModel

extension ReferenceData {
    /// Parameters every command needs besides `PlanAssumptions.parameterIDs`: the defaults of a scenario.
    static let requiredDefaults = ["defaultPlanYearCount", "defaultStaffingModel"]

    /// Checks what only the whole of the reference data can show, as a config is checked, before any planning: the
    /// defaults a scenario needs are there, and each named choice (`combination`, `sizingMethod`,
    /// `defaultStaffingModel`, ...) is one of the values a config's `assumptions` may give it. (Each file's own fields,
    /// ranges, duplicate ids and inverted ranges are checked as it is read.)
    func checkDefaults() throws(PlannerError) {
        let file = shown("parameters.json")
        for id in Self.requiredDefaults where parameters[id] == nil {
            throw .referenceData(
                file: file, message: "parameter \"\(id)\" is missing; a scenario without planYears or staffingModel needs it")
        }
        for id in parameterOrder {
            guard let text = parameters[id]?.text else { continue }
            let options = choiceOptions(id)
            guard options.isEmpty || options.contains(text) else {
                throw .referenceData(
                    file: file,
                    message: "parameter \"\(id)\" is \"\(text)\"; expected one of " + options.map { "\"\($0)\"" }.joined(separator: ", "))
            }
        }
    }

    /// A reference file as messages name it: with the directory it was read from, unless embedded.
    func shown(_ name: String) -> String {
        origin == "embedded" ? name : URL(fileURLWithPath: origin).appendingPathComponent(name).path
    }
}
