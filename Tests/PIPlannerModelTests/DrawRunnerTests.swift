import Testing

@testable import PIPlannerModel

@Suite struct DrawRunnerTests {
    static let figures = [
        UncertainFigure(id: "baselinePrevalence", distribution: .beta(alpha: 6.89, beta: 33.3), scope: .national),
        UncertainFigure(id: "riskGroups.maltreatment.nationalShare", distribution: .beta(alpha: 12.4, beta: 315.7), scope: .local),
        UncertainFigure(id: "babiesSeenPerTeamPerYear", distribution: .gamma(shape: 40.3, scale: 3.7), scope: .national),
        UncertainFigure(id: "trainingFirstYearGBP", distribution: .lognormal(mu: 9.3, sigma: 0.14), scope: .national),
        UncertainFigure(id: "referencePopulation", distribution: .fixed(280_000), scope: .national),
    ]

    func runner(threads: Int, draws: Int = 1_001) -> DrawRunner {
        DrawRunner(figures: Self.figures, seed: 42, drawCount: draws, threadCount: threads)
    }

    /// A toy need-method core: teams = births × prevalence-with-maltreatment × share / babies a team.
    static let core: @Sendable (Int, UnsafeBufferPointer<Double>, DrawSlots) -> Void = { _, v, out in
        let prevalence = v[0] + v[1]
        out[0] = 3_300 * prevalence * 0.303 / v[2]
        out[1] = v[3]
    }

    @Test func oneAndTwoThreadsGiveIdenticalResults() {
        for draws in [1, 2, 3, 1_001] {
            let one = runner(threads: 1, draws: draws)
            let two = runner(threads: 2, draws: draws)
            let key = RandomStream.key("E08000035")
            #expect(one.sample(areaKey: key) == two.sample(areaKey: key))
            #expect(one.sampleNational().elementsEqual(two.sampleNational()) { $0 == $1 || ($0.isNaN && $1.isNaN) })
            let a = one.evaluate(areaKey: key, national: one.sampleNational(), outputCount: 2, Self.core)
            let b = two.evaluate(areaKey: key, national: two.sampleNational(), outputCount: 2, Self.core)
            #expect(a == b, "\(draws) draws")
        }
    }

