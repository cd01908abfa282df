import Foundation
import PIPlannerModel
import Testing

@testable import PIPlannerIO

/// One formatter for every diagnostic: errors and findings, each location shape, and the exit code they give.
@Suite struct DiagnosticFormatterTests {
    static let reference = try! ReferenceData.embedded()

    static func error(_ location: Diagnostic.Location, notes: [String] = []) -> Diagnostic {
        Diagnostic(severity: .error, category: .invalidField, message: "found 15; expected a proportion", location: location, notes: notes)
    }

    /// A plan config with one area whose fields are `areaFields`.
    static func config(_ areaFields: String) -> String {
        """
        {
          "version": 1,
          "staffingModel": "spending-review-2021",
          "planYears": {"start": "2026/27", "count": 3},
          "areas": [{
            "name": "Test area",
            \(areaFields)
          }]
        }
        """
    }

    @Test(arguments: [
        (Diagnostic.Location(), "error: found 15; expected a proportion"),
        (Diagnostic.Location(file: "plan.json"), "plan.json: error: found 15; expected a proportion"),
        (Diagnostic.Location(file: "rates.csv", line: 14), "rates.csv:14: error: found 15; expected a proportion"),
        (Diagnostic.Location(file: "plan.json", line: 7, column: 43), "plan.json:7:43: error: found 15; expected a proportion"),
        (Diagnostic.Location(fieldPath: "areas[0].share"), "error: areas[0].share: found 15; expected a proportion"),
        (
            Diagnostic.Location(file: "plan.json", line: 7, column: 43, fieldPath: "areas[0].share"),
            "plan.json:7:43: error: areas[0].share: found 15; expected a proportion"
        ),
        (
            Diagnostic.Location(file: "rates.csv", line: 14, fieldPath: "value"),
            "rates.csv:14: error: value: found 15; expected a proportion"
        ),
        (
            Diagnostic.Location(file: "plan.json", line: 1, column: 1, fieldPath: ""),
            "plan.json:1:1: error: (top level): found 15; expected a proportion"
        ),
        (Diagnostic.Location(line: 3, column: 9), "line 3, column 9: error: found 15; expected a proportion"),
        (Diagnostic.Location(file: "plan.json", column: 9), "plan.json: error: found 15; expected a proportion"),
    ])
    func eachLocationShape(location: Diagnostic.Location, expected: String) {
        #expect(DiagnosticFormatter.terminal(Self.error(location)) == expected)
    }

