import PIPlannerModel

/// The distributions of the uncertain reference figures, read from `ReferenceData/uncertainty.json`
/// (`schemaVersion` 1), with where each was written so that a bad one is reported by file, line:column, field path,
/// value and expectation.
///
/// Loading checks the file's shape; `check(pointValues:)` then checks every distribution against its figure's
/// point value (a known id, parameters that fit, an 80% interval that contains the point); `figures(pointValues:)`
/// fits them for drawing. A config's `uncertainty` block (same schema, keyed by figure id, `false` to hold a figure
/// at its point value) is read by `readOverrides` and applied with `merging`.
public struct UncertaintyTable: Sendable {
    /// The file's path in a reference-data directory.
    public static let file = "uncertainty.json"
    /// The schema version this reader understands.
    public static let schemaVersion = 1

    /// One distribution and where it was written.
    public struct Entry: Sendable {
        public var spec: DistributionSpec
        /// The file as messages name it.
        public var file: String
        /// `distributions[3]` in the reference file, `uncertainty.specialistShare` in a config.
        public var fieldPath: String
        public var location: SourceLocation?
        /// Where each key's value was written ("p10", "family", …).
        public var fieldLocations: [String: SourceLocation]
        /// Whether `scope` was written (a config's override without one keeps the reference entry's scope).
        public var scopeGiven: Bool
    }

    /// The entries in file order, then any overrides' new figures.
    public var entries: [Entry]
    /// The seed draws use when none is given (`defaultSeed`, required in the file).
    public var defaultSeed: UInt64
    /// Draws when a config asks for intervals without a count (`defaultDraws`, required, 1 to `maxDraws`).
    public var defaultDraws: Int
    /// The most draws allowed (`maxDraws`, required).
    public var maxDraws: Int

    /// The draw settings' keys, each required in the file.
    public static let settingKeys = ["defaultSeed", "defaultDraws", "maxDraws"]

    /// The key of the settings' basis, required in the file beside them.
    public static let settingsBasisKey = "settingsBasis"

    /// A table of `entries` with the file's draw settings.
    public init(entries: [Entry], defaultSeed: UInt64, defaultDraws: Int, maxDraws: Int) {
        self.entries = entries
        self.defaultSeed = defaultSeed
        self.defaultDraws = defaultDraws
        self.maxDraws = maxDraws
    }

    /// The entry for a figure id.
    public subscript(_ id: String) -> Entry? { entries.first { $0.spec.id == id } }

    /// Every figure's spec, in order.
    public var specs: [DistributionSpec] { entries.map(\.spec) }

    /// Reads `uncertainty.json` text; `file` is the name messages use. Throws a syntax error or every invalid field.
    public static func load(text: String, file: String) throws(PlannerError) -> UncertaintyTable {
        let root: JSONNode
        do { root = try JSONParser.parse(text) } catch { throw .syntax(file: file, location: error.location, message: error.message) }
        let reader = FieldReader(file: file)
        let entryReader = UncertaintyEntryReader(reader: reader, isReference: true)
        var entries: [Entry] = []
        var settings: (seed: UInt64, draws: Int, max: Int)? = nil
        if let top = reader.object(root, "", allowed: ["schemaVersion", "description", settingsBasisKey, "distributions"] + settingKeys) {
            settings = readSettings(top, reader, at: root.location)
            readSettingsBasis(top, reader, at: root.location)
            if let version = top["schemaVersion"] {
                if reader.number(version, "schemaVersion") != Double(schemaVersion) {
                    reader.report(version, "schemaVersion", expected: "\(schemaVersion), the version this piplanner reads")
                }
            } else {
                reader.missing("schemaVersion", expected: "\(schemaVersion)", at: root.location)
            }
            if let list = top["distributions"].flatMap({ reader.array($0, "distributions") }) {
                for (i, node) in list.enumerated() {
                    if let entry = entryReader.read(node, path: "distributions[\(i)]", id: nil) { entries.append(entry) }
                }
            } else if top["distributions"] == nil {
                reader.missing("distributions", expected: "an array of distributions", at: root.location)
            }
        }
        reportDuplicates(entries, reader)
        guard reader.issues.isEmpty, let settings else { throw .invalidInput(reader.issues) }
        return UncertaintyTable(entries: entries, defaultSeed: settings.seed, defaultDraws: settings.draws, maxDraws: settings.max)
    }

