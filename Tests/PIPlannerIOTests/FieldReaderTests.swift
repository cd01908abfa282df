import PIPlannerModel
import Testing

@testable import PIPlannerIO

@Suite struct FieldReaderTests {
    @Test func nearestKey() {
        #expect(PIPlannerIO.nearestKey(to: "populaton", in: ["population", "births"]) == "population")
        #expect(PIPlannerIO.nearestKey(to: "BIRTHS", in: ["population", "births"]) == "births")
        #expect(PIPlannerIO.nearestKey(to: "zzzzzz", in: ["population", "births"]) == nil)
    }

    @Test func proportionCatchesPercentages() throws {
        let reader = FieldReader(file: "f.json")
        #expect(reader.proportion(try JSONParser.parse("15"), "x") == nil)
        #expect(reader.issues.first?.notes == ["a percentage? did you mean 0.15?"])
        #expect(reader.proportion(try JSONParser.parse("0.15"), "y") == 0.15)
        #expect(reader.proportion(try JSONParser.parse("150"), "z") == nil)
        #expect(reader.issues.count == 2)
        #expect(reader.issues[1].notes.isEmpty)
    }

    @Test func percentageSuggestionIsTheDecimalMeant() throws {
        // 1.1 / 100 is 0.011000000000000001 in binary; the suggestion once printed that.
        let reader = FieldReader(file: "f.json")
        for (text, meant) in [("1.1", "0.011"), ("20.3", "0.203"), ("3.4", "0.034"), ("1.0000001", "0.010000001")] {
            #expect(reader.proportion(try JSONParser.parse(text), "x") == nil)
            #expect(reader.issues.last?.notes == ["a percentage? did you mean \(meant)?"])
        }
    }

    @Test func aFailureWithoutAnIssueIsExplained() throws {
        let root = try JSONParser.parse("{}")
        let reader = FieldReader(file: "f.json")
        reader.explainFailure(root)
        #expect(reader.issues.count == 1)
        #expect(
            DiagnosticFormatter.terminal(reader.issues[0])
                .hasPrefix("f.json:1:1: error: (top level): found an object; expected a config piplanner can read in full"))
        reader.explainFailure(root)
        #expect(reader.issues.count == 1, "only when nothing else says why")
    }

    @Test func issueText() {
        let issue = Diagnostic(
            file: "plan.json", location: SourceLocation(line: 3, column: 7), fieldPath: "areas[0].births", found: "0",
            expected: "a number greater than 0")
        #expect(DiagnosticFormatter.terminal(issue) == "plan.json:3:7: error: areas[0].births: found 0; expected a number greater than 0")
        #expect(issue.category == .invalidField && issue.found == "0" && issue.expected == "a number greater than 0")
    }
}
