/// One figure's distribution as written in `ReferenceData/uncertainty.json` or a config's `uncertainty` block:
/// the family and its parameters before fitting, with whether it is national or local and where it comes from.
///
/// `problems(pointValue:)` checks it; `distribution(pointValue:)` fits it. A `fixed` spec draws the point value.
public struct DistributionSpec: Sendable, Equatable {
    /// The figure's id, as in `parameters.json`.
    public var id: String
    public var family: DistributionFamily
    public var parameters: DistributionParameters
    public var scope: UncertaintyScope
    /// `published` (the interval is the source's), `derived` (computed from published figures), `assumption`, or
    /// `config`.
    public var basis: Basis
    public var citation: Citation
    /// How a derived interval was computed, or why an assumed one was chosen, in a sentence.
    public var reason: String?

    public init(
        id: String, family: DistributionFamily, parameters: DistributionParameters = DistributionParameters(),
        scope: UncertaintyScope = .national, basis: Basis, citation: Citation = Citation(), reason: String? = nil
    ) {
        self.id = id
        self.family = family
        self.parameters = parameters
        self.scope = scope
        self.basis = basis
        self.citation = citation
        self.reason = reason
    }

    /// Every problem with the written parameters and, given the figure's point value, whether the distribution's
    /// 80% interval (for triangular, uniform and a truncated normal, its range) contains it. Empty when it fits.
    public func problems(pointValue: Double?) -> [DistributionProblem] {
        var problems = shapeProblems()
        if problems.isEmpty { problems = rangeProblems() }
        guard problems.isEmpty else { return problems }
        guard let fitted = fitted(pointValue: pointValue ?? .nan) else {
            return [
                DistributionProblem(
                    .distribution, value: nil,
                    expected:
                        "an interval a \(family.rawValue) distribution can fit (it is too narrow or too extreme; "
                        + "use family \"fixed\" for a figure with no uncertainty)")
            ]
        }
        if let pointValue { problems += pointProblems(pointValue, fitted) }
        return problems
    }

    /// The fitted distribution for a figure whose point value is `pointValue`, or every problem with it.
    public func distribution(pointValue: Double) throws(DistributionProblems) -> Distribution {
        let problems = problems(pointValue: pointValue)
        guard problems.isEmpty, let fitted = fitted(pointValue: pointValue) else { throw DistributionProblems(problems) }
        return fitted
    }

    /// Fits the written parameters (already checked); nil if a numeric fit fails.
    private func fitted(pointValue: Double) -> Distribution? {
        let p = parameters
        switch family {
        case .fixed: return .fixed(pointValue)
        case .uniform: return .uniform(min: p[.min]!, max: p[.max]!)
        case .triangular: return .triangular(min: p[.min]!, mode: p[.mode]!, max: p[.max]!)
        case .normal:
            if let (p10, p90) = p.interval { return Distribution.normalFitted(p10: p10, p90: p90, lower: p[.min]!, upper: p[.max]!) }
            return p.moments.map { .truncatedNormal(mean: $0.mean, sd: $0.sd, lower: p[.min]!, upper: p[.max]!) }
        case .beta:
            if let (p10, p90) = p.interval { return Distribution.betaFitted(p10: p10, p90: p90) }
            return p.moments.flatMap { Distribution.betaFromMoments(mean: $0.mean, sd: $0.sd) }
        case .gamma:
            if let (p10, p90) = p.interval { return Distribution.gammaFitted(p10: p10, p90: p90) }
            return p.moments.map { Distribution.gammaFromMoments(mean: $0.mean, sd: $0.sd) }
        case .lognormal:
            if let (p10, p90) = p.interval { return Distribution.lognormalFitted(p10: p10, p90: p90) }
            return p.moments.map { Distribution.lognormalFromMoments(mean: $0.mean, sd: $0.sd) }
        }
    }

    /// Parameters the family does not take, numbers that are not finite, and parameters missing.
    private func shapeProblems() -> [DistributionProblem] {
        var problems: [DistributionProblem] = []
        let name = family.rawValue
        for parameter in parameters.given {
            let value = parameters[parameter]!
            if !family.accepted.contains(parameter) {
                problems.append(
                    .init(
                        .parameter(parameter), value: value,
                        expected: "no \(parameter.rawValue) for a \(name) distribution, which takes \(family.parameterSummary)"))
            } else if !value.isFinite {
                problems.append(.init(.parameter(parameter), value: value, expected: "a finite number"))
            }
        }
        if family.takesIntervalOrMoments { problems += intervalOrMomentsProblems() }
        for bound in family.requiredBounds where parameters[bound] == nil {
            problems.append(
                .init(.parameter(bound), value: nil, expected: "\(bound.rawValue) for a \(name) distribution (\(family.parameterSummary))"))
        }
        return problems
    }

    /// Exactly one of (p10, p90) and (mean, sd), each complete.
    private func intervalOrMomentsProblems() -> [DistributionProblem] {
        let p = parameters
        let pairs: [(DistributionParameter, DistributionParameter, String)] = [(.p10, .p90, "an 80% interval"), (.mean, .sd, "moments")]
        var problems: [DistributionProblem] = []
        for (first, second, what) in pairs {
            if p[first] != nil, p[second] == nil {
                problems.append(.init(.parameter(second), value: nil, expected: "\(second.rawValue) with \(first.rawValue) (\(what))"))
            }
            if p[second] != nil, p[first] == nil {
                problems.append(.init(.parameter(first), value: nil, expected: "\(first.rawValue) with \(second.rawValue) (\(what))"))
            }
        }
        if p[.p10] != nil || p[.p90] != nil, let mean = p[.mean] {
            problems.append(.init(.parameter(.mean), value: mean, expected: "either p10 and p90, or mean and sd, not both"))
        }
        if problems.isEmpty, p.interval == nil, p.moments == nil {
            problems.append(
                .init(.parameter(.p10), value: nil, expected: "\(family.parameterSummary) for a \(family.rawValue) distribution"))
        }
        return problems
    }
}
