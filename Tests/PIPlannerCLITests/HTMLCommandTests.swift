import Foundation
import Testing

@testable import PIPlannerCLI

/// `--format html` on plan, compare, batch and rollout: declared in each command's options, written atomically
/// with `--output`, and the batch map covering every area asked for.
@Suite struct HTMLCommandTests {
    /// The text of every hex's hover `<title>` in a page, in the order written.
    static func hexTitles(_ html: String) -> [String] {
        html.components(separatedBy: "<polygon class=\"hex\"").dropFirst().compactMap { rest in
            guard let start = rest.range(of: "<title>"), let end = rest.range(of: "</title>") else { return nil }
            return String(rest[start.upperBound..<end.lowerBound])
        }
    }

    @Test(arguments: ["plan", "compare", "batch", "rollout"]) func htmlIsDeclaredInTheOptionTable(_ name: String) throws {
        let command = try #require(PIPlannerCommand.command(named: name))
        let format = try #require(command.options.first { $0.name == "format" })
        #expect(format.allowedValues.contains("html"), "\(name) --format lacks html")
        #expect(runCLI([name, "--help"]).stdout.contains("html"))
    }

    @Test func everyUKPlanningAreaIsOnTheAllUKMap() throws {
        let result = runCLI(["batch", "--areas", "all", "--format", "html"])
        #expect(result.code == 0, "\(result.stderr)")
        let html = result.stdout
        let titles = Self.hexTitles(html)
        #expect(titles.count == 361, "every district, council and unitary is a hex")
        let csv = parseCSV(runCLI(["batch", "--areas", "all"]).stdout).dropLast()
        #expect(csv.count == 218)
        for row in csv {
            let code = try #require(row["code"])
            #expect(titles.contains { $0.contains("(\(code)): ") }, "\(code) \(row["name"] ?? "") is not on the map")
            #expect(html.contains("<td class=\"nowrap\">\(code)</td>"), "\(code) is not in the ranked table")
        }
        // A county is drawn as its districts, each with the county's value; no hex is without data.
        #expect(titles.contains { $0.hasPrefix("Cambridge, part of Cambridgeshire (E10000003): ") })
        #expect(!titles.contains { $0.hasSuffix("no data") })
        #expect(html.contains("Totals over the set") && html.contains("Total over 218 areas"))
    }

    @Test func icbsAreDrawnOnTheICBMapThroughTheirODSCodes() throws {
        let result = runCLI(["batch", "--areas", "icbs", "--format", "html", "--map-measure", "cost_per_1000_births_gbp"])
        #expect(result.code == 0, "\(result.stderr)")
        let titles = Self.hexTitles(result.stdout)
        #expect(titles.count == 42)
        #expect(titles.contains { $0.hasPrefix("NHS Cornwall and the Isles of Scilly Integrated Care Board (E54000036): £") })
        #expect(result.stdout.contains("Cost per 1,000 births on the map"))
    }

    @Test func healthBoardsAreDrawnAsTheirCouncils() throws {
        let result = runCLI(["batch", "--areas", "health-boards", "--format", "html", "--map-measure", "gap_wte"])
        #expect(result.code == 0, "\(result.stderr)")
        let titles = Self.hexTitles(result.stdout)
        #expect(titles.count == 22 + 32, "every Welsh and Scottish council")
        #expect(titles.contains { $0.hasPrefix("Powys, part of Powys Teaching Health Board (W11000024): ") })
    }

    @Test func mapMeasureIsForHTMLAndChecked() {
        let csv = runCLI(["batch", "--areas", "wales", "--map-measure", "prevalence"])
        #expect(csv.code == 2 && csv.stderr.contains("--map-measure colours the map of --format html"), "\(csv.stderr)")
        let wrong = runCLI(["batch", "--areas", "wales", "--format", "html", "--map-measure", "births"])
        #expect(wrong.code == 2 && wrong.stderr.contains("--map-measure must be one of"), "\(wrong.stderr)")
        #expect(
            wrong.stderr.contains("teams_per_100000_births, prevalence") || wrong.stderr.contains("prevalence, teams_per_100000_births"))
    }

    @Test(arguments: [
        ["plan", CLI.example("leeds-joint-funded.json")], ["rollout", CLI.example("spending-review-2021-rollout.json")],
        ["compare", "E08000035", "E08000003"], ["batch", "--areas", "wales"],
    ])
    func outputWritesThePageAtomically(_ arguments: [String]) throws {
        let target = temporaryDirectory().appendingPathComponent("page.html").path
        let written = runCLI(arguments + ["--format", "html", "--output", target])
        #expect(written.code == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        let page = try String(contentsOfFile: target, encoding: .utf8)
        #expect(page == runCLI(arguments + ["--format", "html"]).stdout)
        #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\""))
        // Sources may quote an address as text; nothing in the page points anywhere.
        #expect(!page.contains("<script") && !page.contains("src=") && !page.contains("href=") && !page.contains("url(http"))
    }

    @Test func compareChartsEveryKeyMeasureRankedByOneFirst() throws {
        let result = runCLI(["compare", "E08000035", "E08000003", "E10000020", "--rank-by", "gap_wte", "--format", "html"])
        #expect(result.code == 0, "\(result.stderr)")
        let html = result.stdout
        let captions = [
            "WTE gap by area (the measure ranked by)", "Prevalence by area", "Teams per 100,000 births by area",
            "Cost per 1,000 births by area",
        ]
        let positions = try captions.map { try #require(html.range(of: ">\($0)</figcaption>")?.lowerBound, "\($0)") }
        #expect(positions == positions.sorted())
        #expect(html.contains("<figure class=\"chart highlight\" id=\"figure-measure1\""))
        #expect(html.contains("<tr class=\"highlight\"><th scope=\"row\">WTE gap</th>"))
    }
}

/// A partial batch in HTML: the area left out keeps its hex, without data, and closes the ranked table.
@Suite struct HTMLPartialBatchTests {
    @Test func anAreaLeftOutIsOnTheMapWithoutData() throws {
        let data = try AreaFiles.copy { text in
            text.replacingOccurrences(
                of: "E08000035,Leeds,england,metropolitan-district,,true,822483,",
                with: "E08000035,Leeds,england,metropolitan-district,,true,abc,")
        }
        let result = runCLI(["batch", "--areas", "england", "--area-data", data.path, "--format", "html"])
        #expect(result.code == 1, "a partial batch exits 1")
        let titles = HTMLCommandTests.hexTitles(result.stdout)
        #expect(titles.count == 296, "every English district and unitary, Leeds included")
        #expect(titles.contains("Leeds (E08000035): no data"), "\(titles.filter { $0.contains("E08000035") })")
        #expect(result.stdout.contains("<td class=\"nowrap\">E08000035</td><td class=\"num\">not planned</td>"))
        #expect(result.stdout.contains("Left out (shown without data on the map):"))
    }
}
