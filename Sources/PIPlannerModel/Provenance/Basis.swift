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
