/// One step of the audit trail: what was computed, by which formula, from which inputs.
public struct AuditStep: Sendable, Equatable {
    public var id: String
    public var title: String
    /// The formula in words.
    public var formula: String
    public var inputs: [Figure]
    public var result: Double
    public var resultUnit: String

    public init(id: String, title: String, formula: String, inputs: [Figure], result: Double, resultUnit: String) {
        self.id = id
        self.title = title
        self.formula = formula
        self.inputs = inputs
        self.result = result
        self.resultUnit = resultUnit
    }
}
