import PIPlannerModel
import Testing

@Suite("Rollout validation")
struct RolloutValidationTests {
    func planErrors(_ schedule: RolloutSchedule, _ assumptions: RolloutAssumptions = RolloutFixtures.assumptions)
        -> [RolloutValidationError]
    {
        do {
            _ = try RolloutModel.plan(schedule, assumptions: assumptions)
            return []
        } catch {
            return error.errors
        }
    }

    @Test("teams fully operating that never came into operation")
    func neverCameIntoOperation() {
        // 2023/24 can have at most 40 + 40 = 80 fully operating; 81 is one too many.
        let s = RolloutFixtures.schedule([("2022/23", 40, 40), ("2023/24", 81, 55)])
        let expected: [RolloutValidationError] = [
            .teamsNeverCameIntoOperation(yearLabel: "2023/24", field: "teamsFullyOperating", teamsFullyOperating: 81, available: 80)
        ]
        #expect(RolloutValidator.validate(s).errors == expected)
        #expect(planErrors(s) == expected)
        #expect(expected[0].yearLabel == "2023/24")
        #expect(expected[0].field == "teamsFullyOperating")
    }

    @Test("negative counts and amounts")
    func negatives() {
        var s = RolloutFixtures.schedule([("2022/23", -1, 40), ("2023/24", 39, -5)])
        s.years[1].developmentGBP = Money(gbp: -100)
        #expect(
            RolloutValidator.validate(s).errors == [
                .negative(yearLabel: "2022/23", field: "teamsFullyOperating", value: -1),
                .negative(yearLabel: "2023/24", field: "teamsComingIntoOperation", value: -5),
                .negative(yearLabel: "2023/24", field: "developmentGBP", value: -100),
            ])
    }

    @Test("a year label listed twice")
    func duplicateLabel() {
        let s = RolloutFixtures.schedule([("2022/23", 40, 0), ("2023/24", 40, 0), ("2023/24", 40, 0)])
        #expect(
            RolloutValidator.validate(s).errors == [
                .duplicateYearLabel(yearLabel: "2023/24", field: "label", firstIndex: 1, duplicateIndex: 2)
            ])
    }

    @Test("non-finite counts")
    func nonFinite() {
        let s = RolloutFixtures.schedule([("2022/23", .nan, 40), ("2023/24", 80, .infinity)])
        let errors = RolloutValidator.validate(s).errors
        #expect(errors.count == 2)
        if case .nonFinite(let year, let field, let value) = errors.first {
            #expect(year == "2022/23" && field == "teamsFullyOperating" && value.isNaN)
        } else {
            Issue.record("expected nonFinite, got \(errors)")
        }
        #expect(errors.last == .nonFinite(yearLabel: "2023/24", field: "teamsComingIntoOperation", value: .infinity))
    }

    @Test("costs beyond what Money holds")
    func costsBeyondMoney() {
        // 1e12 teams × £237,684.80 = £2.38e17 in 2022/23, past Money.maxGBP (≈ £4.61e16): once a trap. Total so far:
        // training 11,077.50 + 4,987.50, labour 237,684.80 and 1e12 × 237,684.80.
        let s = RolloutFixtures.schedule([("2022/23", 1e12, 0), ("2023/24", 1e12, 0)])
        let cost = 11_077.50 + 4_987.50 + 237_684.80 + 1e12 * 237_684.80
        #expect(planErrors(s) == [.costBeyondMoney(yearLabel: "2022/23", field: "teamsFullyOperating", value: 1e12, costGBP: cost)])
        // 1e11 teams cost £2.38e16 a year: each year fits, the running total by 2023/24 (£2.38e16 + £2.45e16) does not.
        let t = RolloutFixtures.schedule([("2022/23", 1e11, 0), ("2023/24", 1e11, 0)])
        #expect(planErrors(t).map(\.yearLabel) == ["2023/24"])
        #expect(planErrors(t).map(\.field) == ["teamsFullyOperating"])
        // The 002 schedule is far inside the limit.
        #expect(RolloutValidator.moneyRangeErrors(RolloutFixtures.schedule002, assumptions: RolloutFixtures.assumptions).isEmpty)
    }

    @Test("no years")
    func noYears() {
        #expect(RolloutValidator.validate(RolloutSchedule(years: [])).errors == [.noYears(yearLabel: nil, field: "years")])
    }

    @Test("assumption figures must be finite and not negative")
    func assumptionFigures() {
        var a = RolloutFixtures.assumptions
        a.payGrowthRate.value = -0.01
        a.trainingSecondYearGBP.value = .infinity
        #expect(
            RolloutValidator.validate(a) == [
                .negative(yearLabel: nil, field: "payGrowthRate", value: -0.01),
                .nonFinite(yearLabel: nil, field: "trainingSecondYearGBP", value: .infinity),
            ])
        #expect(planErrors(RolloutFixtures.schedule002, a).count == 2)
    }

    @Test("plan reports every error at once")
    func allErrorsAtOnce() {
        let s = RolloutFixtures.schedule([("2022/23", 40, -1), ("2022/23", 100, 0)])
        // -1 coming into operation; label twice. 100 is not compared with 40 + (−1): a message built on the refused −1
        // ("at most 39") would not make sense (issue 12).
        let errors = planErrors(s)
        #expect(errors.contains(.negative(yearLabel: "2022/23", field: "teamsComingIntoOperation", value: -1)))
        #expect(errors.contains(.duplicateYearLabel(yearLabel: "2022/23", field: "label", firstIndex: 0, duplicateIndex: 1)))
        #expect(errors.count == 2)
    }

    @Test("a decrease in fully operating teams is allowed with a finding")
    func decreaseFinding() throws {
        // 2023/24: 40 + 10 = 50 were operating by the end of 2022/23; 45 fully operating means 5 stopped.
        let s = RolloutFixtures.schedule([("2022/23", 40, 10), ("2023/24", 45, 0), ("2024/25", 30, 0)])
        let report = RolloutValidator.validate(s, fieldPath: { "national.\($1)[\($0)]" })
        #expect(report.isValid)
        #expect(report.findings.map(\.category) == [.teamsDecrease, .teamsDecrease])
        #expect(report.findings.map(\.fieldPath) == ["national.teamsFullyOperating[1]", "national.teamsFullyOperating[2]"])
        #expect(RolloutValidator.validate(s).findings.first?.fieldPath == "rollout.years[1].teamsFullyOperating")
        #expect(report.findings[0].message.contains("2023/24"))
        #expect(report.findings[0].message.contains("5 teams stop operating"))
        #expect(report.findings[1].message.contains("15 teams stop operating"))
        let plan = try RolloutModel.plan(s, assumptions: RolloutFixtures.assumptions)
        #expect(plan.findings.map(\.category) == [.teamsDecrease, .teamsDecrease])
        // 30 × 252,159.80 = 7,564,794.00
        #expect(plan.years[2].cost.labourFullyOperatingGBP == Money(pence: 756_479_400))
    }

    @Test("floating-point sums of team-equivalents do not raise false errors or findings")
    func tolerance() {
        // 0.1 + 0.2 = 0.30000000000000004, listed as 0.3 the next year.
        let s = RolloutFixtures.schedule([("2026/27", 0.1, 0.2), ("2027/28", 0.3, 0)])
        let report = RolloutValidator.validate(s)
        #expect(report.isValid)
        #expect(report.findings.isEmpty)
    }
}
