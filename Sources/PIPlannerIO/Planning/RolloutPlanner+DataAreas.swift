import Foundation
import PIPlannerModel

extension RolloutPlanningRun {
    /// `schedule.fromAreas.areas`: an area set or GSS codes (as `batch --areas` takes them) or an array of codes,
    /// planned from the area data under the scenario (`schedule.fromAreas.scenario`, or the built-in defaults) by
    /// `BatchPlanner`, exactly as `batch` plans them. An area that cannot be planned (an unknown code, a rejected row,
    /// a district) is an issue naming its place in the list and its code; so is an area overlapping another (a
    /// council and its ICB), whose need would be summed twice.
    func planDataAreas(
        _ input: RolloutFromAreasInput.AreaData, method: SizingMethod
    ) -> (areas: [RolloutAreaTeams], data: RolloutDataAreas)? {
        let path = "schedule.fromAreas.areas"
        let issuesBefore = issues.count
        // The area data, then the selection (its suggestions may need the catalog).
        let catalog: AreaCatalog
        let origin: String
        do {
            (catalog, origin) = try AreaCatalog.load(areaDataDirectory: planner.areaDataDirectory)
        } catch {
            // The area data's own error follows this one.
            issues.append(input.place.issue(file: file, path, expected: "areas from area data that can be read"))
            issues += error.diagnostics
            return nil
        }
        let selection = self.selection(input, catalog: catalog)
        guard let scenario = loadScenario(input) else { return nil }
        guard let selection else { return nil }
        if let dir = planner.areaDataDirectory { inputFiles += AreaCatalog.files(inAreaDataDirectory: dir) }

        // Plan as batch does; every area left out is an issue (a target without it would be too low).
        let source = AreaSource(catalog: catalog, areaDataOrigin: origin, scenario: scenario.loaded, reference: reference)
        let result = BatchPlanner.run(selection, from: source)
        let places = CodePlaces(selection: selection, input: input)
        reportExclusions(result, selection: selection, places: places, origin: origin)
        reportOverlaps(result, catalog: catalog, places: places)
        if result.planned.isEmpty && result.excluded.isEmpty {
            issues.append(input.place.issue(file: file, path, expected: "a selection with at least one area in the area data (\(origin))"))
        }
        guard issues.count == issuesBefore, input.isComplete else { return nil }
        let areas = result.planned.map { area, plan in
            RolloutAreaTeams(
                name: area.area.name, code: area.area.code, teams: Self.teams(plan, method),
                existingTeams: Self.existingTeams(plan, method),
                lowIncomeShareBasis: area.shareBasis(of: "lowIncome", in: plan),
                maltreatmentShareBasis: area.shareBasis(of: "maltreatment", in: plan))
        }
        return (
            areas,
            RolloutDataAreas(
                selection: selection.description, scenario: scenario.written, areaData: origin,
                lowIncomeMeasure: scenario.loaded.lowIncomeMeasure.rawValue, notes: result.notes)
        )
    }

    /// The selection as `batch --areas` parses it; nil (with an issue) for a string that is neither a set nor codes.
    private func selection(_ input: RolloutFromAreasInput.AreaData, catalog: AreaCatalog) -> BatchSelection? {
        switch input.selection {
        case .codes(let codes)?:
            return .codes(codes)
        case .text(let text)?:
            if let selection = BatchSelection(text) { return selection }
            let sets = AreaSet.allCases.map(\.rawValue)
            let suggestion =
                nearestKey(to: text, in: sets).map(Diagnostic.Suggestion.nearest)
                ?? AreaSource.suggestion(for: text, in: catalog).map(Diagnostic.Suggestion.described)
            issues.append(
                input.place.issue(
                    file: file, "schedule.fromAreas.areas",
                    expected:
                        "an area set (\(sets.joined(separator: ", "))) or GSS codes, as `piplanner batch --areas` takes them, or an array of GSS codes",
                    hint: suggestion))
            return nil
        case nil:
            return nil
        }
    }

    /// The scenario, checked in full like `batch --scenario`, and its name as written.
    private func loadScenario(_ input: RolloutFromAreasInput.AreaData) -> (loaded: LoadedScenario, written: String)? {
        let loader = PlanConfigLoader(reference: reference)
        switch input.scenario {
        case .unreadable:
            return nil
        case .file(let nested):
            do {
                let scenario = try loader.loadScenario(path: nested.path)
                inputFiles.append(nested.path)
                return (scenario, nested.written)
            } catch {
                reportNestedFile(error, nested, field: "schedule.fromAreas.scenario", kind: "scenario")
                return nil
            }
        case .builtIn:
            do { return (try loader.defaultScenario(), PlanConfigLoader.builtInScenarioName) } catch {
                issues.append(
                    input.place.issue(
                        file: file, "schedule.fromAreas.areas", expected: "areas planned under the built-in scenario, which cannot be built"
                    ))
                issues += error.diagnostics
                return nil
            }
        }
    }

    /// Where each code of the selection was written: `areas[i]` in an array, or the whole `areas` value.
    private struct CodePlaces {
        var selection: BatchSelection
        var input: RolloutFromAreasInput.AreaData

