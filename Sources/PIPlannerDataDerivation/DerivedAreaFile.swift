/// One shipped area file as derived from the sources, beside the copy currently shipped.
public struct DerivedAreaFile: Sendable, Equatable {
    /// File name, e.g. `icbs.csv`.
    public var name: String
    /// The text the derivation produces.
    public var derived: String
    /// The text in the output directory; nil if the file is missing.
    public var shipped: String?

    public init(name: String, derived: String, shipped: String?) {
        self.name = name
        self.derived = derived
        self.shipped = shipped
    }

    /// True when the shipped copy is byte for byte the derived text (`==` on strings would also accept
    /// another Unicode normalisation of the same text).
    public var isUpToDate: Bool { shipped.map { $0.utf8.elementsEqual(derived.utf8) } ?? false }

    /// The first line (1-based) where the shipped copy and the derived text differ, with both lines
    /// (nil past the end); nil when they are equal or the file is missing.
    public var firstDifference: (line: Int, shipped: String?, derived: String?)? {
        guard let shipped, !isUpToDate else { return nil }
        let a = shipped.split(separator: "\n", omittingEmptySubsequences: false)
        let b = derived.split(separator: "\n", omittingEmptySubsequences: false)
        let index = zip(a, b).enumerated().first { !$0.element.0.utf8.elementsEqual($0.element.1.utf8) }?.offset ?? min(a.count, b.count)
        return (index + 1, index < a.count ? String(a[index]) : nil, index < b.count ? String(b[index]) : nil)
    }
}
