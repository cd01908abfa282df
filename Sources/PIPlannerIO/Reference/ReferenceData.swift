import Foundation
import PIPlannerModel

/// All shipped reference data, parsed. Load the embedded copy or a directory.
public struct ReferenceData: Sendable {
    /// "embedded" or the directory it was read from.
    public var origin: String
    /// Every file's text by path relative to the data directory.
    public var files: [String: String]
    public var parameters: [String: ReferenceParameter]
    /// Parameter ids in file order, for listings.
    public var parameterOrder: [String]
    public var staffingModels: [StaffingTemplate]
    public var funders: [FunderTemplate]
    public var theoryOfChange: [TheoryOfChangeTier]
    public var theoryOfChangeCitation: Citation
    public var evidence: [EvidenceItem]
    public var presets: [Preset]
    public var payScale: PayScaleTable
    /// The bounds of values a config gives (`plausibility.json`), to catch a unit slip.
    public var plausibility: PlausibilityTable
    /// The pay year salaries are costed at unless a config names one: `defaultPayYear`, else the latest pay year.
    public var defaultPayYear: FinancialYear
    /// Employer NI and NHS Pension Scheme rates by tax year (`on-costs/employer_on_costs_uk.csv`), for the employer
    /// on-cost method.
    public var employerOnCosts: EmployerOnCostRulesTable
    /// The distributions of the uncertain figures (`uncertainty.json`, required: it holds the draw settings).
    public var uncertainty: UncertaintyTable

    public func staffingModel(_ id: String) -> StaffingTemplate? { staffingModels.first { $0.id == id } }
    public func funder(_ id: String) -> FunderTemplate? { funders.first { $0.id == id } }
    public func preset(_ id: String) -> Preset? { presets.first { $0.id == id } }

    /// The reference data compiled into the binary from `ReferenceData/`.
    public static func embedded() throws(PlannerError) -> ReferenceData { try embeddedParse.get() }

    /// The built-in copy parsed once per process: it is compiled into the binary, so every parse gives the same value,
    /// and a batch, a test run or a fuzzing pass need not decode and check it again for each command.
    private static let embeddedParse = Result { () throws(PlannerError) -> ReferenceData in try parseEmbedded() }

    private static func parseEmbedded() throws(PlannerError) -> ReferenceData {
        var files: [String: String] = [:]
        for (path, base64) in EmbeddedReferenceData.base64Files {
            guard let data = Data(base64Encoded: base64) else { throw .referenceData(file: path, message: "embedded copy is corrupt") }
            files[path] = String(decoding: data, as: UTF8.self)
        }
        return try ReferenceData(files: files, origin: "embedded")
    }

