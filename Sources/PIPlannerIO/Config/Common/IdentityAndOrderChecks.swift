import PIPlannerModel

// Checks shared by every kind of file piplanner reads, so that a config and the reference data are held to the same
// rules: names and ids are not blank, ids are not repeated, and a range's low end is not above its high end.

extension FieldReader {
    /// A name or id at `path`: a string with more than spaces in it. Reports a non-string, or a blank one with
    /// `expected`, e.g. "a funder id, e.g. \"la-public-health\"" (a report, a table row or a funding line is headed
    /// or keyed by it).
    public func name(_ node: JSONNode, _ path: String, expected: String) -> String? {
        guard let text = string(node, path) else { return nil }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            report(node, path, expected: "\(expected), not blank")
            return nil
        }
        return text
    }

    /// Whether the key of `member`, an id written as an object key (a risk group's), is more than spaces; reports it
    /// at `path` with `expected` when it is not.
    public func nameKey(_ member: JSONNode.Member, _ path: String, expected: String) -> Bool {
        guard member.key.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return true }
        report(member.value, path, expected: "\(expected) as its key, not the blank \"\(member.key)\"", location: member.keyLocation)
        return false
    }

    /// Reports each id of `entries` (the id and where it is written, in order) used by an earlier entry; `path(i)` is
    /// the field path of entry i, `what` names the id in the message ("parameter id").
    public func checkUnique(_ entries: [(id: String, node: JSONNode)], path: (Int) -> String, what: String) {
        var first: [String: Int] = [:]
        for (i, entry) in entries.enumerated() {
            if let earlier = first[entry.id] {
                report(entry.node, path(i), expected: "a \(what) not used before; \(path(earlier)) is also \"\(entry.id)\"")
            } else {
                first[entry.id] = i
            }
        }
    }

    /// Reports `low` above the parameter it may not exceed (`low.atMost`), with the values in force in `values` (by id).
    /// `place(id)` is where a value was written in this file (its node and field path), nil for one not set here: a
    /// pair neither of whose values is set here is not reported here (the reference data was checked when loaded),
    /// and the pair is reported at the low end when it is set here, else at the high end.
    public func checkOrder(_ low: ReferenceParameter, values: [String: Double], place: (String) -> (node: JSONNode, path: String)?) {
        guard let highID = low.atMost, let lowValue = values[low.id], let highValue = values[highID], lowValue > highValue else { return }
        let (l, h) = (NumberFormat.plain(lowValue), NumberFormat.plain(highValue))
        if let (node, path) = place(low.id) {
            report(node, path, expected: "at most \(highID) (\(h)): the low end of a range may not exceed its high end")
        } else if let (node, path) = place(highID) {
            report(node, path, expected: "at least \(low.id) (\(l)): the high end of a range may not be below its low end")
        }
    }
}
