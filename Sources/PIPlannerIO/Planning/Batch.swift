import Foundation
import PIPlannerModel

/// The areas a batch asks for: a named set or a list of codes.
public enum BatchSelection: Sendable, Equatable {
    case set(AreaSet)
    case codes([String])

    /// Parses `--areas`: a set name, or codes separated by commas. Nil when it is neither
    /// (a mistyped set name); the caller turns that into a usage error.
    public init?(_ text: String) {
        if let set = AreaSet(rawValue: text) {
            self = .set(set)
            return
        }
        let codes = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !codes.isEmpty, codes.allSatisfy(BatchSelection.looksLikeCode) else { return nil }
        self = .codes(codes)
    }

    /// A GSS code's shape: a letter and 8 digits.
    public static func looksLikeCode(_ s: String) -> Bool {
        s.count == 9 && s.first!.isLetter && s.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    public var description: String {
        switch self {
        case .set(let set): return set.rawValue
        case .codes(let codes): return codes.joined(separator: ",")
        }
    }
}

/// An area left out of a batch, and why.
public struct BatchExclusion: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: String
    public var name: String?
    public var reason: String
    /// Where in the area data, for rejected rows.
    public var file: String?
    public var line: Int?
    public var column: String?

    public var description: String {
        var place = ""
        if let file { place = file + (line.map { ":\($0)" } ?? "") + (column.map { " column \($0)" } ?? "") + ": " }
        return "\(code.isEmpty ? "(no code)" : code)\(name.map { " \($0)" } ?? ""): \(place)\(reason)"
    }
}

/// Plans every area of a selection from the catalog under one scenario.
public struct BatchResult: Sendable {
    public var selection: BatchSelection
    public var scenario: LoadedScenario
    public var areaDataOrigin: String
    public var planned: [(area: DataArea, plan: AreaPlan)]
    public var excluded: [BatchExclusion]
    /// Rejected rows of the area data outside this selection: reported, not counted as exclusions.
    public var otherRejects: [AreaRowReject]
    /// How many areas were asked for (the set's size in the catalog plus its rejected rows, or the codes given).
    public var requested: Int
    public var totals: PlanSetTotals
    /// Plain-language notes on coverage and boundary changes, for the summary.
    public var notes: [String]

    public var isPartial: Bool { !excluded.isEmpty }
}

public enum BatchPlanner {
    /// Resolves the selection, builds and plans every area, and collects the ones that cannot be planned.
    public static func run(
        selection: BatchSelection, catalog: AreaCatalog, scenario: LoadedScenario, reference: ReferenceData, areaDataOrigin: String
    ) -> BatchResult {
        let builder = DataAreaBuilder(catalog: catalog, scenario: scenario, reference: reference, areaDataOrigin: areaDataOrigin)
        var areas: [PlanningArea] = []
        var excluded: [BatchExclusion] = []
        var otherRejects: [AreaRowReject] = []
        var requested = 0

        switch selection {
        case .set(let set):
            areas = catalog.planningAreas(in: set)
            for reject in catalog.rejects {
                if rejectConcerns(reject, set: set) {
                    excluded.append(
                        BatchExclusion(
                            code: reject.code, name: nil, reason: reject.reason, file: reject.file, line: reject.line, column: reject.column
                        ))
                } else {
                    otherRejects.append(reject)
                }
            }
            requested = areas.count + excluded.count
        case .codes(let codes):
            requested = codes.count
            var seen = Set<String>()
            for code in codes {
                guard seen.insert(code).inserted else {
                    requested -= 1
                    continue
                }
                switch resolve(code: code, in: catalog) {
                case .success(let area): areas.append(area)
                case .failure(let exclusion): excluded.append(exclusion)
                }
            }
            let asked = Set(codes)
            otherRejects = catalog.rejects.filter { !asked.contains($0.code) }
        }

        var planned: [(area: DataArea, plan: AreaPlan)] = []
        // The set's totals add every area's costs: they too must fit in Money (each area's do, by the builder's check).
        var setScaleGBP = 0.0
        for area in areas {
            switch builder.build(area) {
            case .success(let built):
                let scale = AreaPlanner.moneyScale(built.input, assumptions: built.assumptions).boundGBP
                guard Money.canHold(setScaleGBP + scale) else {
                    excluded.append(
                        BatchExclusion(
                            code: area.code, name: area.name,
                            reason:
                                "with it the set's costs would come to about £\(Format.approximate(setScaleGBP + scale)), more than the \(Format.gbp(Money(gbp: Money.maxGBP))) piplanner holds to the penny; check the population and births in the area data"
                        ))
                    continue
                }
                setScaleGBP += scale
                planned.append((built, AreaPlanner.plan(built.input, assumptions: built.assumptions)))
            case .failure(let failure):
                excluded.append(BatchExclusion(code: failure.code, name: failure.name, reason: failure.reason))
            }
        }
        let totals = PlanSetTotals(planned.map(\.plan))
        return BatchResult(
            selection: selection, scenario: scenario, areaDataOrigin: areaDataOrigin, planned: planned, excluded: excluded,
            otherRejects: otherRejects, requested: requested, totals: totals,
            notes: notes(selection: selection, catalog: catalog, planned: planned.map(\.area)))
    }

