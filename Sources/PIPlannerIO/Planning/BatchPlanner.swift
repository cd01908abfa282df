import Foundation
import PIPlannerModel

/// Plans every area of a selection from the area data under one scenario (`piplanner batch`, and a rollout's
/// `schedule.fromAreas.areas`), collecting the areas that cannot be planned instead of stopping at the first.
public enum BatchPlanner {
    /// The areas of a selection built and checked, not yet planned: what the draws start from while the plans are made.
    public struct Prepared: Sendable {
        public var selection: BatchSelection
        public var source: AreaSource
        public var resolution: AreaSource.Resolution
        /// The areas to plan, in order.
        public var built: [DataArea]
        public var excluded: [BatchExclusion]
    }

    /// Resolves the selection through `source`, builds and plans every area, and collects the ones that cannot be
    /// planned. The set's totals add every area's costs, so an area whose costs would take them past what `Money`
    /// holds is left out too.
    public static func run(_ selection: BatchSelection, from source: AreaSource) -> BatchResult {
        plan(prepare(selection, from: source))
    }

    /// Resolves and builds every area of the selection, leaving out (with the reason) those that cannot be planned.
    public static func prepare(_ selection: BatchSelection, from source: AreaSource) -> Prepared {
        let resolution = source.resolve(selection)
        var excluded = resolution.excluded
        var built: [DataArea] = []
        var setScaleGBP = 0.0
        for area in resolution.areas {
            switch source.build(area) {
            case .success(let data):
                let scale = AreaPlanner.moneyScale(data.input, assumptions: data.assumptions).boundGBP
                guard Money.canHold(setScaleGBP + scale) else {
                    excluded.append(
                        BatchExclusion(
                            code: area.code, name: area.name,
                            problem:
                                "with it the set's costs would come to about £\(NumberFormat.approximate(setScaleGBP + scale)), more than the \(NumberFormat.gbp(Money(gbp: Money.maxGBP))) piplanner holds to the penny; check the population and births in the area data"
                        ))
                    continue
                }
                setScaleGBP += scale
                built.append(data)
            case .failure(let exclusion):
                excluded.append(exclusion)
            }
        }
        return Prepared(selection: selection, source: source, resolution: resolution, built: built, excluded: excluded)
    }

    /// Plans every prepared area.
    public static func plan(_ prepared: Prepared) -> BatchResult {
        let planned = prepared.built.map { (area: $0, plan: AreaPlanner.plan($0.input, assumptions: $0.assumptions)) }
        let source = prepared.source
        return BatchResult(
            selection: prepared.selection, scenario: source.scenario, areaDataOrigin: source.areaDataOrigin, planned: planned,
            excluded: prepared.excluded, otherRejects: prepared.resolution.otherRejects, requested: prepared.resolution.requested,
            totals: PlanSetTotals(planned.map(\.plan)),
            notes: notes(selection: prepared.selection, catalog: source.catalog, planned: planned))
    }

    /// `run(_:from:)` with the source's parts given one by one.
    public static func run(
        selection: BatchSelection, catalog: AreaCatalog, scenario: LoadedScenario, reference: ReferenceData, areaDataOrigin: String
    ) -> BatchResult {
        run(selection, from: AreaSource(catalog: catalog, areaDataOrigin: areaDataOrigin, scenario: scenario, reference: reference))
    }

    /// A code as a planning area, or why it is not one (`AreaSource.planningArea(code:in:)`; kept for existing callers).
    public static func resolve(code: String, in catalog: AreaCatalog) -> Result<PlanningArea, BatchExclusion> {
        AreaSource.planningArea(code: code, in: catalog)
    }

    /// The nearest planning-area code, or an area whose name matches (`AreaSource.suggestion(for:in:)`; kept for existing callers).
    public static func suggestion(for text: String, in catalog: AreaCatalog) -> String? {
        AreaSource.suggestion(for: text, in: catalog)
    }
}
