import PIPlannerModel
import Testing

/// The one diagnostic type: a finding and an error are the same value with different categories and severities.
@Suite struct DiagnosticTests {
    @Test func aFindingIsAWarningOnAFieldWithItsSource() {
        let finding = Diagnostic(.noFunding, message: "No funding is given.", fieldPath: "areas[0].funding", source: "a report")
        #expect(finding.severity == .warning && finding.category == .noFunding && finding.code == .noFunding)
        #expect(finding.location == Diagnostic.Location(fieldPath: "areas[0].funding") && finding.fieldPath == "areas[0].funding")
        #expect(finding.notes.isEmpty && finding.source == "a report")
        #expect(finding.found == nil && finding.expected == nil)
        #expect(Diagnostic(.riskSharesNational, .note, message: "m").severity == .note)
        let alias: Finding = finding
        #expect(alias == finding)
    }

    @Test func aFieldErrorIsBuiltFromWhatWasFoundAndExpected() {
        let location = Diagnostic.Location(file: "plan.json", line: 7, column: 43, fieldPath: "areas[0].share")
        let invalid = Diagnostic.field(location: location, found: "15", expected: "a proportion", notes: ["did you mean 0.15?"])
        #expect(invalid.severity == .error && invalid.category == .invalidField)
        #expect(invalid.message == "found 15; expected a proportion")
        #expect(invalid.found == "15" && invalid.expected == "a proportion" && invalid.notes == ["did you mean 0.15?"])
        let missing = Diagnostic.field(location: location, found: nil, expected: "a number")
        #expect(missing.category == .missingField && missing.message == "missing; expected a number")
        let unknown = Diagnostic.field(.unknownKey, location: location, found: "unknown key \"x\"", expected: "one of \"a\"")
        #expect(unknown.category == .unknownKey)
    }

    @Test func categoriesAreStableKebabCaseCodes() {
        let codes = Diagnostic.Category.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count, "each code once")
        #expect(codes.allSatisfy { code in code.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } }, "\(codes)")
        #expect(Diagnostic.Category.camhsNoUnder2.rawValue == "camhs-no-under-2")
        #expect(Diagnostic.Category.fileNotFound.rawValue == "file-not-found" && Diagnostic.Category.usage.rawValue == "usage")
    }

    @Test func suggestionsBecomeNoteText() {
        #expect(Diagnostic.Suggestion.nearest("entry").text == "did you mean \"entry\"?")
        #expect(Diagnostic.Suggestion.described("E08000035 (Leeds)").text == "did you mean E08000035 (Leeds)?")
        #expect(Diagnostic.Suggestion.percentage(meant: 1.1 / 100).text == "a percentage? did you mean 0.011?")
        #expect(Diagnostic.Suggestion.advice("set pay.point").text == "set pay.point")
    }
}
