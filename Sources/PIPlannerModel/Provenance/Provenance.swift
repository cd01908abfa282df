/// Whether a figure is evidence or a modelling choice (after Covasim).
public enum Basis: String, Sendable, Codable, CaseIterable {
    /// Quoted from the cited source.
    case published
    /// Computed from published figures; the figure carries its derivation.
    case derived
    /// A stated modelling choice, open to override.
    case assumption
    /// Given by the plan's own config (an area's population, a custom team).
    case config
}

/// Where a figure comes from: a document and section, or a publisher and dataset.
public struct Citation: Sendable, Equatable, Hashable {
    public var document: String?
    public var section: String?
    public var publisher: String?
    public var dataset: String?
    public var primary: String?

    public init(document: String? = nil, section: String? = nil, publisher: String? = nil, dataset: String? = nil, primary: String? = nil) {
        self.document = document
        self.section = section
        self.publisher = publisher
        self.dataset = dataset
        self.primary = primary
    }

    /// One-line human form, e.g. `002_da9a53b1ef711f3f.txt, Breakdown of spending`.
    public var text: String {
        var parts: [String] = []
        if let document { parts.append(document) }
        if let section { parts.append(section) }
        if let publisher { parts.append(publisher) }
        if let dataset { parts.append(dataset) }
        var text = parts.joined(separator: ", ")
        if let primary { text += " (primary: \(primary))" }
        return text
    }
}

/// A named input figure with its unit, source and basis: what the audit trail lists.
public struct Figure: Sendable, Equatable {
    public var id: String
    public var value: Double
    public var unit: String
    public var source: String
    public var basis: Basis
    public var derivation: String?
    /// Set when a config replaced the reference value; says where and what the reference value was.
    public var override: Override?

    public struct Override: Sendable, Equatable {
        /// Field path in the config, e.g. `assumptions.onCostRate`.
        public var fieldPath: String
        public var referenceValue: Double?
        public init(fieldPath: String, referenceValue: Double?) {
            self.fieldPath = fieldPath
            self.referenceValue = referenceValue
        }
    }

    public init(id: String, value: Double, unit: String, source: String, basis: Basis, derivation: String? = nil, override: Override? = nil)
    {
        self.id = id
        self.value = value
        self.unit = unit
        self.source = source
        self.basis = basis
        self.derivation = derivation
        self.override = override
    }

    /// Returns this figure replaced by a config value at `fieldPath`.
    public func overridden(with value: Double, at fieldPath: String, source: String? = nil) -> Figure {
        var copy = self
        copy.override = Override(fieldPath: fieldPath, referenceValue: self.override?.referenceValue ?? self.value)
        copy.value = value
        copy.basis = .config
        copy.source = source ?? "config \(fieldPath)"
        copy.derivation = nil
        return copy
    }
}
