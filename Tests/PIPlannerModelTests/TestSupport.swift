import PIPlannerModel

/// Relative comparison of doubles: |a − b| ≤ tolerance × max(|a|, |b|, 1).
func isClose(_ a: Double, _ b: Double, relativeTolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= relativeTolerance * max(abs(a), abs(b), 1)
}

/// A figure for tests, sourced to the test itself.
func figure(_ id: String, _ value: Double, unit: String = "test unit") -> Figure {
    Figure(id: id, value: value, unit: unit, source: "test", basis: .config)
}