    /// A code given on the command line as a planning area, or why it is not one (with the nearest code or name).
    public static func resolve(code: String, in catalog: AreaCatalog) -> Result<PlanningArea, BatchExclusion> {
        if let area = catalog.planningArea(code: code) { return .success(area) }
        if let la = catalog.localAuthority(code: code), let parent = la.parentCode {
            let county = catalog.localAuthority(code: parent)
            return .failure(
                BatchExclusion(
                    code: code, name: la.name,
                    reason:
                        "a non-metropolitan district, not a planning unit: plan its county \(parent)\(county.map { " (\($0.name))" } ?? "") instead"
                ))
        }
        if let reject = catalog.rejects.first(where: { $0.code == code }) {
            return .failure(
                BatchExclusion(code: code, name: nil, reason: reject.reason, file: reject.file, line: reject.line, column: reject.column))
        }
        return .failure(
            BatchExclusion(
                code: code, name: nil,
                reason: "unknown area code" + (suggestion(for: code, in: catalog).map { "; did you mean \($0)?" } ?? "")))
    }

    /// The nearest planning-area code, or the code of an area whose name matches.
    public static func suggestion(for text: String, in catalog: AreaCatalog) -> String? {
        let all = catalog.planningAreas(in: .all) + catalog.planningAreas(in: .icbs) + catalog.planningAreas(in: .healthBoards)
        let lower = text.lowercased()
        if let byName = all.first(where: { $0.name.lowercased() == lower }) { return "\(byName.code) (\(byName.name))" }
        if let partial = all.first(where: { $0.name.lowercased().contains(lower) && lower.count >= 3 }) {
            return "\(partial.code) (\(partial.name))"
        }
        if let near = nearestKey(to: text, in: all.map(\.code)), let area = all.first(where: { $0.code == near }) {
            return "\(area.code) (\(area.name))"
        }
        if let nearName = nearestKey(to: text, in: all.map(\.name)), let area = all.first(where: { $0.name == nearName }) {
            return "\(area.code) (\(area.name))"
        }
        return nil
    }

    /// Whether a rejected row could belong to the set (so the batch is partial without it).
    static func rejectConcerns(_ reject: AreaRowReject, set: AreaSet) -> Bool {
        let prefix = reject.code.first.map(String.init) ?? ""
        switch set {
        case .icbs: return reject.file == AreaFileSchema.icbsFile
        case .healthBoards: return reject.file == AreaFileSchema.healthBoardsFile
        case .all: return reject.file == AreaFileSchema.localAuthoritiesFile
        case .england: return reject.file == AreaFileSchema.localAuthoritiesFile && (prefix.isEmpty || prefix == "E")
        case .wales: return reject.file == AreaFileSchema.localAuthoritiesFile && (prefix.isEmpty || prefix == "W")
        case .scotland: return reject.file == AreaFileSchema.localAuthoritiesFile && (prefix.isEmpty || prefix == "S")
        case .northernIreland: return reject.file == AreaFileSchema.localAuthoritiesFile && (prefix.isEmpty || prefix == "N")
        }
    }

