import Foundation
import PIPlannerCLI
import Testing

/// Each example's HTML page has its expected file in Examples/expected/: the plans, the 002 rollout (also with 200
/// draws), one comparison and the all-UK batch, each made by its command with `--format html`. A change in output fails the
/// test; re-record deliberately with `PIPLANNER_RECORD=1 swift test --filter HTMLGoldenTests` and review the diff.
@Suite struct HTMLGoldenTests {
    /// (expected file, command line without `--format html`).
    static let pages: [(expected: String, arguments: [String])] = [
        ("leeds-joint-funded.html", ["plan", CLI.example("leeds-joint-funded.json")]),
        ("oldham-metropolitan-borough.html", ["plan", CLI.example("oldham-metropolitan-borough.json")]),
        ("shropshire-rural-custom-team.html", ["plan", CLI.example("shropshire-rural-custom-team.json")]),
        ("leeds-phased-budget.html", ["plan", CLI.example("leeds-phased-budget.json")]),
        ("spending-review-2021-rollout.html", ["rollout", CLI.example("spending-review-2021-rollout.json")]),
        // 200 draws at the default seed: the intervals section (the same on any number of threads).
        ("spending-review-2021-rollout-draws.html", ["rollout", CLI.example("spending-review-2021-rollout.json"), "--draws", "200"]),
        ("compare-leeds-manchester-norfolk.html", ["compare", "E08000035", "E08000003", "E10000020"]),
        ("batch-all.html", ["batch", "--areas", "all"]),
    ]

    @Test(arguments: pages.map(\.expected)) func html(_ expected: String) throws {
        let page = try #require(Self.pages.first { $0.expected == expected })
        let result = CLI.run(page.arguments + ["--format", "html"])
        try Golden.check(result, against: expected, rerecord: "HTMLGoldenTests")
        #expect(result.out.hasPrefix("<!DOCTYPE html>") && result.out.hasSuffix("</html>\n"))
    }
}
