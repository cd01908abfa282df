/// The families an uncertain figure's distribution may take, and the parameters each is written with.
///
/// Following NICE's reference case: proportions (prevalences, shares, fractions) as `beta`; costs and rates as `gamma`
/// or `lognormal`; `normal` only truncated to a stated range; `triangular` and `uniform` for a figure known only by
/// its plausible range; `fixed` for a figure held at its point value.
public enum DistributionFamily: String, Sendable, CaseIterable {
    case beta
    case gamma
    case lognormal
    case normal
    case triangular
    case uniform
    case fixed

    /// Whether the family is written as an 80% interval (`p10`, `p90`) or as `mean` and `sd`.
    public var takesIntervalOrMoments: Bool {
        switch self {
        case .beta, .gamma, .lognormal, .normal: return true
        case .triangular, .uniform, .fixed: return false
        }
    }

    /// The bounds the family requires besides an interval or moments.
    public var requiredBounds: [DistributionParameter] {
        switch self {
        case .normal, .uniform: return [.min, .max]
        case .triangular: return [.min, .mode, .max]
        case .beta, .gamma, .lognormal, .fixed: return []
        }
    }

    /// Every parameter the family accepts.
    public var accepted: [DistributionParameter] {
        (takesIntervalOrMoments ? [.p10, .p90, .mean, .sd] : []) + requiredBounds
    }

    /// How the family is written, for messages: "p10 and p90, or mean and sd".
    public var parameterSummary: String {
        switch self {
        case .beta, .gamma, .lognormal: return "p10 and p90 (an 80% interval), or mean and sd"
        case .normal: return "p10 and p90, or mean and sd, of the normal before truncation, and its bounds min and max"
        case .triangular: return "min, mode and max"
        case .uniform: return "min and max"
        case .fixed: return "no parameters (the figure keeps its point value)"
        }
    }
}

/// Whether one value of a figure is drawn per draw for every area, or one per area.
public enum UncertaintyScope: String, Sendable, CaseIterable {
    /// One value per draw, shared by every area in a batch, compare or rollout (e.g. babies a team sees a year).
    case national
    /// Drawn independently for each area (e.g. how far an area's own share departs from a national proxy).
    case local
}
