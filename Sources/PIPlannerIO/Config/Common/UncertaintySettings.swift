import PIPlannerModel

/// A config's uncertainty: the reference distributions with the config's `uncertainty` block applied, and whether
/// and how it asks for draws (Methodology §7).
///
/// The block is keyed by figure id (a distribution object in the schema of `ReferenceData/uncertainty.json`, or
/// `false` to hold the figure at its point value); two keys are settings instead: `draws` (how many, 1 to the
/// reference maximum) and `seed`. A config with the block asks for intervals even without `--draws`.
public struct UncertaintySettings: Sendable {
    /// The reference table merged with the config's entries.
    public var table: UncertaintyTable
    /// Ids the config gave a distribution (or `false`) for: drawn even where the config also replaced the value.
    public var configIDs: Set<String>
    /// Draws the block asks for.
    public var draws: Int?
    /// The seed the block gives.
    public var seed: UInt64?
    /// Whether the config has an `uncertainty` block.
    public var isGiven: Bool
    /// The point value of each figure the distributions are fitted against: the reference's, the config's for
    /// the figures it gives a distribution.
    public var pointValues: [String: Double]

    /// The reference distributions alone, as for a config without the block.
    public init(reference: ReferenceData) {
        table = reference.uncertainty
        configIDs = []
        isGiven = false
        pointValues = reference.parameters.compactMapValues(\.number)
    }

    /// The ids a distribution can be given for: the planning assumptions drawn and the risk-group figures.
    public static func drawableIDs(_ reference: ReferenceData) -> [String] {
        reference.parameterOrder.filter {
            FigureSlot(assumptionID: $0) != nil || ($0.hasPrefix("riskGroups.") && $0.hasSuffix(".prevalence"))
                || $0 == AreaDrawBinding.nationalShareID
        }
    }

    /// The point values the distributions are checked and fitted against: the reference figures with the config's.
    public static func pointValues(_ figures: [String: Figure]) -> [String: Double] { figures.mapValues(\.value) }

    /// Reads the block at `node` (`path` `uncertainty`), checking each entry against the config's point values
    /// `figures`; problems go to `r`.
    public init(node: JSONNode?, path: String, reference: ReferenceData, figures: [String: Figure], _ r: FieldReader) {
        self.init(reference: reference)
        guard let node else { return }
        isGiven = true
        guard let members = r.members(node, path) else { return }
        let settingKeys = ["draws", "seed"]
        let maxDraws = reference.uncertainty.maxDraws
        for member in members where settingKeys.contains(member.key) {
            let p = join(path, member.key)
            let limit = member.key == "draws" ? Double(maxDraws) : Double(UInt32.max)
            let low = member.key == "draws" ? 1.0 : 0.0
            if let v = r.number(member.value, p), v == v.rounded(), v >= low, v <= limit {
                if member.key == "draws" { draws = Int(v) } else { seed = UInt64(v) }
            } else if case .number = member.value.value {
                r.report(
                    member.value, p,
                    expected: member.key == "draws"
                        ? "a whole number of draws from 1 to \(maxDraws)" : "a whole-number seed from 0 to \(UInt32.max)")
            }
        }
        let distributions = JSONNode(value: .object(members.filter { !settingKeys.contains($0.key) }), location: node.location)
        let entries = UncertaintyTable.readOverrides(distributions, path: path, reader: r)
        let drawable = Self.drawableIDs(reference)
        var checked: [UncertaintyTable.Entry] = []
        for entry in entries {
            if drawable.contains(entry.spec.id) {
                checked.append(entry)
            } else {
                r.issues.append(
                    FieldIssue(
                        file: entry.file, location: entry.fieldLocations["id"] ?? entry.location, fieldPath: entry.fieldPath,
                        found: "\"\(entry.spec.id)\"", expected: "a figure the plan can draw: " + drawable.joined(separator: ", "),
                        suggestion: nearestKey(to: entry.spec.id, in: drawable).map { "did you mean \"\($0)\"?" }))
            }
        }
        var own = reference.uncertainty
        own.entries = checked
        r.issues += own.problems(pointValues: Self.pointValues(figures))
        configIDs = Set(checked.map(\.spec.id))
        table = reference.uncertainty.merging(checked)
        for id in configIDs { if let v = figures[id]?.value { pointValues[id] = v } }
    }

    /// The fitted figures: reference entries against the reference values, the config's against its own.
    public func figures() throws(PlannerError) -> [UncertainFigure] { try table.figures(pointValues: pointValues) }
}