    /// The most draws any run may make, a limit of the machine rather than a planning figure (the file's `maxDraws`,
    /// with its basis, is the limit users meet): a run holds every output of an area and every figure draw by draw,
    /// about 40 doubles a draw, so a million draws take some 320 MB before a set's totals, and more would fail to
    /// allocate rather than run.
    static let drawCeiling = 1_000_000

    /// `defaultSeed` (a seed's whole-number range, 0 to 2³² − 1), `maxDraws` (1 to `drawCeiling`) and
    /// `defaultDraws` (1 to `maxDraws`), each required; nil after reporting any that is missing or invalid.
    private static func readSettings(_ top: [String: JSONNode], _ reader: FieldReader, at location: SourceLocation?)
        -> (seed: UInt64, draws: Int, max: Int)?
    {
        func whole(_ key: String, _ range: ClosedRange<Double>, _ what: String) -> Double? {
            guard let node = top[key] else {
                reader.missing(key, expected: what, at: location)
                return nil
            }
            guard let v = reader.number(node, key, expected: what) else { return nil }
            guard v == v.rounded(), range.contains(v) else {
                reader.report(node, key, expected: what)
                return nil
            }
            return v
        }
        let seed = whole("defaultSeed", 0...Double(UInt32.max), "a whole-number seed from 0 to \(UInt32.max)")
        let ceiling = Double(drawCeiling)
        let max = whole(
            "maxDraws", 1...ceiling,
            "the most draws a command accepts, a whole number from 1 to \(NumberFormat.number(ceiling)) (what one run can hold in memory)")
        let draws = whole(
            "defaultDraws", 1...(max ?? ceiling),
            "the draws a config's uncertainty block gives without a count, a whole number from 1 to maxDraws"
                + (max.map { " (\(NumberFormat.plain($0)))" } ?? ""))
        guard let seed, let max, let draws else { return nil }
        return (UInt64(seed), Int(draws), Int(max))
    }

    /// `settingsBasis`, required as the settings are: the sentence that says where each setting's value comes from,
    /// a string with more than white space in it.
    private static func readSettingsBasis(_ top: [String: JSONNode], _ reader: FieldReader, at location: SourceLocation?) {
        let what = "a non-empty string giving the basis of defaultSeed, defaultDraws and maxDraws"
        guard let node = top[settingsBasisKey] else { return reader.missing(settingsBasisKey, expected: what, at: location) }
        if case .string(let text) = node.value, text.contains(where: { !$0.isWhitespace }) { return }
        reader.report(node, settingsBasisKey, expected: what)
    }

    /// Reads a config's `uncertainty` block at `path`: an object keyed by figure id whose values are distribution
    /// objects (scope, basis and source optional) or `false` to hold the figure at its point value. Problems go
    /// to `reader`.
    public static func readOverrides(_ node: JSONNode, path: String, reader: FieldReader) -> [Entry] {
        guard let members = reader.members(node, path) else { return [] }
        let entryReader = UncertaintyEntryReader(reader: reader, isReference: false)
        var entries: [Entry] = []
        for member in members {
            let memberPath = join(path, member.key)
            if case .bool(false) = member.value.value {
                let spec = DistributionSpec(id: member.key, family: .fixed, basis: .config, reason: "held at its point value by the config")
                entries.append(
                    Entry(
                        spec: spec, file: reader.file, fieldPath: memberPath, location: member.value.location,
                        fieldLocations: ["id": member.keyLocation], scopeGiven: false))
            } else if case .object = member.value.value {
                if let entry = entryReader.read(member.value, path: memberPath, id: member.key) { entries.append(entry) }
            } else {
                reader.report(member.value, memberPath, expected: "a distribution object, or false to hold the figure at its point value")
            }
        }
        return entries
    }