    /// Coverage and boundary-change notes for the areas planned (ReferenceData/areas/README.md).
    static func notes(selection: BatchSelection, catalog: AreaCatalog, planned: [DataArea]) -> [String] {
        var notes: [String] = []
        let las = planned.compactMap(\.record)
        if case .set(let set) = selection, set == .all || set == .england {
            var counts: [String] = []
            for nation in (set == .all ? AreaNation.allCases : [.england]) {
                let n = las.filter { $0.nation == nation }.count
                let what: String
                switch nation {
                case .england: what = "English upper-tier (counties, unitaries, metropolitan districts, London boroughs)"
                case .wales: what = "Welsh unitary authorities"
                case .scotland: what = "Scottish council areas"
                case .northernIreland: what = "Northern Ireland districts"
                }
                counts.append("\(n) \(what)")
            }
            notes.append("Planned: " + counts.joined(separator: ", ") + ".")
            let districts = catalog.localAuthorities.filter { $0.tier == .nonMetropolitanDistrict }
            let counties = Set(districts.compactMap(\.parentCode))
            notes.append(
                "The \(districts.count) English non-metropolitan districts are not planned separately: each is covered by its county (\(counties.count) counties)."
            )
        }
        let summed = las.filter { $0.birthsBasis == .summed }
        if !summed.isEmpty {
            notes.append(
                "Births of " + summed.map(\.name).joined(separator: ", ")
                    + " (April 2023 unitaries) are the exact sums of the 2022 births of the districts they replaced.")
        }
        let apportioned = las.filter { $0.birthsBasis == .apportioned }
        if !apportioned.isEmpty {
            notes.append(
                "Births of " + apportioned.map(\.name).joined(separator: " and ")
                    + " are apportioned from ONS's single combined figure by age-0 population (approximate).")
        }
        let derived = las.filter { $0.idaciBasis == .derived }
        if !derived.isEmpty {
            let fromDistricts = derived.filter {
                if case .districts? = IoD2019Succession.byCode[$0.code] { return true } else { return false }
            }
            let carried = derived.filter { d in !fromDistricts.contains { $0.code == d.code } }
            var text = "IDACI 2019 rates for authorities created 2020–2023:"
            if !carried.isEmpty {
                text +=
                    " " + carried.map(\.name).joined(separator: ", ") + " carry over their predecessor county's published rate (same area);"
            }
            if !fromDistricts.isEmpty {
                text +=
                    " " + fromDistricts.map(\.name).joined(separator: ", ")
                    + " are weighted from their 2019 districts (File 10): approximate, within the tolerance ReferenceData/areas/README.md states."
            }
            notes.append(text)
        }
        let icbs = planned.filter { $0.area.kind == .icb }
        if !icbs.isEmpty {
            let approx = icbs.filter(\.area.isApproximate).count
            notes.append(
                "ICB figures are sums over lower-tier authorities; \(approx) of \(icbs.count) include an authority split between ICBs, apportioned by LSOA count (approximate). Low-income shares are births-weighted means of the authorities' IDACI rates, districts taking their county's rate."
            )
        }
        let noLowIncome = planned.filter { $0.lowIncomeBasis == "none" }
        if !noLowIncome.isEmpty {
            let nations = Array(Set(noLowIncome.map(\.area.nation))).sorted { $0.rawValue < $1.rawValue }.map(\.displayName)
            notes.append(
                "No low-income adjustment for \(noLowIncome.count) area\(noLowIncome.count == 1 ? "" : "s") (\(nations.joined(separator: ", "))): IDACI covers England only and no other deprivation measure is shipped (finding risk-shares-missing)."
            )
        }
        notes.append(
            "Risk shares: low income is local where an IDACI 2019 rate is shipped (a share of children aged 0–15 used for births: an assumption); maltreatment is national (England's babies under one in need ÷ England's births in 2022, different years; England's figure outside England); substance misuse and parental depression are not applied (no cited share). Every area: existing WTE 0 and no funding (the whole cost is unfunded)."
        )
        return notes
    }
}

extension DataArea {
    /// How the plan's share of a risk group was obtained, as batch's `*_share_basis` columns say: for low income
    /// `lowIncomeBasis` (`local`, `local-derived`, `local-births-weighted`); otherwise the group's scope
    /// (`national` for maltreatment); `none` when the plan has no such group.
    public func shareBasis(of groupID: String, in plan: AreaPlan) -> String {
        guard let group = plan.input.riskGroups.first(where: { $0.id == groupID }) else { return "none" }
        if groupID == "lowIncome" { return lowIncomeBasis }
        return group.scope?.rawValue ?? "none"
    }
}

extension AreaCatalog {
    /// The area data for `--area-data DIR` (its three files), or the copy built in (nil), with its origin
    /// (`embedded` or DIR). Bad rows are collected in `rejects`, never fatal; a missing file or column is.
    public static func load(areaDataDirectory dir: String?) throws(PlannerError) -> (catalog: AreaCatalog, origin: String) {
        guard let dir else {
            do { return (try AreaCatalog.embedded(badRows: .collect), "embedded") } catch {
                throw .referenceData(file: AreaFileSchema.directory, message: String(describing: error))
            }
        }
        var texts: [String] = []
        for path in files(inAreaDataDirectory: dir) {
            texts.append(try InputFile.readText(path, what: "an area data CSV file"))
        }
        do {
            return (try AreaCatalog(localAuthoritiesCSV: texts[0], icbsCSV: texts[1], healthBoardsCSV: texts[2], badRows: .collect), dir)
        } catch let error as AreaDataError {
            throw .referenceData(file: URL(fileURLWithPath: dir).appendingPathComponent(error.file).path, message: error.description)
        } catch {
            throw .referenceData(file: dir, message: String(describing: error))
        }
    }

    /// The paths of the three area files in an `--area-data` directory.
    public static func files(inAreaDataDirectory dir: String) -> [String] {
        [AreaFileSchema.localAuthoritiesFile, AreaFileSchema.icbsFile, AreaFileSchema.healthBoardsFile].map {
            URL(fileURLWithPath: dir).appendingPathComponent($0).path
        }
    }

    /// The lower-tier and unitary authorities an area is made of: a council and (for a county) its districts; an ICB's
    /// lower-tier authorities; a health board's councils. Two areas overlap when these sets meet.
    public func authorities(covering area: PlanningArea) -> Set<String> {
        switch area.kind {
        case .localAuthority: return Set([area.code] + districts(of: area.code).map(\.code))
        case .icb: return Set(icb(code: area.code)?.lowerTierLACodes ?? [])
        case .healthBoard: return Set(healthBoard(code: area.code)?.laCodes ?? [])
        }
    }
}
