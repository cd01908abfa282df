import Foundation
import PIPlannerModel

/// An area ready for `AreaPlanner.plan`: the engine input and its assumptions, and where they came from.
public struct PlannableArea: Sendable {
    /// Where an area's input was read from.
    public enum Provenance: Sendable {
        /// Built from the area data under a scenario; `DataArea` keeps the row, tier, risk profile and low-income
        /// basis the tables print, `origin` is `embedded` or the `--area-data` directory.
        case areaData(DataArea, origin: String)
        /// An area of the plan config at `file` (as given).
        case planConfig(file: String)
    }

    /// The engine input and the assumptions it is planned with.
    public var input: AreaInput
    public var assumptions: PlanAssumptions
    public var provenance: Provenance

    /// An area with its input, assumptions and provenance.
    public init(input: AreaInput, assumptions: PlanAssumptions, provenance: Provenance) {
        self.input = input
        self.assumptions = assumptions
        self.provenance = provenance
    }

    /// An area built from the area data (`AreaSource`), whose origin is `embedded` or the `--area-data` directory.
    public init(_ area: DataArea, origin: String) {
        self.init(input: area.input, assumptions: area.assumptions, provenance: .areaData(area, origin: origin))
    }

    /// The area's name, as the config or the area data gives it.
    public var name: String { input.name }
    /// The area's GSS code, if it has one.
    public var code: String? { input.code }
    /// The area as built from the area data, when it was.
    public var dataArea: DataArea? {
        if case .areaData(let area, _) = provenance { return area }
        return nil
    }

    /// Plans the area.
    public func plan() -> AreaPlan { AreaPlanner.plan(input, assumptions: assumptions) }
}

/// Why a code gave no plannable area.
public enum AreaLookupFailure: Error, Sendable, Equatable {
    /// The code names no planning area of the data (unknown, a district, a rejected row).
    case notAPlanningArea(BatchExclusion)
    /// The area is in the data, but its figures cannot be planned (no population, no births).
    case notPlannable(BatchExclusion)

    /// The exclusion either way.
    public var exclusion: BatchExclusion {
        switch self {
        case .notAPlanningArea(let e), .notPlannable(let e): return e
        }
    }
}
