/// A risk group as given for an area: share of births in the group and the group's prevalence.
public struct RiskGroupInput: Sendable, Equatable {
    public var id: String
    public var label: String
    public var share: Figure
    public var prevalence: Figure
    /// Local, local-derived or national; nil when a config gave the share without saying.
    public var scope: RiskShareScope?
    /// What the share measures, for which year and where; nil when a config gave the share without saying.
    public var evidence: ShareEvidence?
    public init(
        id: String, label: String, share: Figure, prevalence: Figure, scope: RiskShareScope? = nil, evidence: ShareEvidence? = nil
    ) {
        self.id = id
        self.label = label
        self.share = share
        self.prevalence = prevalence
        self.scope = scope
        self.evidence = evidence
    }

    /// How the share was obtained, as every table prints it: the scope, or `config` when a config gave it without saying.
    public var basis: String { scope?.rawValue ?? "config" }
}

/// Whether a risk group's share describes the area itself or the nation.
public enum RiskShareScope: String, Sendable, CaseIterable {
    /// The area's own published figure (e.g. its share of children in low income families), or an exact sum of its
    /// constituent areas' published counts.
    case local
    /// Derived for the area by a stated model from local figures (e.g. England's under-1 share scaled by the area's
    /// children-in-need rate; an IDACI rate weighted from 2019 districts).
    case localDerived = "local-derived"
    /// A national figure applied to the area (e.g. England's babies in need ÷ England's births).
    case national
}
