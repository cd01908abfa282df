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
