import Foundation
import PIPlannerModel
import Testing

@testable import PIPlannerIO

/// The config core: one version check, one parameter-value reader whose ranges parameters.json declares, and
/// suggestions kept as data.
@Suite struct ConfigCoreTests {
    static func node(_ json: String) throws -> JSONNode { try JSONParser.parse(json) }

    @Test func oneVersionCheck() throws {
        let root = try Self.node("{\"version\": 2}")
        guard case .object(let members) = root.value else { return }
        let top = Dictionary(uniqueKeysWithValues: members.map { ($0.key, $0.value) })
        let r = FieldReader(file: "f.json")
        #expect(!r.checkVersion(top, root: root, of: "rollout config"))
        #expect(r.issues.map(\.expected) == ["1 (the only rollout config version this piplanner reads)"])
        #expect(!r.checkVersion([:], root: root))
        #expect(r.issues.last.map(DiagnosticFormatter.terminal) == "f.json:1:1: error: version: missing; expected \"version\": 1")
        #expect(r.checkVersion(["version": try Self.node("1")], root: root))
    }

    @Test func everyNumericParameterDeclaresItsRange() throws {
        let reference = try ReferenceData.embedded()
        for p in reference.parameters.values {
            #expect((p.range != nil) == (p.number != nil), "\(p.id)")
            if p.unit.lowercased().hasPrefix("gbp") { #expect(p.range?.kind == .gbp, "\(p.id)") }
            if p.unit.lowercased().hasPrefix("proportion") || p.unit.lowercased().hasPrefix("fraction") {
                #expect(p.range?.kind == .proportion, "\(p.id)")
            }
        }
        #expect(reference.parameters["baselinePrevalence"]?.range == .proportionAboveZero)
        #expect(reference.parameters["specialistShare"]?.range == .proportionAboveZero)
        #expect(reference.parameters["spendingReview2021LabourPerTeamGBP"]?.priceYear?.label == "2022/23")
        #expect(reference.parameters["trainingFirstYearGBP"]?.priceYear == nil)
        #expect(reference.defaultPayYear.label == "2025/26")
        for (name, range) in ValueRange.named { #expect(ValueRange(named: name) == range && range.name == name) }
    }

    @Test func planAndRolloutReadAParameterByTheSameRange() throws {
        let reference = try ReferenceData.embedded()
        let training = try #require(reference.parameters["trainingFirstYearGBP"])
        let r = FieldReader(file: "f.json")
        // A rollout only multiplies its figures, so 0 is a setting; a plan refuses it as the range declares.
        #expect(r.parameterValue(try Self.node("0"), "assumptions.trainingFirstYearGBP", parameter: training, use: .rollout) == 0)
        #expect(r.issues.isEmpty)
        #expect(r.parameterValue(try Self.node("0"), "assumptions.trainingFirstYearGBP", parameter: training) == nil)
        #expect(r.issues.last?.expected == "a number of GBP per team in its first year greater than 0")
        let share = try #require(reference.parameters["specialistShare"])
        #expect(r.parameterValue(try Self.node("30"), "x", parameter: share, use: .rollout) == nil)
        #expect(r.issues.last?.notes == [Diagnostic.Suggestion.percentage(meant: 0.3).text])
        #expect(r.parameterValue(try Self.node("0"), "x", parameter: share) == nil)
        #expect(r.issues.last?.expected == "a proportion greater than 0 and at most 1")
        let combination = try #require(reference.parameters["combination"])
        #expect(r.parameterValue(try Self.node("1"), "x", parameter: combination) == nil)
    }

    @Test func aParameterWithoutARangeIsRefused() throws {
        let text = """
            {"parameters": [{"id": "x", "value": 2, "unit": "persons", "source": {"document": "d"}, "basis": "published"},
            {"id": "y", "value": "a", "unit": "name", "range": "positive", "source": {"document": "d"}, "basis": "published"},
            {"id": "z", "value": 2, "unit": "persons", "range": "positiv", "source": {"document": "d"}, "basis": "published"}]}
            """
        let r = FieldReader(file: "parameters.json")
        _ = ReferenceParameter.readAll(try Self.node(text), r)
        #expect(r.issues.map(\.fieldPath) == ["parameters[0].range", "parameters[1].range", "parameters[2].range"])
        #expect(r.issues[0].category == .missingField && r.issues[2].notes == ["did you mean \"positive\"?"])
    }

    @Test func suggestionsAreData() throws {
        let r = FieldReader(file: "f.json")
        _ = r.object(try Self.node("{\"pupulation\": 1}"), "areas[0]", allowed: ["population", "births"])
        #expect(r.issues[0].category == .unknownKey && r.issues[0].found == "unknown key \"pupulation\"")
        #expect(r.issues[0].notes == ["did you mean \"population\"?"])
        // The typo already names the key: its absence is not reported again.
        r.missing("areas[0].population", expected: "a number", at: nil)
        #expect(r.issues.count == 1)
        r.hintUnknownTopLevelKeys(["schedule"], "a rollout config's key")
        _ = r.object(try Self.node("{\"schedule\": 1}"), "", allowed: ["areas"])
        r.hintUnknownTopLevelKeys(["schedule"], "a rollout config's key")
        #expect(r.issues.last?.notes == ["a rollout config's key"])
        #expect(Diagnostic.Suggestion.described("E08000035 (Leeds)").text == "did you mean E08000035 (Leeds)?")
    }
}
