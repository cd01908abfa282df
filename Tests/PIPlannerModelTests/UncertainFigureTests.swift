import Testing

@testable import PIPlannerModel

@Suite struct UncertainFigureTests {
    @Test func nationalFiguresIgnoreTheAreaLocalOnesDoNot() {
        let national = UncertainFigure(id: "babiesSeenPerTeamPerYear", distribution: .gamma(shape: 40.3, scale: 3.7), scope: .national)
        let local = UncertainFigure(
            id: "riskGroups.maltreatment.nationalShare", distribution: .beta(alpha: 12.4, beta: 315.7), scope: .local)
        let leeds = RandomStream.key("E08000035")
        let york = RandomStream.key("E06000014")
        #expect(national.value(seed: 1, draw: 7, areaKey: leeds) == national.value(seed: 1, draw: 7, areaKey: york))
        #expect(local.value(seed: 1, draw: 7, areaKey: leeds) != local.value(seed: 1, draw: 7, areaKey: york))
        #expect(local.value(seed: 1, draw: 7, areaKey: leeds) == local.value(seed: 1, draw: 7, areaKey: leeds))
    }

    @Test func drawsDependOnTheIdNotThePosition() {
        let a = UncertainFigure(id: "onCostRate", distribution: .gamma(shape: 8.2, scale: 0.025), scope: .national)
        let b = UncertainFigure(id: "payGrowthRate", distribution: .gamma(shape: 8.2, scale: 0.025), scope: .national)
        #expect(a.streamKey == RandomStream.key("onCostRate"))
        #expect(a.value(seed: 3, draw: 0, areaKey: 0) != b.value(seed: 3, draw: 0, areaKey: 0), "same distribution, own stream")
    }

    @Test func buildsFromACheckedSpec() throws {
        let spec = DistributionSpec(
            id: "specialistShare", family: .beta, parameters: DistributionParameters([.p10: 0.2, .p90: 0.45]), basis: .assumption)
        let figure = try UncertainFigure(spec: spec, pointValue: 0.303)
        #expect(figure.distribution.family == .beta && !figure.isFixed && figure.scope == .national)
        #expect(throws: DistributionProblems.self) { try UncertainFigure(spec: spec, pointValue: 0.5) }
        #expect(UncertainFigure(id: "x", distribution: .fixed(1), scope: .national).isFixed)
    }
}
