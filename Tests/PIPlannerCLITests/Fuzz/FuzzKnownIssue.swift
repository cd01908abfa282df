import Foundation

/// A bug the fuzzer found that is reported and not fixed yet, because the fix belongs in code another part of the
/// project owns. The fuzzer skips the inputs that `matches` so it searches past the bug instead of stopping at it
/// each time; `FuzzRegressionTests` replays the saved `reproducer` (in Fuzz/regressions/) as a known issue, so the
/// test starts failing (known issue not seen) once the bug is fixed, and the entry is then deleted.
struct FuzzKnownIssue: Sendable {
    /// The file name of the saved input in Fuzz/regressions/.
    let reproducer: String
    /// What goes wrong and where, for the test report.
    let summary: String
    /// Whether an input on `route` with `payload` can hit this bug.
    let matches: @Sendable (_ route: FuzzRoutes.Route, _ payload: [UInt8]) -> Bool

    /// Every open known issue.
    /// (None open: the slow `init --area` suggestion the first pass found is fixed, and its reproducer is replayed as an
    /// ordinary regression input.)
    static let all: [FuzzKnownIssue] = []

    /// The open issue `payload` on `route` may hit, if any.
    static func matching(_ route: FuzzRoutes.Route, _ payload: [UInt8]) -> FuzzKnownIssue? {
        all.first { $0.matches(route, payload) }
    }
}
