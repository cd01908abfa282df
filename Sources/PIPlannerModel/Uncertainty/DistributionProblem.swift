/// Something wrong with a written distribution, located by the parameter at fault so that the config layer can
/// name the file, field path and value: e.g. p90 0.1 with "a p90 greater than p10 (0.2)".
public struct DistributionProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is at fault.
    public enum Field: Sendable, Equatable {
        /// One parameter (p10, sd, …).
        case parameter(DistributionParameter)
        /// The family name.
        case family
        /// The distribution as a whole, e.g. a numeric fit that did not converge.
        case distribution
    }

    public var field: Field
    /// The value found, when the fault is a number.
    public var value: Double?
    /// What would be valid, as a phrase: "a p90 greater than p10 (0.2)".
    public var expected: String

    public init(_ field: Field, value: Double?, expected: String) {
        self.field = field
        self.value = value
        self.expected = expected
    }

    /// The field's key in the file: "p10", "family"; empty for the distribution as a whole.
    public var key: String {
        switch field {
        case .parameter(let p): return p.rawValue
        case .family: return "family"
        case .distribution: return ""
        }
    }

    public var description: String {
        let found = value.map { "found \($0); " } ?? ""
        return "\(key.isEmpty ? "distribution" : key): \(found)expected \(expected)"
    }

    /// The problem for a family name that is not one of `DistributionFamily`.
    public static func unknownFamily(_ name: String) -> DistributionProblem {
        DistributionProblem(
            .family, value: nil,
            expected: "one of " + DistributionFamily.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + " (found \"\(name)\")")
    }
}

/// Every problem found with one distribution.
public struct DistributionProblems: Error, Sendable, Equatable {
    public var problems: [DistributionProblem]
    public init(_ problems: [DistributionProblem]) { self.problems = problems }
}