    @Test func nationalFiguresAreSharedAcrossAreasWithinADraw() {
        let r = runner(threads: 2)
        let leeds = r.sample(areaKey: RandomStream.key("E08000035"))
        let york = r.sample(areaKey: RandomStream.key("E06000014"))
        let n = r.drawCount
        for f in [0, 2, 3, 4] { #expect(leeds[(f * n)..<((f + 1) * n)] == york[(f * n)..<((f + 1) * n)], "figure \(f) is national") }
        #expect(leeds[n..<(2 * n)] != york[n..<(2 * n)], "the local figure varies by area")
        // The same national values reach the model in every area.
        let national = r.sampleNational()
        // Draw-major: national[d × figures + f].
        let f = r.figures.count
        #expect((0..<n).allSatisfy { national[$0 * f] == leeds[$0] && national[$0 * f + 1].isNaN })
    }

    @Test func twoIdenticalAreasWithOnlyNationalFiguresGiveIdenticalDraws() {
        let nationalOnly = Self.figures.filter { $0.scope == .national }
        let r = DrawRunner(figures: nationalOnly, seed: 9, drawCount: 500, threadCount: 2)
        let shared = r.sampleNational()
        let body: @Sendable (Int, UnsafeBufferPointer<Double>, DrawSlots) -> Void = { _, v, out in
            out[0] = v[0] / v[1]
        }
        let a = r.evaluate(areaKey: RandomStream.key("area A"), national: shared, outputCount: 1, body)
        let b = r.evaluate(areaKey: RandomStream.key("area B"), national: shared, outputCount: 1, body)
        #expect(a == b)
    }

    @Test func fixedFiguresGiveTheDeterministicValueInEveryDraw() {
        let fixed = [
            UncertainFigure(id: "a", distribution: .fixed(0.15), scope: .national),
            UncertainFigure(id: "b", distribution: .fixed(150), scope: .local),
        ]
        let r = DrawRunner(figures: fixed, seed: 1, drawCount: 10_000, threadCount: 2)
        let out = r.evaluate(areaKey: 7, national: r.sampleNational(), outputCount: 1) { _, v, out in out[0] = 3_300 * v[0] * 0.303 / v[1] }
        let summary = Summary(out)
        let deterministic = 3_300 * 0.15 * 0.303 / 150
        #expect(summary.p10 == deterministic && summary.p50 == deterministic && summary.p90 == deterministic)
    }

    @Test func outputsAreOutputMajorAndEveryDrawIsVisited() {
        let r = runner(threads: 2, draws: 10)
        let out = r.evaluate(areaKey: 1, national: r.sampleNational(), outputCount: 2) { d, _, out in
            out[0] = Double(d)
            out[1] = -Double(d)
        }
        #expect(out == (0..<10).map(Double.init) + (0..<10).map { -Double($0) })
    }

    @Test func aDifferentSeedGivesDifferentDraws() {
        let a = DrawRunner(figures: Self.figures, seed: 1, drawCount: 100, threadCount: 1).sample(areaKey: 1)
        let b = DrawRunner(figures: Self.figures, seed: 2, drawCount: 100, threadCount: 1).sample(areaKey: 1)
        #expect(a[0..<100] != b[0..<100])
    }

    @Test func summarizeGivesEachOutputsSummaryWhateverTheThreads() {
        let r1 = runner(threads: 1)
        let r2 = runner(threads: 2)
        let out = r1.evaluate(areaKey: 3, national: r1.sampleNational(), outputCount: 2, Self.core)
        let one = out.withUnsafeBufferPointer { r1.summarize($0, outputCount: 2) }
        let two = out.withUnsafeBufferPointer { r2.summarize($0, outputCount: 2) }
        #expect(one == two)
        let n = r1.drawCount
        #expect(one == [Summary(Array(out[0..<n])), Summary(Array(out[n..<(2 * n)]))])
        #expect(out.withUnsafeBufferPointer { r1.summarize($0, outputCount: 0) }.isEmpty)
    }

    @Test func theRunnersValuesAreEachFiguresOwnStream() {
        let r = runner(threads: 2, draws: 50)
        let key = RandomStream.key("E08000035")
        let values = r.sample(areaKey: key)
        for (f, figure) in Self.figures.enumerated() {
            for d in 0..<50 { #expect(values[f * 50 + d] == figure.value(seed: 42, draw: d, areaKey: key)) }
        }
    }

    /// Outputs 0 and 2 hold the same draws, output 1 the same but its last: each summary is that of its own draws, so
    /// a reused one (0 for 2) is right and a near-copy (1) is not taken for a copy.
    @Test func anOutputWithTheDrawsOfAnEarlierOneHasItsSummary() {
        let r = runner(threads: 1, draws: 101)
        var generator = Xoshiro256StarStar(seed: 3)
        let first = (0..<101).map { _ in generator.nextOpenUnit() }
        var nearCopy = first
        nearCopy[100] = 2
        let summaries = (first + nearCopy + first).withUnsafeBufferPointer { r.summarize($0, outputCount: 3) }
        #expect(summaries[0] == Summary(first) && summaries[2] == Summary(first))
        #expect(summaries[1] == Summary(nearCopy) && summaries[1] != summaries[0])
    }

    /// Output 1 is output 0 × 3.7 draw by draw: its summary from output 0's order statistics equals selection on its
    /// own draws, bit for bit. Output 2 is the same but one draw, and output 3 is output 0 × −1: neither is taken
    /// for scaled, and each still gets its own summary.
    @Test func anOutputScaledFromAnEarlierOneHasTheSummarySelectionGives() {
        let r = runner(threads: 1, draws: 1_001)
        var generator = Xoshiro256StarStar(seed: 11)
        let base = (0..<1_001).map { _ in 100 * generator.nextOpenUnit() }
        let scaled = base.map { $0 * 3.7 }
        var nearlyScaled = scaled
        nearlyScaled[500] += 1
        let negated = base.map { $0 * -1 }
        let relations: [Int: (source: Int, factor: Double)] = [1: (0, 3.7), 2: (0, 3.7), 3: (0, -1)]
        for withMeans in [true, false] {
            let summaries = (base + scaled + nearlyScaled + negated).withUnsafeBufferPointer {
                r.summarize($0, outputCount: 4, percentilesOf: withMeans ? nil : [0, 1, 2, 3], scaled: relations)
            }
            for (o, values) in [scaled, nearlyScaled, negated].enumerated() {
                let own = Summary(values)
                let got = summaries[o + 1]
                #expect(got.p10 == own.p10 && got.p50 == own.p50 && got.p90 == own.p90, "output \(o + 1)")
                #expect(withMeans ? got.mean == own.mean : got.mean.isNaN)
            }
        }
    }
}
