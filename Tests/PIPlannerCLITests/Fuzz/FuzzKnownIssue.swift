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
    static let all: [FuzzKnownIssue] = [
        FuzzKnownIssue(
            reproducer: "timeout-init-long-area-code",
            summary: """
                init --area with a code of a few thousand characters takes seconds: BatchPlanner.suggestion (Planning/Batch.swift) \
                calls nearestKey (Diagnostics/PlannerError.swift), whose Levenshtein distance is computed in full against every \
                code and name in the catalogue, twice
                """,
            matches: { route, payload in route == .initArea && payload.count > 64 })
    ]

    /// The open issue `payload` on `route` may hit, if any.
    static func matching(_ route: FuzzRoutes.Route, _ payload: [UInt8]) -> FuzzKnownIssue? {
        all.first { $0.matches(route, payload) }
    }
}
