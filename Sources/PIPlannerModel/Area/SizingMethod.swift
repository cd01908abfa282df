/// Which sizing method a plan recommends and costs.
public enum SizingMethod: String, Sendable, CaseIterable {
    case need
    case coverage
}
