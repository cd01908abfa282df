import Foundation
import PIPlannerModel
import Testing

@testable import PIPlannerIO

@Suite struct ReferenceDataTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = root.appendingPathComponent("ReferenceData")

    /// What the build embeds: every file under ReferenceData/ except the raw area sources and Markdown.
    static func isEmbedded(_ path: String) -> Bool { !path.hasPrefix("areas/sources/") && !path.hasSuffix(".md") }

    @Test func embeddedCopyMatchesTheDirectory() throws {
        let embedded = try ReferenceData.embedded()
        let onDisk = try ReferenceData.load(directory: Self.directory)
        #expect(embedded.files == onDisk.files.filter { Self.isEmbedded($0.key) }, "the build embeds ReferenceData/; rebuild if this fails")
        #expect(embedded.files["parameters.json"] != nil && embedded.files["areas/local-authorities.csv"] != nil)
    }

    @Test func theRawAreaSourcesAndMarkdownAreNotEmbeddedOrNeeded() throws {
        let embedded = try ReferenceData.embedded()
        #expect(embedded.files.keys.filter { !Self.isEmbedded($0) }.isEmpty, "\(embedded.files.keys.sorted())")
        // A --reference-data directory without them loads the same data as the built-in copy.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("piplanner-reference-\(UUID().uuidString)")
        for (path, text) in try ReferenceData.load(directory: Self.directory).files where Self.isEmbedded(path) {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let stripped = try ReferenceData.load(directory: dir)
        #expect(stripped.files == embedded.files)
    }

    @Test func everyParameterHasUnitSourceAndBasis() throws {
        let reference = try ReferenceData.embedded()
        #expect(reference.parameters.count == reference.parameterOrder.count)
        for p in reference.parameters.values {
            #expect(!p.unit.isEmpty, "\(p.id) has no unit")
            #expect(!p.citation.text.isEmpty, "\(p.id) has no source")
            if p.basis != .published { #expect(p.derivation != nil, "\(p.id) is \(p.basis.rawValue) without a derivation") }
        }
    }

    @Test func publishedFiguresAsInTheSources() throws {
        let p = try ReferenceData.embedded().parameters
        #expect(p["baselinePrevalence"]?.number == 0.15)
        #expect(p["riskGroups.lowIncome.prevalence"]?.number == 0.34)
        #expect(p["riskGroups.maltreatment.prevalence"]?.number == 0.48)
        #expect(p["riskGroups.substanceMisuse.prevalence"]?.number == 0.43)
        #expect(p["riskGroups.parentalDepression.prevalence"]?.number == 0.21)
        #expect(p["referencePopulation"]?.number == 280_000)
        #expect(p["referenceBirthsPerYear"]?.number == 3_300)
        #expect(p["babiesSeenPerTeamPerYear"]?.number == 150)
        #expect(p["onCostRate"]?.number == 0.14)
        #expect(p["payGrowthRate"]?.number == 0.03)
    }

    @Test func derivedFiguresRederive() throws {
        let p = try ReferenceData.embedded().parameters
        // specialist share = 150 / (3,300 × 0.15)
        let share: Double = 150.0 / (3_300.0 * 0.15)
        #expect(p["specialistShare"]?.number == share)
        // training: 443,100 / 40 and 334,163 / 67 ≈ 4,987.51 (002's table, rounded to the pound)
        let first: Double = 443_100.0 / 40.0
        #expect(p["trainingFirstYearGBP"]?.number == first)
        let second: Double = 334_163.0 / 67.0
        let secondShipped: Double = p["trainingSecondYearGBP"]?.number ?? 0
        #expect(abs(second - secondShipped) < 0.02)
        // labour per team = 9,507,392 / 40
        let labour: Double = 9_507_392.0 / 40.0
        #expect(p["spendingReview2021LabourPerTeamGBP"]?.number == labour)
        // first-year capacity: (8,000 − 40 × 150) / 40 / 150 = 1/3
        let capacity: Double = (8_000.0 - 6_000.0) / 40.0 / 150.0
        #expect(abs((p["firstYearCapacityFraction"]?.number ?? 0) - capacity) < 1e-15)
    }

    @Test func staffingModelsSumToTheirPublishedTotals() throws {
        let r = try ReferenceData.embedded()
        // 002: 0.33 + 1 + 1 + 1 + 1 + 0.8 = 5.13; 001 and 004: 0.33 + 1 + 2 + 1 + 1 + 1 + 1 = 7.33.
        #expect(abs(r.staffingModel("spending-review-2021")!.teamWTE - 5.13) < 1e-9)
        #expect(abs(r.staffingModel("greater-manchester-2019")!.teamWTE - 7.33) < 1e-9)
        #expect(abs(r.staffingModel("greater-manchester-toolkit-2019")!.teamWTE - 7.33) < 1e-9)
    }

    @Test func aDirectoryCanReplaceTheEmbeddedCopy() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("piplanner-ref-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.directory, to: copy)
        let paramsURL = copy.appendingPathComponent("parameters.json")
        let text = try String(contentsOf: paramsURL, encoding: .utf8).replacingOccurrences(of: "\"value\": 0.14,", with: "\"value\": 0.2,")
        try text.write(to: paramsURL, atomically: true, encoding: .utf8)
        #expect(try ReferenceData.load(directory: copy).parameters["onCostRate"]?.number == 0.2)
    }

    @Test func brokenReferenceDataIsAClearError() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("piplanner-ref-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.directory, to: copy)
        try "{ \"schemaVersion\": 1, \"parameters\": [ }".write(
            to: copy.appendingPathComponent("parameters.json"), atomically: true, encoding: .utf8)
        #expect(throws: PlannerError.self) { try ReferenceData.load(directory: copy) }
        #expect(throws: PlannerError.fileNotFound("/nonexistent-ref")) {
            try ReferenceData.load(directory: URL(fileURLWithPath: "/nonexistent-ref"))
        }
    }
}
