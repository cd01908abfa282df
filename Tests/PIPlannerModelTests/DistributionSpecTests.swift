import Testing

@testable import PIPlannerModel

@Suite struct DistributionSpecTests {
    func spec(_ family: DistributionFamily, _ parameters: [DistributionParameter: Double]) -> DistributionSpec {
        DistributionSpec(id: "x", family: family, parameters: DistributionParameters(parameters), basis: .assumption)
    }

    func keys(_ problems: [DistributionProblem]) -> [String] { problems.map(\.key) }

    @Test func validSpecsFitAndContainTheirPoint() throws {
        let valid: [(DistributionSpec, Double)] = [
            (spec(.beta, [.p10: 0.1, .p90: 0.25]), 0.15), (spec(.beta, [.mean: 0.3, .sd: 0.05]), 0.3),
            (spec(.gamma, [.p10: 120, .p90: 180]), 150), (spec(.lognormal, [.mean: 0.14, .sd: 0.03]), 0.14),
            (spec(.normal, [.p10: 0.02, .p90: 0.04, .min: 0, .max: 0.2]), 0.03),
            (spec(.triangular, [.min: 0.1, .mode: 0.15, .max: 0.3]), 0.15),
            (spec(.uniform, [.min: 100, .max: 200]), 150), (spec(.fixed, [:]), 0.14),
        ]
        for (s, point) in valid {
            #expect(s.problems(pointValue: point).isEmpty, "\(s.family)")
            _ = try s.distribution(pointValue: point)
        }
        #expect(try spec(.fixed, [:]).distribution(pointValue: 0.14) == .fixed(0.14))
    }

    @Test func intervalOutOfOrder() {
        let problems = spec(.beta, [.p10: 0.3, .p90: 0.2]).problems(pointValue: nil)
        #expect(problems == [DistributionProblem(.parameter(.p90), value: 0.2, expected: "a p90 greater than p10 (0.3)")])
        #expect(keys(spec(.gamma, [.p10: 5, .p90: 5]).problems(pointValue: nil)) == ["p90"])
    }

    @Test func betaOutsideZeroToOne() {
        #expect(keys(spec(.beta, [.p10: 0.1, .p90: 25]).problems(pointValue: nil)) == ["p90"])
        #expect(keys(spec(.beta, [.p10: 0, .p90: 0.2]).problems(pointValue: nil)) == ["p10"])
        #expect(keys(spec(.beta, [.mean: 1.5, .sd: 0.1]).problems(pointValue: nil)) == ["mean"])
        let tooWide = spec(.beta, [.mean: 0.5, .sd: 0.6]).problems(pointValue: nil)
        #expect(keys(tooWide) == ["sd"] && tooWide[0].expected.hasPrefix("an sd below √(mean × (1 − mean)) = 0.5"))
    }

    @Test func negativeOrZeroStandardDeviation() {
        for sd in [-0.1, 0] {
            let problems = spec(.gamma, [.mean: 150, .sd: sd]).problems(pointValue: nil)
            #expect(problems == [DistributionProblem(.parameter(.sd), value: sd, expected: "a standard deviation greater than 0")])
        }
        #expect(keys(spec(.lognormal, [.p10: -1, .p90: 2]).problems(pointValue: nil)) == ["p10"])
    }

    @Test func intervalThatExcludesThePointValue() {
        let below = spec(.beta, [.p10: 0.2, .p90: 0.3]).problems(pointValue: 0.15)
        #expect(
            below == [
                DistributionProblem(
                    .parameter(.p10), value: 0.2,
                    expected: "a p10 at or below the figure's point value (0.15): the 80% interval must contain it")
            ])
        #expect(keys(spec(.gamma, [.p10: 100, .p90: 140]).problems(pointValue: 150)) == ["p90"])
        #expect(
            keys(spec(.gamma, [.mean: 100, .sd: 5]).problems(pointValue: 150)) == ["mean"], "the fitted interval counts for mean and sd")
        #expect(keys(spec(.uniform, [.min: 0.2, .max: 0.3]).problems(pointValue: 0.1)) == ["min"])
        #expect(keys(spec(.triangular, [.min: 0.1, .mode: 0.2, .max: 0.3]).problems(pointValue: 0.35)) == ["max"])
        #expect(spec(.triangular, [.min: 0.1, .mode: 0.1, .max: 0.3]).problems(pointValue: 0.1).isEmpty, "a mode at min may be the point")
    }

    @Test func missingUnexpectedAndAmbiguousParameters() {
        #expect(keys(spec(.beta, [:]).problems(pointValue: nil)) == ["p10"])
        #expect(keys(spec(.beta, [.p10: 0.1]).problems(pointValue: nil)) == ["p90"])
        #expect(keys(spec(.gamma, [.sd: 3]).problems(pointValue: nil)) == ["mean"])
        #expect(keys(spec(.gamma, [.p10: 1, .p90: 2, .mean: 1.5, .sd: 0.3]).problems(pointValue: nil)) == ["mean"])
        #expect(keys(spec(.beta, [.p10: 0.1, .p90: 0.2, .mode: 0.15]).problems(pointValue: nil)) == ["mode"])
        #expect(keys(spec(.fixed, [.p10: 1]).problems(pointValue: nil)) == ["p10"])
        #expect(keys(spec(.normal, [.p10: 1, .p90: 2]).problems(pointValue: nil)) == ["min", "max"])
        #expect(keys(spec(.triangular, [.min: 1, .max: 2]).problems(pointValue: nil)) == ["mode"])
        #expect(keys(spec(.gamma, [.p10: .nan, .p90: 2]).problems(pointValue: nil)) == ["p10"])
    }

    @Test func boundsOutOfOrder() {
        #expect(keys(spec(.uniform, [.min: 3, .max: 2]).problems(pointValue: nil)) == ["max"])
        #expect(keys(spec(.triangular, [.min: 1, .mode: 3, .max: 2]).problems(pointValue: nil)) == ["mode"])
        #expect(keys(spec(.normal, [.p10: 1, .p90: 5, .min: 0, .max: 4]).problems(pointValue: nil)) == ["p90"])
    }

    @Test func anIntervalTooNarrowToFit() {
        let problems = spec(.gamma, [.p10: 100, .p90: 100.1]).problems(pointValue: 100)
        #expect(problems.count == 1 && problems[0].field == .distribution)
        #expect(throws: DistributionProblems.self) { try spec(.gamma, [.p10: 100, .p90: 100.1]).distribution(pointValue: 100) }
    }

    @Test func unknownFamilyNamesTheFamilies() {
        let problem = DistributionProblem.unknownFamily("betta")
        #expect(problem.key == "family")
        #expect(
            problem.expected
                == "one of \"beta\", \"gamma\", \"lognormal\", \"normal\", \"triangular\", \"uniform\", \"fixed\" (found \"betta\")")
        #expect(DistributionFamily(rawValue: "betta") == nil)
    }
}
