import PIPlannerModel
import Testing

@Suite("Rollout schedules")
struct RolloutScheduleTests {
    let labels = RolloutFixtures.labels

    @Test("explicit schedule: 002's 40/80/135/202 and 40/55/67/0 is valid")
    func explicitSchedule() {
        let s = RolloutFixtures.schedule002
        #expect(s.years.map(\.teamsFullyOperating) == [40, 80, 135, 202])
        #expect(s.years.map(\.teamsComingIntoOperation) == [40, 55, 67, 0])
        let report = RolloutValidator.validate(s)
        #expect(report.isValid)
        #expect(report.findings.isEmpty)
    }

    @Test("derived: 202 teams from 2025/26, cap 67 a year, 40 already operating")
    func derivedWithFortyOperating() throws {
        let s = try RolloutSchedule.derived(
            labels: labels, target: RolloutTarget(teams: 202, fullyOperatingFromYearIndex: 3), maxTeamsStartingPerYear: 67,
            alreadyFullyOperating: 40)
        // Need 202 − 40 = 162 more; earliest first under the cap: 67, 67, then 162 − 134 = 28.
        // Fully operating: 40; 40 + 67 = 107; 107 + 67 = 174; 174 + 28 = 202.
        #expect(s.years.map(\.teamsComingIntoOperation) == [67, 67, 28, 0])
        #expect(s.years.map(\.teamsFullyOperating) == [40, 107, 174, 202])
        #expect(s.years.allSatisfy { $0.teamsComingIntoOperation <= 67 })
        #expect(s.labels == labels)
        #expect(s.basis == .derived)
        #expect(RolloutValidator.validate(s).isValid)
        #expect(RolloutValidator.validate(s).findings.isEmpty)
        // Costed, 2025/26 sees 202 × 150 = 30,300 children, like 002.
        let plan = try RolloutModel.plan(s, assumptions: RolloutFixtures.assumptions)
        #expect(plan.years[3].childrenSeen == 30_300)
    }

