/// A risk group as given for an area: share of births in the group and the group's prevalence.
public struct RiskGroupInput: Sendable, Equatable {
    public var id: String
    public var label: String
    public var share: Figure
    public var prevalence: Figure
    /// Local or national; nil when a config gave the share without saying.
    public var scope: RiskShareScope?
    public init(id: String, label: String, share: Figure, prevalence: Figure, scope: RiskShareScope? = nil) {
        self.id = id
        self.label = label
        self.share = share
        self.prevalence = prevalence
        self.scope = scope
    }
}

/// Whether a risk group's share describes the area itself or the nation.
public enum RiskShareScope: String, Sendable, CaseIterable {
    /// The area's own figure (e.g. its IDACI rate) or one derived from its constituent areas.
    case local
    /// A national figure applied to the area (e.g. England's babies in need ÷ England's births).
    case national
}
