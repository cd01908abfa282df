import PIPlannerModel

/// One area in a comparison: its plan and where its inputs came from.
public struct CompareEntry: Sendable {
    public var plan: AreaPlan
    /// `shipped data` or the config file the area came from.
    public var origin: String
    /// The area's own IDACI 2019 rate, when planned from the data.
    public var idaci2019Rate: Double?
    /// How the low-income share was obtained when planned from data (`DataArea.lowIncomeBasis`); nil for config areas.
    public var dataLowIncomeBasis: String?

    public init(plan: AreaPlan, origin: String, idaci2019Rate: Double? = nil, dataLowIncomeBasis: String? = nil) {
        self.plan = plan
        self.origin = origin
        self.idaci2019Rate = idaci2019Rate
        self.dataLowIncomeBasis = dataLowIncomeBasis
    }

    /// The entry as a row of the area tables.
    var row: AreaRow { AreaRow(plan: plan, origin: origin, idaci2019Rate: idaci2019Rate, dataLowIncomeBasis: dataLowIncomeBasis) }
}
