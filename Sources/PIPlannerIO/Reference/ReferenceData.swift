import Foundation
import PIPlannerModel

/// A team template from `ReferenceData/staffing-models.json`.
public struct StaffingTemplate: Sendable {
    public struct Role: Sendable {
        public var id: String
        public var title: String
        /// nil where the source gives no band.
        public var band: String?
        public var wte: Double
    }
    public var id: String
    public var name: String
    public var citation: Citation
    public var roles: [Role]
    public var teamWTE: Double { roles.reduce(0) { $0 + $1.wte } }
}

/// A funding source and the outcomes it is accountable for (`funders.json`).
public struct FunderTemplate: Sendable {
    public var id: String
    public var name: String
    public var outcomes: [String]
    public var citation: Citation
}

/// One tier of the system-level theory of change (`theory-of-change.json`).
public struct TheoryOfChangeTier: Sendable {
    public var id: String
    public var name: String
    public var outcomes: [String]
}

/// A published finding on value (`evidence.json`), quoted never forecast.
public struct EvidenceItem: Sendable {
    public var id: String
    public var text: String
    public var citation: Citation
}

/// A named set of assumptions (`presets.json`).
public struct Preset: Sendable {
    public var id: String
    public var name: String
    public var citation: Citation
    public var assumptions: [(id: String, value: Double)]
    public var ignoreRiskGroups: Bool
}

/// One NHS Agenda for Change pay point (`pay-scales/nhs_afc_pay_points_england.csv`).
public struct PayPoint: Sendable, Equatable {
    public var payYear: String
    public var band: String
    public var point: String
    public var yearsInBand: String
    public var annualSalaryGBP: Double
    public var publisher: String
    public var url: String
    public var quality: String
    public var note: String
    /// 1-based line in the CSV, for messages.
    public var line: Int

    public var citation: String { "\(publisher), \(url) (\(quality)); pay year \(payYear), band \(band), point \(point)" }
}

/// The pay-scale table with lookups by year and band.
public struct PayScaleTable: Sendable {
    public static let file = "pay-scales/nhs_afc_pay_points_england.csv"
    public var points: [PayPoint]

    /// Pay years present, oldest first.
    public var years: [String] { Array(Set(points.map(\.payYear))).sorted() }

    /// Points for a band in a year, lowest salary first.
    public func points(year: String, band: String) -> [PayPoint] {
        points.filter { $0.payYear == year && $0.band == band }.sorted { $0.annualSalaryGBP < $1.annualSalaryGBP }
    }

    /// Pay years in which a band has any point.
    public func years(havingBand band: String) -> [String] {
        Array(Set(points.filter { $0.band == band }.map(\.payYear))).sorted()
    }

