import Foundation
import Testing

/// Issue 12, class 4, through the command line: shares that make the whole cost leave no penny unfunded or
/// over-funded, and warn of neither.
@Suite struct ExactFundingTests {
    static let funders = ["icb-cyp-mental-health", "la-public-health", "la-childrens-social-care"]

    @Test(arguments: [[0.5, 0.5], [0.25, 0.75], [0.2, 0.3, 0.5]])
    func sharesOfTheWholeCostLeaveNoGap(shares: [Double]) throws {
        let funding = zip(Self.funders, shares).map { "{\"funder\": \"\($0)\", \"share\": \($1)}" }.joined(separator: ", ")
        let text = try RobustnessTests.example(
            "leeds-joint-funded.json",
            [
                (
                    "{\"funder\": \"icb-cyp-mental-health\", \"share\": 0.6},\n        {\"funder\": \"la-public-health\", \"share\": 0.4},",
                    funding
                )
            ])
        let path = try CLI.write(text, name: "leeds.json")
        let json = CLI.run(["plan", path, "--format", "json"])
        #expect(json.code == 0, "\(json.err)")
        let area = try #require((try CLI.json(json.out)["areas"] as? [[String: Any]])?.first)
        #expect((area["unfundedGBP"] as? [Any])?.compactMap(number) == [0, 0, 0])
        let codes = (area["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(!codes.contains("unfunded-gap") && !codes.contains("over-funded"), "\(codes)")
        let markdown = CLI.run(["plan", path]).out
        #expect(!markdown.contains("Unfunded in") && !markdown.contains("Contributions exceed"))
    }

    @Test func aGapOfPenceIsShownInPence() throws {
        // Shares of 0.4999999 and 0.5 leave a gap of 1e-7 of the cost: pence, named as pence, not "£0".
        let text = try RobustnessTests.example("leeds-joint-funded.json", [("0.6}", "0.4999999}"), ("0.4}", "0.5}")])
        let result = CLI.run(["plan", try CLI.write(text, name: "leeds.json")])
        let line = try #require(result.out.split(separator: "\n").first { $0.contains("unfunded-gap") })
        #expect(line.contains(": £0.0") && !line.contains(": £0;") && !line.hasSuffix(": £0."), "\(line)")
    }
}
