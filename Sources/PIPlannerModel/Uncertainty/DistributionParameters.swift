/// One named parameter of a distribution, as written in `uncertainty.json` and a config's `uncertainty` block.
public enum DistributionParameter: String, Sendable, CaseIterable {
    /// The 10th and 90th percentiles: an 80% interval.
    case p10
    case p90
    /// The mean and standard deviation.
    case mean
    case sd
    /// Bounds: the truncation range of a normal, the support of a triangular or uniform.
    case min
    /// The most likely value of a triangular distribution.
    case mode
    case max
}

/// The parameters a distribution was written with, before fitting: any of p10, p90, mean, sd, min, mode and max.
public struct DistributionParameters: Sendable, Equatable {
    private var values: [DistributionParameter: Double]

    public init(_ values: [DistributionParameter: Double] = [:]) { self.values = values }

    public subscript(_ parameter: DistributionParameter) -> Double? {
        get { values[parameter] }
        set { values[parameter] = newValue }
    }

    /// The parameters given, in declaration order.
    public var given: [DistributionParameter] { DistributionParameter.allCases.filter { values[$0] != nil } }

    /// Both p10 and p90, when given.
    public var interval: (p10: Double, p90: Double)? {
        guard let p10 = values[.p10], let p90 = values[.p90] else { return nil }
        return (p10, p90)
    }

    /// Both mean and sd, when given.
    public var moments: (mean: Double, sd: Double)? {
        guard let mean = values[.mean], let sd = values[.sd] else { return nil }
        return (mean, sd)
    }
}
