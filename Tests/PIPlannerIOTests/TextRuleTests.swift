import Testing

@testable import PIPlannerIO

/// Issue 12, class 8: JSON surrogate pairs decode to their character, and one rule makes control characters visible.
@Suite struct TextRuleTests {
    static func string(_ json: String) throws -> String {
        guard case .string(let s) = try JSONParser.parse(json).value else {
            throw JSONSyntaxError(message: "not a string", location: .init(line: 1, column: 1))
        }
        return s
    }

    @Test func aSurrogatePairIsOneCharacter() throws {
        // What Python's json.dump writes for "baby 👶" by default.
        #expect(try Self.string(#""baby \ud83d\udc76""#) == "baby 👶")
        #expect(try Self.string(#""\uD83D\uDE00\u00e9""#) == "😀é")
    }

    @Test func aSurrogateWithoutItsPartnerIsAReplacementCharacter() throws {
        #expect(try Self.string(#""\ud83d x""#) == "\u{FFFD} x")
        #expect(try Self.string(#""\ud83d\u0041""#) == "\u{FFFD}A")
        #expect(try Self.string(#""\udc76\ud83d""#) == "\u{FFFD}\u{FFFD}")
        #expect(try Self.string(#""\ud83d""#) == "\u{FFFD}")
    }

    @Test func controlCharactersBecomeVisibleSymbols() {
        #expect(ControlCharacters.visible("a\u{0}b\u{1B}[31mc\u{7}d\re\u{7F}f\u{85}") == "a␀b␛[31mc␇d␍e␡f\u{FFFD}")
        // Line feed and tab stay, and text without controls is returned as it is.
        #expect(ControlCharacters.visible("a\tb\nc 👶") == "a\tb\nc 👶")
    }

    @Test func jsonEscapesEveryControlCharacter() {
        #expect(JSONOut.string("a\u{7F}\u{85}\u{1B}").compact() == #""a\u007f\u0085\u001b""#)
    }
}
