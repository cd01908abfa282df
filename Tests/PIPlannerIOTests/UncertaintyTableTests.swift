import Foundation
import PIPlannerModel
import Testing

@testable import PIPlannerIO

@Suite struct UncertaintyTableTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("ReferenceData")

    static func shipped() throws -> (UncertaintyTable, [String: Double]) {
        let reference = try ReferenceData.load(directory: directory)
        let text = try #require(reference.files[UncertaintyTable.file])
        let points = reference.parameters.compactMapValues(\.number)
        return (try UncertaintyTable.load(text: text, file: UncertaintyTable.file), points)
    }

    func issues(_ text: String, points: [String: Double] = ["p": 0.15, "babies": 150]) -> [String] {
        do {
            let table = try UncertaintyTable.load(text: text, file: "u.json")
            return table.problems(pointValues: points).map(DiagnosticFormatter.terminal)
        } catch {
            return error.diagnostics.map(DiagnosticFormatter.terminal)
        }
    }

    @Test func shippedDistributionsFitTheirPointValues() throws {
        let (table, points) = try Self.shipped()
        #expect(table.problems(pointValues: points).isEmpty)
        let figures = try table.figures(pointValues: points)
        #expect(figures.count == table.entries.count)
        let required = [
            "baselinePrevalence", "riskGroups.lowIncome.prevalence", "riskGroups.maltreatment.prevalence",
            "riskGroups.substanceMisuse.prevalence",
            "riskGroups.parentalDepression.prevalence", "specialistShare", "babiesSeenPerTeamPerYear", "firstYearCapacityFraction",
            "onCostRate",
            "payGrowthRate",
        ]
        for id in required { #expect(table[id] != nil, "\(id) has a distribution") }
    }

    @Test func shippedDistributionsFollowTheConventions() throws {
        let (table, points) = try Self.shipped()
        let reference = try ReferenceData.load(directory: Self.directory)
        for entry in table.entries {
            let spec = entry.spec
            let unit = reference.parameters[spec.id]?.unit.lowercased() ?? ""
            // NICE: proportions as beta; money and rates as gamma or lognormal.
            if spec.family != .fixed {
                if unit.hasPrefix("proportion") || unit.hasPrefix("fraction") {
                    #expect(spec.family == .beta || spec.id == "onCostRate" || spec.id == "payGrowthRate", "\(spec.id) is a proportion")
                } else {
                    #expect(spec.family == .gamma || spec.family == .lognormal, "\(spec.id) is money or a rate")
                }
            }
            #expect(!spec.citation.text.isEmpty, "\(spec.id) has a source")
            if spec.basis != .published { #expect(spec.reason?.isEmpty == false, "\(spec.id) says why") }
            #expect(points[spec.id] != nil)
        }
        #expect(table["baselinePrevalence"]?.spec.basis == .published)
        #expect(table["riskGroups.maltreatment.nationalShare"]?.spec.scope == .local)
    }

    /// One entry, a field a line: line 2 holds id and family, then each of `lines` from line 3 at column 1.
    func entry(_ lines: [String], family: String = "beta", id: String = "p", tail: String = Self.publishedTail) -> String {
        document("{\"id\": \"\(id)\", \"family\": \"\(family)\",\n" + lines.map { $0 + ",\n" }.joined() + tail + "}")
    }

    static let publishedTail = "\"scope\": \"national\", \"basis\": \"published\", \"source\": {\"document\": \"d\"}"

    /// The draw settings and their basis, which every file must give, on the first line so that entries' line numbers
    /// stay put.
    static let settings = "\"defaultSeed\": 7, \"defaultDraws\": 10, \"maxDraws\": 100, \"settingsBasis\": \"b\""

    func document(_ entries: String) -> String { "{\"schemaVersion\": 1, \(Self.settings), \"distributions\": [\n\(entries)\n]}" }

    @Test func intervalOutOfOrder() {
        #expect(
            issues(entry(["\"p10\": 0.3", "\"p90\": 0.2"])) == [
                "u.json:4:8: error: distributions[0].p90: found 0.2; expected a p90 greater than p10 (0.3)"
            ])
    }

    @Test func betaOutsideZeroToOne() {
        #expect(
            issues(entry(["\"p10\": 0.1", "\"p90\": 25"])) == [
                "u.json:4:8: error: distributions[0].p90: found 25; expected a p90 between 0 and 1, exclusive (a beta distribution is of a proportion; 0.15 for 15%)"
            ])
    }

    @Test func negativeStandardDeviation() {
        #expect(
            issues(entry(["\"mean\": 150", "\"sd\": -5"], family: "gamma", id: "babies")) == [
                "u.json:4:7: error: distributions[0].sd: found -5; expected a standard deviation greater than 0"
            ])
    }

    @Test func intervalThatExcludesThePointValue() {
        #expect(
            issues(entry(["\"p10\": 0.2", "\"p90\": 0.3"])) == [
                "u.json:3:8: error: distributions[0].p10: found 0.2; expected a p10 at or below the figure's point value (0.15): the 80% interval must contain it"
            ])
    }

    @Test func unknownFamily() {
        let found = issues(entry(["\"p10\": 0.1", "\"p90\": 0.2"], family: "betta"))
        #expect(
            found == [
                "u.json:2:23: error: distributions[0].family: found \"betta\"; expected one of \"beta\", \"gamma\", \"lognormal\", \"normal\", \"triangular\", \"uniform\", \"fixed\"\n  note: did you mean \"beta\"?"
            ])
    }

    @Test func unknownFigureAndNonFiniteNumbers() {
        #expect(
            issues(entry(["\"p10\": 0.1", "\"p90\": 0.2"], id: "q")) == [
                "u.json:2:8: error: distributions[0].id: found \"q\"; expected the id of a numeric figure in parameters.json\n  note: did you mean \"p\"?"
            ])
        #expect(
            issues(entry(["\"p10\": NaN", "\"p90\": 0.2"])) == [
                "u.json:3:8: error: distributions[0].p10: found NaN; expected a finite number"
            ])
    }

    @Test func assumptionsMustSayWhy() {
        let tail = "\"scope\": \"national\", \"basis\": \"assumption\", \"source\": {\"document\": \"d\"}"
        #expect(
            issues(entry(["\"p10\": 0.1", "\"p90\": 0.2"], tail: tail)) == [
                "u.json:2:1: error: distributions[0].reason: missing; expected a sentence saying how the interval was derived or why it is assumed"
            ])
    }

    @Test func missingFieldsAndDuplicates() {
        let text = document(
            """
            {"id": "p", "family": "fixed", "scope": "national", "basis": "published", "source": {"document": "d"}},
            {"id": "p", "family": "fixed", "basis": "published", "source": {"document": "d"}},
            {"id": "babies", "scope": "national", "basis": "published", "source": {"document": "d"}}
            """)
        #expect(
            issues(text) == [
                "u.json:3:1: error: distributions[1].scope: missing; expected \"national\" or \"local\"",
                "u.json:4:1: error: distributions[2].family: missing; expected a family: one of \"beta\", \"gamma\", \"lognormal\", \"normal\", \"triangular\", \"uniform\", \"fixed\"",
                "u.json:3:8: error: distributions[1].id: found \"p\" again; expected one distribution per figure (first given at distributions[0], line 2, column 1)",
            ])
    }

    @Test func schemaVersionAndSyntax() {
        #expect(
            issues("{\"schemaVersion\": 2, \"distributions\": [], \(Self.settings)}") == [
                "u.json:1:19: error: schemaVersion: found 2; expected 1, the version this piplanner reads"
            ])
        #expect(
            issues("{\"schemaVersion\": 1, \"distributions\": [}") == [
                "u.json:1:40: error: malformed JSON: unexpected character '}'; expected a value"
            ])
    }

    @Test func configOverridesReplaceByIdKeepScopeAndTurnOff() throws {
        let (table, points) = try Self.shipped()
        let config = try JSONParser.parse(
            """
            {"uncertainty": {
              "specialistShare": {"family": "beta", "p10": 0.25, "p90": 0.35, "reason": "local audit"},
              "onCostRate": false,
              "riskGroups.maltreatment.nationalShare": {"family": "uniform", "min": 0.02, "max": 0.05}
            }}
            """)
        let reader = FieldReader(file: "plan.json")
        guard case .object(let members) = config.value else { return }
        let overrides = UncertaintyTable.readOverrides(members[0].value, path: "uncertainty", reader: reader)
        #expect(reader.issues.isEmpty)
        let merged = table.merging(overrides)
        #expect(merged.entries.count == table.entries.count)
        #expect(merged["specialistShare"]?.spec.basis == .config && merged["specialistShare"]?.spec.parameters[.p10] == 0.25)
        #expect(merged["onCostRate"]?.spec.family == .fixed)
        #expect(
            merged["riskGroups.maltreatment.nationalShare"]?.spec.scope == .local, "an override without a scope keeps the reference one")
        let figures = try merged.figures(pointValues: points)
        #expect(figures.first { $0.id == "onCostRate" }?.distribution == .fixed(0.14))
    }

    @Test func configOverrideProblemsNameTheConfigField() throws {
        let config = try JSONParser.parse(
            """
            {
              "specialistShare": {"family": "beta", "p10": 0.5, "p90": 0.6},
              "onCostRate": 0.2
            }
            """)
        let reader = FieldReader(file: "plan.json")
        let overrides = UncertaintyTable.readOverrides(config, path: "uncertainty", reader: reader)
        #expect(
            reader.issues.map(DiagnosticFormatter.terminal) == [
                "plan.json:3:17: error: uncertainty.onCostRate: found 0.2; expected a distribution object, or false to hold the figure at its point value"
            ])
        let table = UncertaintyTable(entries: overrides, defaultSeed: 7, defaultDraws: 10, maxDraws: 100)
        let problems = table.problems(pointValues: ["specialistShare": 0.303])
        #expect(
            problems.map(DiagnosticFormatter.terminal) == [
                "plan.json:2:48: error: uncertainty.specialistShare.p10: found 0.5; expected a p10 at or below the figure's point value (0.303): the 80% interval must contain it"
            ])
    }

    @Test func drawSettingsAreReadFromTheFile() throws {
        let table = try UncertaintyTable.load(text: document(""), file: "u.json")
        #expect(table.defaultSeed == 7 && table.defaultDraws == 10 && table.maxDraws == 100)
        // The shipped file's values, read from it: the help and the Methodology quote them.
        let (shipped, _) = try Self.shipped()
        #expect(shipped.defaultSeed == 20_261_201 && shipped.defaultDraws == 1_000 && shipped.maxDraws == 10_000)
    }

    @Test func eachDrawSettingIsRequired() {
        #expect(
            issues("{\"schemaVersion\": 1, \"distributions\": []}") == [
                "u.json:1:1: error: defaultSeed: missing; expected a whole-number seed from 0 to 4294967295",
                "u.json:1:1: error: maxDraws: missing; expected the most draws a command accepts, a whole number from 1 to 1,000,000 (what one run can hold in memory)",
                "u.json:1:1: error: defaultDraws: missing; expected the draws a config's uncertainty block gives without a count, a whole number from 1 to maxDraws",
                "u.json:1:1: error: settingsBasis: missing; expected \(Self.basisExpected)",
            ])
        #expect(
            issues("{\"schemaVersion\": 1, \"distributions\": [], \"defaultSeed\": 1, \"defaultDraws\": 5, \"settingsBasis\": \"b\"}") == [
                "u.json:1:1: error: maxDraws: missing; expected the most draws a command accepts, a whole number from 1 to 1,000,000 (what one run can hold in memory)"
            ])
    }

    static let basisExpected = "a non-empty string giving the basis of defaultSeed, defaultDraws and maxDraws"

    /// `settingsBasis` is required beside the settings it explains, and must say something.
    @Test func theSettingsBasisIsRequiredAndNotEmpty() {
        let settings = "\"schemaVersion\": 1, \"distributions\": [], \"defaultSeed\": 1, \"defaultDraws\": 1, \"maxDraws\": 1"
        #expect(issues("{\(settings)}") == ["u.json:1:1: error: settingsBasis: missing; expected \(Self.basisExpected)"])
        // The value starts at column 112: `{` and the settings are 92 characters and `, "settingsBasis": ` 19 more.
        #expect(
            issues("{\(settings), \"settingsBasis\": \"\"}") == [
                "u.json:1:112: error: settingsBasis: found \"\"; expected \(Self.basisExpected)"
            ])
        #expect(
            issues("{\(settings), \"settingsBasis\": \" \\n\\t\"}") == [
                "u.json:1:112: error: settingsBasis: found \" \n\t\"; expected \(Self.basisExpected)"
            ])
        #expect(
            issues("{\(settings), \"settingsBasis\": 5}") == ["u.json:1:112: error: settingsBasis: found 5; expected \(Self.basisExpected)"]
        )
        #expect(
            issues("{\(settings), \"settingsBasis\": null}") == [
                "u.json:1:112: error: settingsBasis: found null; expected \(Self.basisExpected)"
            ])
        #expect(issues("{\(settings), \"settingsBasis\": \"Assumptions.\"}").isEmpty)
    }

    @Test func drawSettingsOutOfRange() {
        // defaultDraws above maxDraws is an error, not silently lowered; maxDraws' bound is what one run can hold in
        // memory, a million draws (a file's 10 billion would fail to allocate and trap).
        #expect(
            issues(
                "{\"schemaVersion\": 1, \"distributions\": [], \"defaultSeed\": 1, \"defaultDraws\": 500, \"maxDraws\": 100, \"settingsBasis\": \"b\"}"
            )
                == [
                    "u.json:1:77: error: defaultDraws: found 500; expected the draws a config's uncertainty block gives without a count, a whole number from 1 to maxDraws (100)"
                ])
        #expect(
            issues(
                "{\"schemaVersion\": 1, \"distributions\": [], \"defaultSeed\": -1, \"defaultDraws\": 1, \"maxDraws\": 10000000000, \"settingsBasis\": \"b\"}"
            )
                == [
                    "u.json:1:58: error: defaultSeed: found -1; expected a whole-number seed from 0 to 4294967295",
                    "u.json:1:93: error: maxDraws: found 10000000000; expected the most draws a command accepts, a whole number from 1 to 1,000,000 (what one run can hold in memory)",
                ])
        #expect(UncertaintyTable.drawCeiling == 1_000_000)
        let large = try? UncertaintyTable.load(
            text:
                "{\"schemaVersion\": 1, \"distributions\": [], \"defaultSeed\": 1, \"defaultDraws\": 1, \"maxDraws\": 200000, \"settingsBasis\": \"b\"}",
            file: "u.json")
        #expect(large?.maxDraws == 200_000, "the cap is the file's: no bound of 100,000 in Swift")
    }
}