    /// Every band in the table.
    public var bands: [String] {
        Array(Set(points.map(\.band))).sorted { (Int($0.prefix(1)) ?? 0, $0) < (Int($1.prefix(1)) ?? 0, $1) }
    }
}

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

    public func staffingModel(_ id: String) -> StaffingTemplate? { staffingModels.first { $0.id == id } }
    public func funder(_ id: String) -> FunderTemplate? { funders.first { $0.id == id } }
    public func preset(_ id: String) -> Preset? { presets.first { $0.id == id } }

    /// The reference data compiled into the binary from `ReferenceData/`.
    public static func embedded() throws(PlannerError) -> ReferenceData {
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
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw .unreadable(file: path, reason: "permission denied")
                }
                files[relative] = String(decoding: data, as: UTF8.self)
            }
        }
        return try ReferenceData(files: files, origin: directory.path)
    }

    /// Parses reference data from file texts keyed by relative path.
    public init(files: [String: String], origin: String) throws(PlannerError) {
        self.origin = origin
        self.files = files
        /// A file as messages name it: with the directory it was read from, unless embedded.
        func shown(_ name: String) -> String {
            origin == "embedded" ? name : URL(fileURLWithPath: origin).appendingPathComponent(name).path
        }
        func root(_ name: String) throws(PlannerError) -> (JSONNode, FieldReader) {
            guard let text = files[name] else { throw .referenceData(file: shown(name), message: "missing from \(origin)") }
            do {
                return (try JSONParser.parse(text), FieldReader(file: shown(name)))
            } catch {
                throw .syntax(file: shown(name), location: error.location, message: error.message)
            }
        }
        func check(_ reader: FieldReader) throws(PlannerError) {
            if !reader.issues.isEmpty { throw .invalidInput(reader.issues) }
        }

        // parameters.json
        let (paramsNode, r1) = try root("parameters.json")
        var parameters: [String: ReferenceParameter] = [:]
        var order: [String] = []
        for parameter in ReferenceParameter.readAll(paramsNode, r1) {
            parameters[parameter.id] = parameter
            order.append(parameter.id)
        }
        try check(r1)
        for id in PlanAssumptions.parameterIDs where parameters[id]?.number == nil {
            throw .referenceData(file: shown("parameters.json"), message: "parameter \"\(id)\" is missing or not a number")
        }
        self.parameters = parameters
        self.parameterOrder = order

        // staffing-models.json
        let (staffNode, r2) = try root("staffing-models.json")
        var models: [StaffingTemplate] = []
        if let top = r2.object(staffNode, "", allowed: ["schemaVersion", "description", "models"]),
            let list = top["models"].flatMap({ r2.array($0, "models") })
        {
            for (i, node) in list.enumerated() {
                let path = "models[\(i)]"
                guard let f = r2.object(node, path, allowed: ["id", "name", "source", "roles"]) else { continue }
                var roles: [StaffingTemplate.Role] = []
                let roleNodes = f["roles"].flatMap { r2.array($0, join(path, "roles")) } ?? []
                // A team of no roles has no WTE: every team-equivalent would divide by zero.
                if roleNodes.isEmpty {
                    r2.report(f["roles"], join(path, "roles"), expected: "an array of at least one role", location: node.location)
                }
                for (j, roleNode) in roleNodes.enumerated() {
                    let rp = "\(path).roles[\(j)]"
                    guard let rf = r2.object(roleNode, rp, allowed: ["id", "title", "band", "wte"]) else { continue }
                    var band: String? = nil
                    if let b = rf["band"], case .string(let s) = b.value { band = s }
                    roles.append(
                        .init(
                            id: rf["id"].flatMap { r2.string($0, "\(rp).id") } ?? "",
                            title: rf["title"].flatMap { r2.string($0, "\(rp).title") } ?? "",
                            band: band,
                            wte: rf["wte"].flatMap { r2.positive($0, "\(rp).wte", unit: "WTE") } ?? 0))
                    if rf["wte"] == nil {
                        r2.missing("\(rp).wte", expected: "WTE per team (a number greater than 0)", at: roleNode.location)
                    }
                }
                models.append(
                    StaffingTemplate(
                        id: f["id"].flatMap { r2.string($0, "\(path).id") } ?? "",
                        name: f["name"].flatMap { r2.string($0, "\(path).name") } ?? "",
                        citation: Self.citation(f["source"], "\(path).source", r2), roles: roles))
            }
        }
        try check(r2)
        self.staffingModels = models

        // funders.json
        let (fundersNode, r3) = try root("funders.json")
        var funders: [FunderTemplate] = []
        if let top = r3.object(fundersNode, "", allowed: ["schemaVersion", "description", "funders"]),
            let list = top["funders"].flatMap({ r3.array($0, "funders") })
        {
            for (i, node) in list.enumerated() {
                let path = "funders[\(i)]"
                guard let f = r3.object(node, path, allowed: ["id", "name", "outcomes", "source"]) else { continue }
                funders.append(
                    FunderTemplate(
                        id: f["id"].flatMap { r3.string($0, "\(path).id") } ?? "",
                        name: f["name"].flatMap { r3.string($0, "\(path).name") } ?? "",
                        outcomes: Self.strings(f["outcomes"], "\(path).outcomes", r3),
                        citation: Self.citation(f["source"], "\(path).source", r3)))
            }
        }
        try check(r3)
        self.funders = funders

        // theory-of-change.json
        let (tocNode, r4) = try root("theory-of-change.json")
        var tiers: [TheoryOfChangeTier] = []
        var tocCitation = Citation()
        if let top = r4.object(tocNode, "", allowed: ["schemaVersion", "source", "tiers"]) {
            tocCitation = Self.citation(top["source"], "source", r4)
            for (i, node) in (top["tiers"].flatMap { r4.array($0, "tiers") } ?? []).enumerated() {
                guard let f = r4.object(node, "tiers[\(i)]", allowed: ["id", "name", "outcomes"]) else { continue }
                tiers.append(
                    TheoryOfChangeTier(
                        id: f["id"].flatMap { r4.string($0, "tiers[\(i)].id") } ?? "",
                        name: f["name"].flatMap { r4.string($0, "tiers[\(i)].name") } ?? "",
                        outcomes: Self.strings(f["outcomes"], "tiers[\(i)].outcomes", r4)))
            }
        }
        try check(r4)
        self.theoryOfChange = tiers
        self.theoryOfChangeCitation = tocCitation

        // evidence.json
        let (evidenceNode, r5) = try root("evidence.json")
        var evidence: [EvidenceItem] = []
        if let top = r5.object(evidenceNode, "", allowed: ["schemaVersion", "description", "findings"]) {
            for (i, node) in (top["findings"].flatMap { r5.array($0, "findings") } ?? []).enumerated() {
                guard let f = r5.object(node, "findings[\(i)]", allowed: ["id", "text", "source"]) else { continue }
                evidence.append(
                    EvidenceItem(
                        id: f["id"].flatMap { r5.string($0, "findings[\(i)].id") } ?? "",
                        text: f["text"].flatMap { r5.string($0, "findings[\(i)].text") } ?? "",
                        citation: Self.citation(f["source"], "findings[\(i)].source", r5)))
            }
        }
        try check(r5)
        self.evidence = evidence

        // presets.json
        let (presetsNode, r6) = try root("presets.json")
        var presets: [Preset] = []
        if let top = r6.object(presetsNode, "", allowed: ["schemaVersion", "description", "presets"]) {
            for (i, node) in (top["presets"].flatMap { r6.array($0, "presets") } ?? []).enumerated() {
                let path = "presets[\(i)]"
                guard let f = r6.object(node, path, allowed: ["id", "name", "source", "assumptions", "ignoreRiskGroups"]) else { continue }
                var values: [(id: String, value: Double)] = []
                for member in (f["assumptions"].flatMap { r6.members($0, "\(path).assumptions") } ?? []) {
                    let p = "\(path).assumptions.\(member.key)"
                    guard let parameter = parameters[member.key] else {
                        r6.report(member.value, p, expected: "a parameter id from parameters.json")
                        continue
                    }
                    // Checked as a config's override is: a preset's 10 where 0.10 is meant is caught.
                    let value = r6.parameterValue(member.value, p, parameter: parameter)
                    if let d = value { values.append((member.key, d)) }
                }
                presets.append(
                    Preset(
                        id: f["id"].flatMap { r6.string($0, "\(path).id") } ?? "",
                        name: f["name"].flatMap { r6.string($0, "\(path).name") } ?? "",
                        citation: Self.citation(f["source"], "\(path).source", r6), assumptions: values,
                        ignoreRiskGroups: f["ignoreRiskGroups"].flatMap { r6.bool($0, "\(path).ignoreRiskGroups") } ?? false))
            }
        }
        try check(r6)
        self.presets = presets

        // Pay scales.
        guard let payText = files[PayScaleTable.file] else {
            throw .referenceData(file: shown(PayScaleTable.file), message: "missing from \(origin)")
        }
        let table = CSVTable.parse(payText)
        let needed = [
            "pay_year", "band", "point", "years_in_band", "annual_salary_gbp", "source_publisher", "source_url", "source_quality", "note",
        ]
        var columns: [String: Int] = [:]
        for name in needed {
            guard let index = table.column(name) else {
                throw .referenceData(file: shown(PayScaleTable.file), message: "missing column \"\(name)\"")
            }
            columns[name] = index
        }
        var points: [PayPoint] = []
        for row in table.rows {
            func field(_ name: String) -> String {
                let i = columns[name]!
                return i < row.fields.count ? row.fields[i] : ""
            }
            guard let salary = Double(field("annual_salary_gbp")), salary > 0, Money.canHold(salary) else {
                throw .referenceData(
                    file: shown(PayScaleTable.file),
                    message:
                        "line \(row.line): annual_salary_gbp \"\(field("annual_salary_gbp"))\" is not a positive number of pounds of at most \(Format.gbp(Money(gbp: Money.maxGBP)))"
                )
            }
            points.append(
                PayPoint(
                    payYear: field("pay_year"), band: field("band"), point: field("point"), yearsInBand: field("years_in_band"),
                    annualSalaryGBP: salary, publisher: field("source_publisher"), url: field("source_url"),
                    quality: field("source_quality"), note: field("note"), line: row.line))
        }
        self.payScale = PayScaleTable(points: points)
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