        func place(_ code: String) -> (fieldPath: String, location: SourceLocation?) {
            guard case .codes(let codes) = selection, let k = codes.firstIndex(of: code), input.codePlaces.indices.contains(k) else {
                return ("schedule.fromAreas.areas", input.place.location)
            }
            return input.codePlaces[k]
        }
    }

    /// Each area left out of the batch, as an issue at its place in the list.
    private func reportExclusions(_ result: BatchResult, selection: BatchSelection, places: CodePlaces, origin: String) {
        for exclusion in result.excluded {
            let (fieldPath, location) = places.place(exclusion.code)
            let what = exclusion.code.isEmpty ? "a row with no code" : "\"\(exclusion.code)\"\(exclusion.name.map { " (\($0))" } ?? "")"
            var found = what
            if case .set(let set) = selection { found = "\(what), an area of \"\(set.rawValue)\" that cannot be planned" }
            var notes = exclusion.notes
            if let row = exclusion.location, let place = DiagnosticFormatter.place(row) {
                notes.append("the row is \(place)" + (row.fieldPath.map { ", column \($0)" } ?? ""))
            }
            issues.append(
                .field(
                    location: .init(file: file, location, fieldPath: fieldPath), found: found,
                    expected:
                        "a planning area (a council, an ICB or a health board) that can be planned from the area data (\(origin)): \(exclusion.problem)",
                    notes: notes))
        }
    }

    /// Overlapping areas (a council and its ICB or health board, a county and its district) would count need twice.
    private func reportOverlaps(_ result: BatchResult, catalog: AreaCatalog, places: CodePlaces) {
        let covered = result.planned.map { catalog.authorities(covering: $0.area.area) }
        for j in result.planned.indices {
            for i in 0..<j where !covered[i].isDisjoint(with: covered[j]) {
                let a = result.planned[i].area.area
                let b = result.planned[j].area.area
                let shared = covered[i].intersection(covered[j]).sorted()
                let (fieldPath, location) = places.place(b.code)
                let otherPath = places.place(a.code).fieldPath
                issues.append(
                    Diagnostic(
                        file: file, location: location, fieldPath: fieldPath,
                        found:
                            "\"\(b.code)\" (\(b.name)), which overlaps \(otherPath) \(a.code) (\(a.name)): both include \(shared.prefix(3).joined(separator: ", "))\(shared.count > 3 ? " and \(shared.count - 3) more" : "")",
                        expected: "areas that do not overlap (the need of the shared authorities would be summed twice)",
                        suggestion: "list either the larger area or the areas within it, not both"))
                break
            }
        }
    }

    /// Findings on the risk shares of areas planned from the shipped data: which are local and which national
    /// (as `batch` marks them), and the areas with no low-income adjustment.
    func dataAreaFindings(_ areas: [RolloutAreaTeams], data: RolloutDataAreas, prefix: String) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        func count(_ n: Int) -> String { "\(n) area\(n == 1 ? "" : "s")" }
        let lowIncome = Dictionary(grouping: areas, by: { $0.lowIncomeShareBasis ?? "none" })
        let maltreatment = Dictionary(grouping: areas, by: { $0.maltreatmentShareBasis ?? "none" })
        let localBases = ["local", "local-derived"].filter { lowIncome[$0] != nil }
        let localCount = localBases.reduce(0) { $0 + lowIncome[$1]!.count }
        var text =
            "The \(count(areas.count)) summed were planned from the shipped area data as `piplanner batch --areas \(data.selection)` plans them (scenario \(data.scenario)). "
        text += "Low-income share (\(data.lowIncomeMeasure)): local in \(localCount)"
        if !localBases.isEmpty { text += " (" + localBases.map { "\($0) \(lowIncome[$0]!.count)" }.joined(separator: ", ") + ")" }
        if let none = lowIncome["none"] { text += ", none in \(none.count)" }
        text += ". "
        let maltreatmentText = [
            ("local-derived", "local-derived (England's under-1 share × the authority's children-in-need rate ÷ England's)"),
            ("national", "national (England's babies under one in need ÷ England's live births, 2022)"),
        ].compactMap { key, label in maltreatment[key].map { "\(label) in \($0.count)" } }
        let otherMaltreatment = maltreatment.filter { $0.key != "national" && $0.key != "local-derived" }.sorted { $0.key < $1.key }.map {
            "\($0.key) in \($0.value.count)"
        }
        text += "Maltreatment share: " + (maltreatmentText + otherMaltreatment).joined(separator: ", ") + ". "
        text +=
            "Substance misuse and parental depression are not applied (no cited share of births). Each area's figures are in that batch's output."
        findings.append(
            Diagnostic(
                .riskSharesNational, .note, message: text, fieldPath: "\(prefix).areas",
                source: reference.parameters["riskGroups.maltreatment.nationalShare"]?.citation.text))
        if let none = lowIncome["none"], !none.isEmpty {
            let names = none.prefix(5).map(\.name).joined(separator: ", ") + (none.count > 5 ? " and \(none.count - 5) more" : "")
            findings.append(
                Diagnostic(
                    .riskSharesMissing,
                    message:
                        "No low-income adjustment for \(count(none.count)) (\(names)): no low-income share under lowIncomeMeasure \(data.lowIncomeMeasure) is shipped for them (IDACI 2019 covers England only), so their teams are sized without the low-income risk group.",
                    fieldPath: "\(prefix).areas"))
        }
        return findings
    }
}
