/// The family-specific range checks of a written distribution, and the check against the figure's point value.
extension DistributionSpec {
    /// Orders and ranges: p10 < p90, sd > 0, a beta inside (0, 1), a gamma or lognormal positive, bounds in order.
    func rangeProblems() -> [DistributionProblem] {
        let p = parameters
        var problems: [DistributionProblem] = []
        if let (p10, p90) = p.interval, p10 >= p90 {
            problems.append(.init(.parameter(.p90), value: p90, expected: "a p90 greater than p10 (\(shownNumber(p10)))"))
        }
        if let sd = p[.sd], sd <= 0 {
            problems.append(.init(.parameter(.sd), value: sd, expected: "a standard deviation greater than 0"))
        }
        switch family {
        case .beta: problems += betaProblems()
        case .gamma, .lognormal:
            for parameter in [DistributionParameter.p10, .mean] {
                if let v = p[parameter], v <= 0 {
                    problems.append(
                        .init(
                            .parameter(parameter), value: v,
                            expected:
                                "a \(parameter.rawValue) greater than 0 (a \(family.rawValue) distribution takes only positive values)"))
                }
            }
        case .normal, .triangular, .uniform: problems += boundProblems()
        case .fixed: break
        }
        return problems
    }

    /// A beta's interval or mean strictly inside (0, 1), and an sd a beta with that mean can have.
    private func betaProblems() -> [DistributionProblem] {
        let p = parameters
        var problems: [DistributionProblem] = []
        for parameter in [DistributionParameter.p10, .p90, .mean] {
            if let v = p[parameter], !(v > 0 && v < 1) {
                problems.append(
                    .init(
                        .parameter(parameter), value: v,
                        expected:
                            "a \(parameter.rawValue) between 0 and 1, exclusive (a beta distribution is of a proportion; 0.15 for 15%)"))
            }
        }
        if problems.isEmpty, let (mean, sd) = p.moments, sd > 0, sd * sd >= mean * (1 - mean) {
            let limit = (mean * (1 - mean)).squareRoot()
            problems.append(
                .init(
                    .parameter(.sd), value: sd,
                    expected:
                        "an sd below √(mean × (1 − mean)) = \(shownNumber(limit)), the most a beta distribution with mean \(shownNumber(mean)) can have"
                ))
        }
        return problems
    }

    /// min < max, a triangular's mode between them, a normal's interval or mean inside its truncation range.
    private func boundProblems() -> [DistributionProblem] {
        let p = parameters
        guard let lower = p[.min], let upper = p[.max] else { return [] }
        guard lower < upper else {
            return [.init(.parameter(.max), value: upper, expected: "a max greater than min (\(shownNumber(lower)))")]
        }
        var problems: [DistributionProblem] = []
        let inside: [DistributionParameter] = family == .triangular ? [.mode] : [.p10, .p90, .mean]
        for parameter in inside {
            if let v = p[parameter], !(v >= lower && v <= upper) {
                problems.append(
                    .init(
                        .parameter(parameter), value: v,
                        expected: "a \(parameter.rawValue) from min (\(shownNumber(lower))) to max (\(shownNumber(upper)))"))
            }
        }
        return problems
    }

    /// Whether the point value lies in the 80% interval as written (or, for mean and sd, as fitted), and in the
    /// range of a bounded family. The fault is put on the parameter the point falls beyond.
    func pointProblems(_ point: Double, _ fitted: Distribution) -> [DistributionProblem] {
        let p = parameters
        let of = "the figure's point value (\(shownNumber(point)))"
        switch family {
        case .fixed: return []
        case .triangular, .uniform:
            if let lower = p[.min], point < lower { return [.init(.parameter(.min), value: lower, expected: "a min at or below \(of)")] }
            if let upper = p[.max], point > upper { return [.init(.parameter(.max), value: upper, expected: "a max at or above \(of)")] }
            return []
        case .beta, .gamma, .lognormal, .normal:
            if let lower = p[.min], point < lower { return [.init(.parameter(.min), value: lower, expected: "a min at or below \(of)")] }
            if let upper = p[.max], point > upper { return [.init(.parameter(.max), value: upper, expected: "a max at or above \(of)")] }
            if let (p10, p90) = p.interval {
                if point < p10 {
                    return [.init(.parameter(.p10), value: p10, expected: "a p10 at or below \(of): the 80% interval must contain it")]
                }
                if point > p90 {
                    return [.init(.parameter(.p90), value: p90, expected: "a p90 at or above \(of): the 80% interval must contain it")]
                }
                return []
            }
            let (low, high) = (fitted.p10, fitted.p90)
            guard point < low || point > high, let mean = p[.mean] else { return [] }
            return [
                .init(
                    .parameter(.mean), value: mean,
                    expected: "a mean and sd whose 80% interval (here \(shownNumber(low)) to \(shownNumber(high))) contains \(of)")
            ]
        }
    }
}

/// A number as a message shows it: whole numbers without a decimal point, others in Swift's shortest form.
func shownNumber(_ value: Double) -> String {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
}