    /// Reference data read from a directory laid out like `ReferenceData/`.
    public static func load(directory: URL) throws(PlannerError) -> ReferenceData {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else { throw .fileNotFound(directory.path) }
        guard isDirectory.boolValue else {
            throw .unreadable(
                file: directory.path, reason: "not a directory; expected a reference-data directory laid out like ReferenceData/")
        }
        var files: [String: String] = [:]
        let root = directory.standardizedFileURL.path
        if let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in enumerator {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let path = url.standardizedFileURL.path
                let relative = String(path.dropFirst(root.count + 1))
                // Through the one input reader, so that `--output` never replaces a reference file.
                files[relative] = String(decoding: try InputFile.readData(path, what: "a reference data file"), as: UTF8.self)
            }
        }
        return try ReferenceData(files: files, origin: directory.path)
    }

    /// Parses reference data from file texts keyed by relative path.
    public init(files: [String: String], origin: String) throws(PlannerError) {
        self.origin = origin
        self.files = files
        let source = ReferenceFiles(files: files, origin: origin)
        let parameters = try source.json("parameters.json") { ReferenceParameter.readAll($0, $1) }
        self.parameterOrder = parameters.map(\.id)
        self.parameters = Dictionary(parameters.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        for id in PlanAssumptions.parameterIDs where self.parameters[id]?.number == nil {
            throw .referenceData(file: source.shown("parameters.json"), message: "parameter \"\(id)\" is missing or not a number")
        }
        self.staffingModels = try source.json("staffing-models.json") { StaffingTemplate.readAll($0, $1) }
        self.funders = try source.json("funders.json") { FunderTemplate.readAll($0, $1) }
        (self.theoryOfChange, self.theoryOfChangeCitation) = try source.json("theory-of-change.json") { TheoryOfChangeTier.readAll($0, $1) }
        self.evidence = try source.json("evidence.json") { EvidenceItem.readAll($0, $1) }
        let byID = self.parameters
        let payScale = try PayScaleTable.read(try source.text(PayScaleTable.file), shown: source.shown(PayScaleTable.file))
        self.payScale = payScale
        let models = self.staffingModels
        self.presets = try source.json("presets.json") { root, reader in
            Preset.readAll(root, parameters: byID, options: { Self.choiceOptions($0, payScale: payScale, staffingModels: models) }, reader)
        }
        self.defaultPayYear = try Self.defaultPayYear(byID["defaultPayYear"], payScale, source)
        let onCosts = EmployerOnCostTable.file
        self.employerOnCosts = try EmployerOnCostTable.load(
            csvText: try source.text(onCosts), file: source.shown(onCosts), payScale: payScale)
        self.uncertainty = try UncertaintyTable.load(
            text: try source.text(UncertaintyTable.file), file: source.shown(UncertaintyTable.file))
        let bases = PlausibilityTable.bases(payScale: payScale, models: staffingModels, parameters: byID, payYear: defaultPayYear)
        self.plausibility = try source.json(PlausibilityTable.file) { PlausibilityTable.read($0, bases: bases, $1) }
        try checkDefaults()
    }

    /// The values a named-choice parameter may take (`combination`, `sizingMethod`, `onCostMethod`, ...); empty when
    /// any text will do.
    public func choiceOptions(_ id: String) -> [String] { Self.choiceOptions(id, payScale: payScale, staffingModels: staffingModels) }

    private static func choiceOptions(_ id: String, payScale: PayScaleTable, staffingModels: [StaffingTemplate]) -> [String] {
        switch id {
        case "combination": return CombinationRule.allCases.map(\.rawValue)
        case "sizingMethod": return SizingMethod.allCases.map(\.rawValue)
        case "lowIncomeMeasure": return LowIncomeMeasure.allCases.map(\.rawValue)
        case "defaultPayYear": return payScale.years
        case "defaultStaffingModel": return staffingModels.map(\.id)
        case "onCostMethod": return OnCostMethod.names
        case "employerType": return EmployerType.allCases.map(\.rawValue)
        default: return []
        }
    }

    /// `defaultPayYear`, which must be a year of the pay scales; the latest pay year when the parameter is absent.
    private static func defaultPayYear(_ parameter: ReferenceParameter?, _ payScale: PayScaleTable, _ source: ReferenceFiles)
        throws(PlannerError) -> FinancialYear
    {
        guard let latest = payScale.financialYears.last else {
            throw .referenceData(file: source.shown(PayScaleTable.file), message: "no pay points: the pay scales list no pay year")
        }
        guard let parameter else { return latest }
        guard let text = parameter.text, payScale.years.contains(text), let year = FinancialYear(label: text) else {
            throw .referenceData(
                file: source.shown("parameters.json"),
                message: "parameter \"defaultPayYear\" (\(parameter.valueText)) is not a pay year of the pay scales: "
                    + payScale.years.joined(separator: ", "))
        }
        return year
    }

    static func citation(_ node: JSONNode?, _ path: String, _ reader: FieldReader) -> Citation {
        guard let node, let f = reader.object(node, path, allowed: ["document", "section", "publisher", "dataset", "primary"]) else {
            reader.missing(path, expected: "a source object", at: node?.location)
            return Citation()
        }
        func s(_ key: String) -> String? { f[key].flatMap { reader.string($0, join(path, key)) } }
        let citation = Citation(
            document: s("document"), section: s("section"), publisher: s("publisher"), dataset: s("dataset"), primary: s("primary"))
        if citation.document == nil && citation.publisher == nil {
            reader.report(node, path, expected: "a source naming a document or a publisher")
        }
        return citation
    }

    static func strings(_ node: JSONNode?, _ path: String, _ reader: FieldReader) -> [String] {
        guard let node, let items = reader.array(node, path) else { return [] }
        return items.enumerated().compactMap { reader.string($1, "\(path)[\($0)]") }
    }
}

/// The reference files by relative path, read the way messages name them.
private struct ReferenceFiles {
    var files: [String: String]
    var origin: String

    /// A file as messages name it: with the directory it was read from, unless embedded.
    func shown(_ name: String) -> String {
        origin == "embedded" ? name : URL(fileURLWithPath: origin).appendingPathComponent(name).path
    }

    func text(_ name: String) throws(PlannerError) -> String {
        guard let text = files[name] else { throw .referenceData(file: shown(name), message: "missing from \(origin)") }
        return text
    }

    /// Parses the JSON file `name` and reads it with `read`; throws every problem `read` recorded.
    func json<T>(_ name: String, _ read: (JSONNode, FieldReader) -> T) throws(PlannerError) -> T {
        let text = try text(name)
        let root: JSONNode
        do { root = try JSONParser.parse(text) } catch { throw .syntax(file: shown(name), error) }
        let reader = FieldReader(file: shown(name))
        let result = read(root, reader)
        if !reader.issues.isEmpty { throw .invalidInput(reader.issues) }
        return result
    }
}