    /// This table with each override replacing the entry of the same id (keeping its scope unless the override
    /// gives one), and overrides of figures not in the table appended.
    public func merging(_ overrides: [Entry]) -> UncertaintyTable {
        var merged = self
        for override in overrides {
            var entry = override
            if let i = merged.entries.firstIndex(where: { $0.spec.id == override.spec.id }) {
                if !override.scopeGiven { entry.spec.scope = merged.entries[i].spec.scope }
                merged.entries[i] = entry
            } else {
                merged.entries.append(entry)
            }
        }
        return merged
    }

    /// Every problem with the distributions given each figure's point value by id: an id with no point value, and
    /// each `DistributionSpec` problem, located at the field at fault.
    public func problems(pointValues: [String: Double]) -> [FieldIssue] {
        var issues: [FieldIssue] = []
        for entry in entries {
            guard let point = pointValues[entry.spec.id] else {
                issues.append(
                    FieldIssue(
                        file: entry.file, location: entry.fieldLocations["id"] ?? entry.location,
                        fieldPath: entry.fieldPath.hasPrefix("distributions[") ? join(entry.fieldPath, "id") : entry.fieldPath,
                        found: "\"\(entry.spec.id)\"", expected: "the id of a numeric figure in parameters.json",
                        suggestion: nearestKey(to: entry.spec.id, in: Array(pointValues.keys).sorted()).map { "did you mean \"\($0)\"?" }))
                continue
            }
            issues += entry.spec.problems(pointValue: point).map { entry.issue(for: $0) }
        }
        return issues
    }

    /// Throws every problem `problems(pointValues:)` finds.
    public func check(pointValues: [String: Double]) throws(PlannerError) {
        let issues = problems(pointValues: pointValues)
        if !issues.isEmpty { throw .invalidInput(issues) }
    }

    /// The fitted figures, in table order, for a `DrawRunner`; throws what `check(pointValues:)` would.
    public func figures(pointValues: [String: Double]) throws(PlannerError) -> [UncertainFigure] {
        try check(pointValues: pointValues)
        var figures: [UncertainFigure] = []
        for entry in entries {
            do {
                figures.append(try UncertainFigure(spec: entry.spec, pointValue: pointValues[entry.spec.id]!))
            } catch {
                throw .invalidInput(error.problems.map { entry.issue(for: $0) })
            }
        }
        return figures
    }

    private static func reportDuplicates(_ entries: [Entry], _ reader: FieldReader) {
        var seen: [String: Entry] = [:]
        for entry in entries {
            if let first = seen[entry.spec.id] {
                reader.issues.append(
                    FieldIssue(
                        file: entry.file, location: entry.fieldLocations["id"], fieldPath: join(entry.fieldPath, "id"),
                        found: "\"\(entry.spec.id)\" again",
                        expected: "one distribution per figure (first given at \(first.fieldPath), \(first.location?.description ?? "?"))"))
            } else {
                seen[entry.spec.id] = entry
            }
        }
    }
}

extension UncertaintyTable.Entry {
    /// A model problem as a field issue: the key's path and location, the value found.
    func issue(for problem: DistributionProblem) -> FieldIssue {
        let key = problem.key
        let found: String?
        switch problem.field {
        case .parameter: found = problem.value.map(NumberFormat.plain)
        case .family: found = "\"\(spec.family.rawValue)\""
        case .distribution:
            found = spec.parameters.given.map { "\($0.rawValue) \(NumberFormat.plain(spec.parameters[$0]!))" }.joined(separator: ", ")
        }
        return FieldIssue(
            file: file, location: key.isEmpty ? location : fieldLocations[key] ?? location,
            fieldPath: key.isEmpty ? fieldPath : join(fieldPath, key), found: found, expected: problem.expected)
    }
}
