import Foundation
import PIPlannerModel

extension RolloutConfigReader {
    /// `schedule` in one of its three forms; nil (with issues) when it cannot be used.
    func readSchedule(_ node: JSONNode?, root: JSONNode) -> RolloutScheduleInput? {
        guard let node else {
            r.missing(
                "schedule",
                expected:
                    "{\"teamsFullyOperating\": […], \"teamsComingIntoOperation\": […]}, {\"target\": {\"teams\", \"fullyOperatingFrom\"}, \"maxTeamsStartingPerYear\"} or {\"fromAreas\": {\"config\", \"method\", \"fullyOperatingFrom\", \"maxTeamsStartingPerYear\"}}",
                at: root.location)
            return nil
        }
        guard let f = r.object(node, "schedule", allowed: RolloutConfigLoader.scheduleKeys) else { return nil }
        let explicitKeys = ["teamsFullyOperating", "teamsComingIntoOperation", "source"].filter { f[$0] != nil }
        let targetKeys = ["target", "maxTeamsStartingPerYear", "alreadyFullyOperating"].filter { f[$0] != nil }
        let forms = [
            (!explicitKeys.isEmpty, "teamsFullyOperating/teamsComingIntoOperation"), (!targetKeys.isEmpty, "target"),
            (f["fromAreas"] != nil, "fromAreas"),
        ].filter(\.0)
        guard forms.count == 1 else {
            r.report(
                node, "schedule",
                expected: forms.isEmpty
                    ? "one of: {\"teamsFullyOperating\": […], \"teamsComingIntoOperation\": […]}; {\"target\": {\"teams\", \"fullyOperatingFrom\"}, \"maxTeamsStartingPerYear\"}; {\"fromAreas\": {…}}"
                    : "only one way of giving the schedule; found " + forms.map(\.1).joined(separator: " and "))
            return nil
        }
        if !explicitKeys.isEmpty { return readExplicitSchedule(f, node: node).map(RolloutScheduleInput.explicit) }
        if let fromAreas = f["fromAreas"] {
            places.derivedPrefix = "schedule.fromAreas"
            return readFromAreas(fromAreas).map(RolloutScheduleInput.fromAreas)
        }
        places.derivedPrefix = "schedule.target"
        return readTarget(f, node: node).map(RolloutScheduleInput.target)
    }

    /// Teams fully operating and coming into operation, one number per year (checked by the planner's schedule check).
    private func readExplicitSchedule(_ f: [String: JSONNode], node: JSONNode) -> RolloutSchedule? {
        let source = f["source"].flatMap { r.string($0, "schedule.source") }
        guard let fullNode = f["teamsFullyOperating"] else {
            r.missing(
                "schedule.teamsFullyOperating", expected: "teams fully operating from 1 April, one number per year", at: node.location)
            return nil
        }
        guard let comingNode = f["teamsComingIntoOperation"] else {
            r.missing(
                "schedule.teamsComingIntoOperation", expected: "teams coming into operation over the year, one number per year",
                at: node.location)
            return nil
        }
        let yearLabels = years?.map(\.label)
        let full = readCounts(fullNode, "schedule.teamsFullyOperating", labels: yearLabels, what: "teams fully operating from 1 April")
        let coming = readCounts(
            comingNode, "schedule.teamsComingIntoOperation", labels: yearLabels, what: "teams coming into operation over the year")
        guard let yearLabels, let full, let coming else { return nil }
        places.teamsFullyOperating = full.locations
        places.teamsComingIntoOperation = coming.locations
        let years = yearLabels.indices.map {
            RolloutYear(label: yearLabels[$0], teamsFullyOperating: full.values[$0], teamsComingIntoOperation: coming.values[$0])
        }
        return RolloutSchedule(years: years, source: "config schedule" + (source.map { ": \($0)" } ?? ""), basis: .config)
    }

    /// `schedule.target` with the cap and the teams already operating.
    private func readTarget(_ f: [String: JSONNode], node: JSONNode) -> RolloutTargetInput? {
        guard let targetNode = f["target"] else {
            r.missing("schedule.target", expected: "{\"teams\": 202, \"fullyOperatingFrom\": \"2025/26\"}", at: node.location)
            return nil
        }
        guard let t = r.object(targetNode, "schedule.target", allowed: ["teams", "fullyOperatingFrom"]) else { return nil }
        places.targetTeams = (t["teams"] ?? targetNode).location
        let yearIndex = readTargetYear(t["fullyOperatingFrom"], path: "schedule.target.fullyOperatingFrom", parent: targetNode)
        let cap = readCap(f["maxTeamsStartingPerYear"], prefix: "schedule", parent: node)
        let already = readAlready(f["alreadyFullyOperating"], prefix: "schedule")
        var teams: Double? = nil
        if let teamsNode = t["teams"] {
            teams = r.number(teamsNode, "schedule.target.teams")
        } else {
            r.missing(
                "schedule.target.teams", expected: "the number of teams to be fully operating (a number, 0 or more)",
                at: targetNode.location)
        }
        guard years != nil, let teams, let yearIndex, let cap else { return nil }
        return RolloutTargetInput(
            teams: teams, fullyOperatingFromYearIndex: yearIndex, maxTeamsStartingPerYear: cap, alreadyFullyOperating: already)
    }

    /// The index of the target year among the rollout years.
    func readTargetYear(_ node: JSONNode?, path: String, parent: JSONNode) -> Int? {
        guard let node else {
            r.missing(
                path, expected: "the rollout year from whose 1 April the target number of teams is fully operating, e.g. \"2025/26\"",
                at: parent.location)
            return nil
        }
        places.targetYear = node.location
        guard years != nil, let label = r.choice(node, path, from: labels) else { return nil }
        return labels.firstIndex(of: label)
    }

    /// `maxTeamsStartingPerYear` under `prefix`.
    func readCap(_ node: JSONNode?, prefix: String, parent: JSONNode) -> Double? {
        guard let node else {
            r.missing(
                "\(prefix).maxTeamsStartingPerYear",
                expected: "the most teams that can come into operation in one year (a number, 0 or more)",
                at: parent.location)
            return nil
        }
        places.maxTeamsStartingPerYear = node.location
        return r.number(node, "\(prefix).maxTeamsStartingPerYear")
    }

    /// `alreadyFullyOperating` under `prefix`, if given.
    func readAlready(_ node: JSONNode?, prefix: String) -> Double? {
        guard let node else { return nil }
        places.alreadyFullyOperating = node.location
        return r.number(node, "\(prefix).alreadyFullyOperating")
    }

    /// An array of team counts, one per year; values are only checked to be finite numbers here (the schedule
    /// check reports negative counts by year).
    private func readCounts(_ node: JSONNode, _ path: String, labels: [String]?, what: String) -> (
        values: [Double], locations: [SourceLocation]
    )? {
        guard let items = r.array(node, path) else { return nil }
        if let labels, items.count != labels.count {
            r.report(node, path, expected: "\(labels.count) numbers of \(what), one per year (\(labels.joined(separator: ", ")))")
            return nil
        }
        var values: [Double] = []
        for (i, item) in items.enumerated() {
            if let v = r.number(item, "\(path)[\(i)]", expected: "a number of \(what)" + (labels.map { " in \($0[i])" } ?? "")) {
                values.append(v)
            }
        }
        return values.count == items.count ? (values, items.map(\.location)) : nil
    }
}
