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
