import Testing

@testable import PIPlannerIO

@Suite struct ReportTextTests {
    @Test func markupInTextIsEscaped() {
        #expect(ReportText.text("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(ReportText.text("a &amp; b &#60; c &x R&D") == "a &amp;amp; b &amp;#60; c &amp;x R&amp;D")
    }

    @Test func ordinaryTextIsUnchanged() {
        for text in ["Leeds", "Schuengel & Bakermans-Kranenburg (1999)", "Kingston upon Hull, City of", "£1,000 — 5% &"] {
            #expect(ReportText.text(text) == text)
        }
    }

    @Test func cellsEscapePipesAndLineBreaksToo() {
        #expect(ReportText.cell("a | <b>\nc") == "a \\| &lt;b&gt; c")
    }
}
