/// One uncertain figure ready for drawing: its id, fitted distribution, scope and the key of its random stream.
public struct UncertainFigure: Sendable {
    public let id: String
    public let distribution: Distribution
    public let scope: UncertaintyScope
    /// `RandomStream.key(id)`: the figure's draws depend on its id, not on its position in a run.
    public let streamKey: UInt64
    public let sampler: DistributionSampler

    public init(id: String, distribution: Distribution, scope: UncertaintyScope) {
        self.id = id
        self.distribution = distribution
        self.scope = scope
        self.streamKey = RandomStream.key(id)
        self.sampler = DistributionSampler(distribution)
    }

    /// Fits a checked spec for a figure whose point value is `pointValue`.
    public init(spec: DistributionSpec, pointValue: Double) throws(DistributionProblems) {
        self.init(id: spec.id, distribution: try spec.distribution(pointValue: pointValue), scope: spec.scope)
    }

    /// The figure's value in draw `draw` for the area keyed `areaKey` (ignored for a national figure).
    @inline(__always) public func value(seed: UInt64, draw: Int, areaKey: UInt64) -> Double {
        var generator = RandomStream.generator(
            seed: seed, figureKey: streamKey, draw: draw, areaKey: scope == .national ? RandomStream.national : areaKey)
        return sampler.sample(&generator)
    }

    /// Whether every draw is the same value.
    public var isFixed: Bool {
        if case .fixed = distribution { return true }
        return false
    }
}
