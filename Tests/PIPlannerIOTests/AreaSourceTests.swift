import Foundation
import PIPlannerIO
import Testing

@Suite("Area source: codes, sets and plan configs as plannable areas")
struct AreaSourceTests {
    static func source() throws -> AreaSource {
        let reference = try ReferenceData.embedded()
        let (catalog, origin) = try AreaCatalog.load(areaDataDirectory: nil)
        let scenario = try PlanConfigLoader(reference: reference).defaultScenario()
        return AreaSource(catalog: catalog, areaDataOrigin: origin, scenario: scenario, reference: reference)
    }

    @Test("a planning area's code is built from the data under the scenario")
    func code() throws {
        let source = try Self.source()
        guard case .success(let leeds) = source.area(code: "E08000035") else {
            Issue.record("Leeds should be plannable")
            return
        }
        #expect(leeds.area.name == "Leeds")
        #expect(leeds.lowIncomeBasis == "local")
        let plannable = PlannableArea(leeds, origin: source.areaDataOrigin)
        #expect(plannable.code == "E08000035")
        #expect(plannable.dataArea?.area.code == "E08000035")
        #expect(plannable.plan().needTeams > 0)
    }

    @Test("an unknown code carries the nearest area as a suggestion, kept apart from the problem")
    func unknownCode() throws {
        guard case .failure(.notAPlanningArea(let exclusion)) = try Self.source().area(code: "E08000999") else {
            Issue.record("E08000999 is no planning area")
            return
        }
        #expect(exclusion.problem == "unknown area code")
        #expect(exclusion.suggestion == "E08000009 (Trafford)")
        #expect(exclusion.reason == "unknown area code; did you mean E08000009 (Trafford)?")
    }

    @Test("a district names its county")
    func district() throws {
        guard case .failure(.notAPlanningArea(let exclusion)) = try Self.source().area(code: "E07000143") else {
            Issue.record("a district is no planning unit")
            return
        }
        #expect(exclusion.problem.contains("plan its county E10000020"))
        #expect(exclusion.suggestion == nil)
    }

    @Test("a selection resolves each distinct code once, in order")
    func selection() throws {
        let resolution = try Self.source().resolve(.codes(["E08000035", "E08000003", "E08000035", "E08000999"]))
        #expect(resolution.areas.map(\.code) == ["E08000035", "E08000003"])
        #expect(resolution.excluded.map(\.code) == ["E08000999"])
        #expect(resolution.requested == 3)
        let wales = try Self.source().resolve(.set(.wales))
        #expect(wales.areas.count == 22 && wales.excluded.isEmpty)
    }

    @Test("a plan config's areas are plannable as the config gives them")
    func planConfig() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/oldham-metropolitan-borough.json").path
        let areas = try AreaSource.areas(inPlanConfig: path, reference: try ReferenceData.embedded())
        #expect(areas.map(\.name) == ["Oldham"])
        #expect(areas[0].dataArea == nil)
        guard case .planConfig(let file) = areas[0].provenance else {
            Issue.record("provenance should be the plan config")
            return
        }
        #expect(file == path)
    }
}
