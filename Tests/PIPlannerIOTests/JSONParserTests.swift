import Testing

@testable import PIPlannerIO

@Suite struct JSONParserTests {
    @Test func acceptsCommentsTrailingCommasAndUnquotedKeys() throws {
        let node = try JSONParser.parse(
            """
            // a comment
            { /* block */ "a": 1, b: [1, 2,], "c": {"d": "e",}, }
            """)
        guard case .object(let members) = node.value else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["a", "b", "c"])
    }

    @Test func reportsLineAndColumn() {
        // The stray 'x' is on line 2, column 8.
        do {
            _ = try JSONParser.parse("{\n  \"a\": x\n}")
            Issue.record("should fail")
        } catch {
            #expect(error.location == SourceLocation(line: 2, column: 8))
        }
    }

    @Test func namesAnUnexpectedCharacterWhole() {
        // Once "unexpected character '\u{FFFD}'": the first byte of "£" alone.
        do {
            _ = try JSONParser.parse("{\"a\": £5}")
            Issue.record("should fail")
        } catch {
            #expect(error.message == "unexpected character '£'; expected a value")
            #expect(error.location == SourceLocation(line: 1, column: 7))
        }
    }

    @Test func rejectsDuplicateKeys() {
        do {
            _ = try JSONParser.parse("{\"a\": 1, \"a\": 2}")
            Issue.record("should fail")
        } catch {
            #expect(error.message.contains("duplicate key \"a\""))
        }
    }

    @Test func numbersAndLiterals() throws {
        let node = try JSONParser.parse("[1.5e3, -2, NaN, -Infinity, true, null, \"\\u00e9\\n\"]")
        guard case .array(let items) = node.value else {
            Issue.record("not an array")
            return
        }
        guard case .number(let a) = items[0].value, case .number(let b) = items[1].value, case .number(let c) = items[2].value,
            case .number(let d) = items[3].value, case .string(let s) = items[6].value
        else {
            Issue.record("wrong types")
            return
        }
        #expect(a == 1500)
        #expect(b == -2)
        #expect(c.isNaN)
        #expect(d == -.infinity)
        #expect(s == "é\n")
    }

    @Test func locationsCountCharactersNotBytes() {
        // "é" is two UTF-8 bytes but one column: the error is at column 9.
        do {
            _ = try JSONParser.parse("{\"é\": 1 2}")
            Issue.record("should fail")
        } catch {
            #expect(error.location == SourceLocation(line: 1, column: 9))
        }
    }
}