    @Test("derived: 202 teams from 2025/26 with none operating — cap 67 reaches only 3 × 67 = 201")
    func derivedWithoutFortyCapSixtySevenIsUnreachable() {
        #expect(
            throws: RolloutValidationFailure(errors: [
                .targetUnreachable(yearLabel: "2025/26", field: "target.teams", target: 202, reachable: 201)
            ])
        ) {
            try RolloutSchedule.derived(
                labels: labels, target: RolloutTarget(teams: 202, fullyOperatingFromYearIndex: 3), maxTeamsStartingPerYear: 67)
        }
    }

    @Test("derived: 202 teams from 2025/26 with none operating, cap 68 a year")
    func derivedWithoutFortyCapSixtyEight() throws {
        let s = try RolloutSchedule.derived(
            labels: labels, target: RolloutTarget(teams: 202, fullyOperatingFromYearIndex: 3), maxTeamsStartingPerYear: 68)
        // 68, 68, then 202 − 136 = 66; fully operating 0, 68, 136, 202.
        #expect(s.years.map(\.teamsComingIntoOperation) == [68, 68, 66, 0])
        #expect(s.years.map(\.teamsFullyOperating) == [0, 68, 136, 202])
        #expect(s.years.allSatisfy { $0.teamsComingIntoOperation <= 68 })
        #expect(RolloutValidator.validate(s).isValid)
    }

    @Test("derived: the target is held after the target year and reached early when the cap allows")
    func derivedHoldsTarget() throws {
        // 100 from 2024/25 with cap 67 and 40 operating: 60 more, all in 2022/23 (60 ≤ 67); then nothing.
        let s = try RolloutSchedule.derived(
            labels: labels, target: RolloutTarget(teams: 100, fullyOperatingFromYearIndex: 2), maxTeamsStartingPerYear: 67,
            alreadyFullyOperating: 40)
        #expect(s.years.map(\.teamsComingIntoOperation) == [60, 0, 0, 0])
        #expect(s.years.map(\.teamsFullyOperating) == [40, 100, 100, 100])
    }

    @Test("derived: a target already met starts no teams")
    func derivedTargetAlreadyMet() throws {
        let s = try RolloutSchedule.derived(
            labels: labels, target: RolloutTarget(teams: 30, fullyOperatingFromYearIndex: 0), maxTeamsStartingPerYear: 0,
            alreadyFullyOperating: 40)
        #expect(s.years.map(\.teamsComingIntoOperation) == [0, 0, 0, 0])
        #expect(s.years.map(\.teamsFullyOperating) == [40, 40, 40, 40])
    }

    @Test("target from area team counts: the sum of the areas' teams")
    func targetFromAreaTeams() throws {
        // 1.5 + 2.25 + 0.75 = 4.5 teams
        let target = RolloutSchedule.target(fromAreaTeams: [1.5, 2.25, 0.75], fullyOperatingFromYearIndex: 3)
        #expect(target == RolloutTarget(teams: 4.5, fullyOperatingFromYearIndex: 3))
        #expect(RolloutSchedule.target(fromAreaTeams: [], fullyOperatingFromYearIndex: 1).teams == 0)
        // Cap 2 a year: 2, 2, 0.5; fully operating 0, 2, 4, 4.5.
        let s = try RolloutSchedule.derived(labels: labels, target: target, maxTeamsStartingPerYear: 2)
        #expect(s.years.map(\.teamsComingIntoOperation) == [2, 2, 0.5, 0])
        #expect(s.years.map(\.teamsFullyOperating) == [0, 2, 4, 4.5])
    }

    @Test("derived: fractional area sums reach the target without a false 'unreachable'")
    func derivedFractionalSum() throws {
        // 0.1 + 0.2 = 0.30000000000000004 in binary floating point; cap 0.1 over 3 years reaches 0.1 × 3 ≈ 0.3.
        let target = RolloutSchedule.target(fromAreaTeams: [0.1, 0.2], fullyOperatingFromYearIndex: 3)
        let s = try RolloutSchedule.derived(labels: labels, target: target, maxTeamsStartingPerYear: 0.1)
        #expect(s.years.allSatisfy { $0.teamsComingIntoOperation <= 0.1 })
        #expect(rolloutIsClose(s.years[3].teamsFullyOperating, 0.3, relativeTolerance: 1e-9))
        #expect(RolloutValidator.validate(s).isValid)
    }

    @Test("derived: invalid inputs give typed errors with year label and field")
    func derivedErrors() {
        func errors(_ labels: [String], _ target: RolloutTarget, cap: Double, already: Double = 0) -> [RolloutValidationError] {
            do {
                _ = try RolloutSchedule.derived(
                    labels: labels, target: target, maxTeamsStartingPerYear: cap, alreadyFullyOperating: already)
                return []
            } catch {
                return error.errors
            }
        }
        let t = RolloutTarget(teams: 202, fullyOperatingFromYearIndex: 3)
        #expect(
            errors(labels, RolloutTarget(teams: 202, fullyOperatingFromYearIndex: 4), cap: 67)
                == [.targetYearOutOfRange(yearLabel: nil, field: "target.fullyOperatingFromYearIndex", yearIndex: 4, yearCount: 4)])
        #expect(errors(labels, t, cap: -1) == [.negative(yearLabel: nil, field: "maxTeamsStartingPerYear", value: -1)])
        #expect(errors(labels, t, cap: 67, already: -40) == [.negative(yearLabel: "2022/23", field: "alreadyFullyOperating", value: -40)])
        #expect(
            errors(labels, RolloutTarget(teams: -1, fullyOperatingFromYearIndex: 3), cap: 67) == [
                .negative(yearLabel: "2025/26", field: "target.teams", value: -1)
            ])
        #expect(
            errors(labels, RolloutTarget(teams: .infinity, fullyOperatingFromYearIndex: 3), cap: 67) == [
                .nonFinite(yearLabel: "2025/26", field: "target.teams", value: .infinity)
            ])
        let nan = errors(labels, t, cap: .nan)
        #expect(nan.count == 1)
        if case .nonFinite(let year, let field, let value) = nan.first {
            #expect(year == nil && field == "maxTeamsStartingPerYear" && value.isNaN)
        } else {
            Issue.record("expected nonFinite, got \(nan)")
        }
        #expect(
            errors(["2022/23", "2023/24", "2022/23", "2025/26"], t, cap: 67, already: 40)
                == [.duplicateYearLabel(yearLabel: "2022/23", field: "label", firstIndex: 0, duplicateIndex: 2)])
        #expect(errors([], t, cap: 67) == [.noYears(yearLabel: nil, field: "labels")])
    }
}