    @Test func notesAndSourceFollowOnTheirOwnLines() {
        let error = Self.error(
            .init(file: "plan.json", line: 7, column: 43), notes: ["a percentage? did you mean 0.15?", "see the README"])
        #expect(
            DiagnosticFormatter.terminal(error)
                == "plan.json:7:43: error: found 15; expected a proportion\n  note: a percentage? did you mean 0.15?\n  note: see the README"
        )
        let finding = Diagnostic(.noFunding, message: "No funding is given.", fieldPath: "areas[0].funding", source: "the report, p. 4")
        #expect(DiagnosticFormatter.terminal(finding) == "warning: areas[0].funding: No funding is given.\n  source: the report, p. 4")
        #expect(DiagnosticFormatter.terminal([error, finding]).components(separatedBy: "\n").count == 6, "each ends with a newline")
        #expect(DiagnosticFormatter.terminal([]).isEmpty)
    }

    @Test func exitCodesComeFromTheCategories() {
        #expect(PlannerError.usage("plan needs a CONFIG file").exitCode == 2)
        #expect(PlannerError.fileNotFound("x.json").exitCode == 1)
        #expect(PlannerError.unreadable(file: "x.json", reason: "it is a directory").exitCode == 1)
        #expect(PlannerError.syntax(file: "x.json", location: SourceLocation(line: 1, column: 2), message: "unexpected end").exitCode == 1)
        #expect(PlannerError.referenceData(file: "parameters.json", message: "broken").exitCode == 1)
        #expect(PlannerError.writeFailed(file: "out.md", reason: "no such directory").exitCode == 1)
        #expect(PlannerError.invalidInput([Self.error(.init(file: "x.json"))]).exitCode == 1)
        let mixed = PlannerError(PlannerError.usage("bad option").diagnostics + [Self.error(.init(file: "x.json"))])
        #expect(mixed.exitCode == 2 && mixed.isUsage)
        #expect(PlannerError.usage("bad option").diagnostics.map(\.category) == [.usage])
        #expect(PlannerError.fileNotFound("x.json") == PlannerError.fileNotFound("x.json"))
    }

    @Test func eachErrorNamesItsPlace() {
        let syntax = PlannerError.syntax(file: "x.json", location: SourceLocation(line: 4, column: 5), message: "expected ',' or '}'")
        #expect(syntax.description == "x.json:4:5: error: malformed JSON: expected ',' or '}'")
        #expect(PlannerError.fileNotFound("/no/plan.json").description == "/no/plan.json: error: file not found")
        #expect(
            PlannerError.referenceData(file: "rates.csv", line: 3, column: "value", message: "not a number").description
                == "rates.csv:3: error: value: not a number")
        let notUTF8 = PlannerError.notUTF8(file: "latin1.json", Data([0x7B, 0x0A, 0x20, 0xA3, 0x7D]))
        #expect(notUTF8.description == "latin1.json:2:2: error: cannot read: not UTF-8 text (byte 0xA3)\n  note: save the file as UTF-8")
    }

    @Test func threeBadFieldsAreThreeDiagnosticsWithTheirPlaces() throws {
        let text = Self.config("\"population\": -1, \"births\": 0, \"riskGroups\": {\"lowIncome\": {\"share\": 15}}")
        let error = #expect(throws: PlannerError.self) {
            try PlanConfigLoader(reference: Self.reference).load(text: text, file: "three.json")
        }
        let diagnostics = try #require(error?.diagnostics)
        #expect(diagnostics.map(\.fieldPath) == ["areas[0].population", "areas[0].births", "areas[0].riskGroups.lowIncome.share"])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.category == .invalidField })
        let lines = DiagnosticFormatter.terminal(diagnostics).split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "three diagnostics and one note: \(lines)")
        #expect(lines[0] == "three.json:7:19: error: areas[0].population: found -1; expected a number of persons greater than 0")
        #expect(lines[1].hasPrefix("three.json:7:33: error: areas[0].births: found 0; expected "))
        #expect(lines[2].hasPrefix("three.json:7:74: error: areas[0].riskGroups.lowIncome.share: found 15; expected "))
        #expect(lines[3] == "  note: a percentage? did you mean 0.15?")
        #expect(diagnostics[2].found == "15" && diagnostics[2].notes == ["a percentage? did you mean 0.15?"])
    }

    @Test func aFindingAndAnErrorRenderThroughTheSameFormatter() throws {
        let loaded = try PlanConfigLoader(reference: Self.reference).load(
            text: Self.config("\"population\": 280000, \"births\": 3300"), file: "area.json")
        let area = try #require(loaded.areas.first)
        let finding = try #require(AreaPlanner.plan(area.input, assumptions: area.assumptions).findings.first { $0.category == .noFunding })
        let error = Diagnostic(
            file: "area.json", location: SourceLocation(line: 7, column: 19), fieldPath: "areas[0].population", found: "-1",
            expected: "a number of persons greater than 0")
        #expect(DiagnosticFormatter.terminal(finding) == "warning: areas[0].funding: \(finding.message)")
        #expect(
            DiagnosticFormatter.terminal(error)
                == "area.json:7:19: error: areas[0].population: found -1; expected a number of persons greater than 0")
        // The reports render the same fields: severity, category, field, message and source.
        #expect(
            MarkdownSections.findings([finding], heading: "## Risks", none: "None.")
                == "## Risks\n\n- **Warning** (no-funding, `areas[0].funding`): \(finding.message)\n\n")
        #expect(
            ReportJSON.finding(finding).compact()
                == "{\"code\":\"no-funding\",\"severity\":\"warning\",\"message\":\"\(finding.message)\",\"field\":\"areas[0].funding\",\"source\":null}"
        )
    }

    @Test func nestedProblemsAreListedNotPasted() throws {
        // A rollout whose plan config is malformed: the rollout's issue names the file; the file's own error follows.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("diagnostics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "{\"version\": 1,".write(to: dir.appendingPathComponent("areas.json"), atomically: true, encoding: .utf8)
        let rollout = """
            {"version": 1, "kind": "rollout", "years": {"start": "2026/27", "count": 2},
             "labourPerTeam": {"staffingModel": "spending-review-2021"},
             "schedule": {"fromAreas": {"config": "areas.json", "method": "need", "fullyOperatingFrom": "2027/28",
              "maxTeamsStartingPerYear": 100}}}
            """
        let config = try RolloutConfigLoader(reference: Self.reference).load(text: rollout, file: "rollout.json", baseDirectory: dir)
        let error = #expect(throws: PlannerError.self) { try RolloutPlanner(reference: Self.reference).plan(config) }
        let diagnostics = try #require(error?.diagnostics)
        #expect(diagnostics.first?.location.file == "rollout.json" && diagnostics.first?.fieldPath == "schedule.fromAreas.config")
        #expect(diagnostics.contains { $0.category == .syntax && $0.location.file?.hasSuffix("areas.json") == true })
        #expect(!diagnostics.contains { $0.message.contains("malformed JSON") && $0.location.file == "rollout.json" })
    }
}
