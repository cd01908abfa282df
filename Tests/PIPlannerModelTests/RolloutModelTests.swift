import Foundation
import PIPlannerModel
import Testing

@Suite("Rollout model: 002 Spending Review table")
struct RolloutModelTests {
    let plan: RolloutPlan

    init() throws {
        plan = try RolloutModel.plan(RolloutFixtures.schedule002, assumptions: RolloutFixtures.assumptions)
    }

    /// 002's published cells, by year 22/23 … 25/26.
    static let publishedFull = [9_507_392.0, 19_585_227, 34_041_572, 52_464_367]
    static let publishedComing = [4_753_696.0, 6_732_422, 8_447_353, 0]
    static let publishedTraining = [443_100.0, 808_763, 1_016_505, 334_163]
    static let publishedDevelopment = [500_000.0, 1_000_000, 1_000_000, 0]
    static let publishedTotal = [15_204_187.0, 28_126_411, 44_505_430, 52_798_529]
    static let publishedChildren = [8_000.0, 14_750, 23_600, 30_300]

    @Test("every money cell of 002's table within £5")
    func tableWithinFivePounds() {
        #expect(plan.years.map(\.label) == RolloutFixtures.labels)
        for (i, year) in plan.years.enumerated() {
            #expect(
                rolloutWithin(year.cost.labourFullyOperatingGBP, pounds: 5, of: Self.publishedFull[i]),
                "labour fully operating \(year.label): \(year.cost.labourFullyOperatingGBP)")
            #expect(
                rolloutWithin(year.cost.labourComingIntoOperationGBP, pounds: 5, of: Self.publishedComing[i]),
                "labour coming into operation \(year.label): \(year.cost.labourComingIntoOperationGBP)")
            #expect(
                rolloutWithin(year.cost.trainingGBP, pounds: 5, of: Self.publishedTraining[i]),
                "training \(year.label): \(year.cost.trainingGBP)")
            #expect(
                rolloutWithin(year.cost.developmentGBP, pounds: 5, of: Self.publishedDevelopment[i]),
                "development \(year.label): \(year.cost.developmentGBP)")
            #expect(rolloutWithin(year.cost.totalGBP, pounds: 5, of: Self.publishedTotal[i]), "total \(year.label): \(year.cost.totalGBP)")
        }
        let sr = plan.totals(from: "2022/23", through: "2024/25")
        #expect(sr != nil)
        if let sr { #expect(rolloutWithin(sr.cost.totalGBP, pounds: 5, of: 87_836_029), "SR total \(sr.cost.totalGBP)") }
    }

    @Test("children seen exactly as 002")
    func childrenSeen() {
        // 40 × 150 + 40 × 150 × 1/3 = 6,000 + 2,000 = 8,000
        // 80 × 150 + 55 × 50 = 12,000 + 2,750 = 14,750
        // 135 × 150 + 67 × 50 = 20,250 + 3,350 = 23,600
        // 202 × 150 + 0 = 30,300
        #expect(plan.years.map(\.childrenSeen) == Self.publishedChildren)
        // 8,000 + 14,750 + 23,600 = 46,350 over the SR years
        #expect(plan.totals(yearIndices: 0...2)?.childrenSeen == 46_350)
    }

    @Test("labour per team uplifted 3% a year, to the penny")
    func labourPerTeam() {
        // k=0: 237,684.80
        // k=1: 237,684.80 × 1.03 = 244,815.344 → 244,815.34
        // k=2: 237,684.80 × 1.0609 = 252,159.80432 → 252,159.80
        // k=3: 237,684.80 × 1.092727 = 259,724.5984496 → 259,724.60
        #expect(
            plan.years.map(\.labourPerTeamGBP) == [
                Money(pence: 23_768_480), Money(pence: 24_481_534), Money(pence: 25_215_980), Money(pence: 25_972_460),
            ])
    }

    @Test("every line to the penny, worked by hand")
    func linesToThePenny() {
        // Fully operating: 40 × 237,684.80 = 9,507,392.00; 80 × 244,815.34 = 19,585,227.20;
        // 135 × 252,159.80 = 34,041,573.00; 202 × 259,724.60 = 52,464,369.20
        #expect(plan.years.map(\.cost.labourFullyOperatingGBP.pence) == [950_739_200, 1_958_522_720, 3_404_157_300, 5_246_436_920])
        // Coming into operation: 40 × 237,684.80 × 0.5 = 4,753,696.00; 55 × 244,815.34 × 0.5 = 6,732,421.85;
        // 67 × 252,159.80 × 0.5 = 8,447,353.30; 0
        #expect(plan.years.map(\.cost.labourComingIntoOperationGBP.pence) == [475_369_600, 673_242_185, 844_735_330, 0])
        // Training: 40 × 11,077.50 = 443,100.00; 55 × 11,077.50 + 40 × 4,987.50 = 609,262.50 + 199,500 = 808,762.50;
        // 67 × 11,077.50 + 55 × 4,987.50 = 742,192.50 + 274,312.50 = 1,016,505.00; 0 + 67 × 4,987.50 = 334,162.50
        #expect(plan.years.map(\.cost.trainingGBP.pence) == [44_310_000, 80_876_250, 101_650_500, 33_416_250])
        #expect(plan.years.map(\.cost.developmentGBP.pence) == [50_000_000, 100_000_000, 100_000_000, 0])
        // Totals: 9,507,392 + 4,753,696 + 443,100 + 500,000 = 15,204,188.00
        // 19,585,227.20 + 6,732,421.85 + 808,762.50 + 1,000,000 = 28,126,411.55
        // 34,041,573.00 + 8,447,353.30 + 1,016,505.00 + 1,000,000 = 44,505,431.30
        // 52,464,369.20 + 0 + 334,162.50 + 0 = 52,798,531.70
        #expect(plan.years.map(\.cost.totalGBP.pence) == [1_520_418_800, 2_812_641_155, 4_450_543_130, 5_279_853_170])
        // SR years: 15,204,188.00 + 28,126,411.55 + 44,505,431.30 = 87,836,030.85
        #expect(plan.totals(from: "2022/23", through: "2024/25")?.cost.totalGBP == Money(pence: 8_783_603_085))
        // SR years' training: 443,100 + 808,762.50 + 1,016,505 = 2,268,367.50
        #expect(plan.totals(yearIndices: 0...2)?.cost.trainingGBP == Money(pence: 226_836_750))
    }

    @Test("totals over spans")
    func totalsOverSpans() {
        #expect(plan.totals(from: "2022/23", through: "2024/25") == plan.totals(yearIndices: 0...2))
        #expect(plan.totals(from: "2022/23", through: "2024/25")?.labels == ["2022/23", "2023/24", "2024/25"])
        // One year's span is that year.
        #expect(plan.totals(yearIndices: 3...3)?.cost == plan.years[3].cost)
        // All four: 87,836,030.85 + 52,798,531.70 = 140,634,562.55
        #expect(plan.totalsAllYears?.cost.totalGBP == Money(pence: 14_063_456_255))
        #expect(plan.totals(from: "2024/25", through: "2022/23") == nil)
        #expect(plan.totals(from: "2021/22", through: "2022/23") == nil)
        #expect(plan.totals(yearIndices: 2...4) == nil)
    }

    @Test("002's schedule raises no finding")
    func noFindings() {
        #expect(plan.findings.isEmpty)
    }

    @Test("audit trail: formula in words and the input figures with sources")
    func auditTrail() throws {
        // 7 steps a year × 4 years
        #expect(plan.audit.count == 28)
        let step = try #require(plan.audit.first { $0.id == "rollout.2023/24.training" })
        #expect(step.formula.contains("second-year training"))
        #expect(rolloutIsClose(step.result, 808_762.50))
        #expect(
            step.inputs.map(\.id) == [
                "teamsComingIntoOperation", "trainingFirstYearGBP", "teamsComingIntoOperationLastYear", "trainingSecondYearGBP",
            ])
        #expect(step.inputs.map(\.value) == [55, 11_077.50, 40, 4_987.50])
        #expect(step.inputs[0].source.contains(RolloutFixtures.table))
        let labour = try #require(plan.audit.first { $0.id == "rollout.2025/26.labourPerTeam" })
        #expect(labour.inputs.first == RolloutFixtures.assumptions.labourPerTeamFirstYearGBP)
        #expect(labour.inputs.last?.value == 3)
        #expect(rolloutIsClose(labour.result, 259_724.60))
        let children = try #require(plan.audit.first { $0.id == "rollout.2022/23.childrenSeen" })
        #expect(children.result == 8_000)
        let total = try #require(plan.audit.first { $0.id == "rollout.2025/26.total" })
        #expect(rolloutIsClose(total.result, 52_798_531.70))
    }

    @Test("fractional team-equivalents are costed as given")
    func fractionalTeams() throws {
        // 2.5 teams fully operating, 1.5 coming into operation, one year:
        // labour full 2.5 × 237,684.80 = 594,212.00; coming 1.5 × 237,684.80 × 0.5 = 178,263.60;
        // training 1.5 × 11,077.50 = 16,616.25; children 2.5 × 150 + 1.5 × 50 = 375 + 75 = 450
        let plan = try RolloutModel.plan(RolloutFixtures.schedule([("2026/27", 2.5, 1.5)]), assumptions: RolloutFixtures.assumptions)
        let year = plan.years[0]
        #expect(year.cost.labourFullyOperatingGBP == Money(pence: 59_421_200))
        #expect(year.cost.labourComingIntoOperationGBP == Money(pence: 17_826_360))
        #expect(year.cost.trainingGBP == Money(pence: 1_661_625))
        #expect(rolloutIsClose(year.childrenSeen, 450))
    }

    @Test("assumptions build from figures keyed by reference-data id")
    func assumptionsFromFigures() {
        let a = RolloutFixtures.assumptions
        let byID = Dictionary(uniqueKeysWithValues: a.all.map { ($0.id, $0) })
        #expect(RolloutAssumptions(figures: byID) == a)
        var missing = byID
        missing["trainingSecondYearGBP"] = nil
        #expect(RolloutAssumptions(figures: missing) == nil)
        #expect(RolloutAssumptions(figures: byID, labourPerTeamID: "someOtherLabour") == nil)
    }

    @Test("fixture figures match ReferenceData/parameters.json")
    func fixturesMatchReferenceData() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ReferenceData/parameters.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let parameters = try #require(json["parameters"] as? [[String: Any]])
        var values: [String: Double] = [:]
        for p in parameters {
            guard let id = p["id"] as? String else { continue }
            if let v = p["value"] as? Double { values[id] = v } else if let v = p["value"] as? Int { values[id] = Double(v) }
        }
        for figure in RolloutFixtures.assumptions.all {
            let reference = try #require(values[figure.id], "\(figure.id) missing from parameters.json")
            #expect(rolloutIsClose(figure.value, reference), "\(figure.id): fixture \(figure.value) vs reference \(reference)")
        }
    }
}
