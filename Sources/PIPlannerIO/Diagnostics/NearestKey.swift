import Foundation

/// The closest candidate to a mistyped key, if it is plausibly a typo: within an edit distance of a third of the
/// shorter of the two (at least 2). Of equally close candidates the first is taken.
///
/// Each candidate is only measured as far as it could still win: a length difference beyond the bound rules it out
/// unmeasured, and the distance stops once every path exceeds the bound. So a key of thousands of characters against
/// the whole area catalogue costs a length comparison per candidate, not a full distance table.
public func nearestKey(to key: String, in candidates: [String]) -> String? {
    let lower = Array(key.lowercased())
    var best: (candidate: String, distance: Int)? = nil
    for candidate in candidates {
        let other = Array(candidate.lowercased())
        var bound = max(2, min(lower.count, other.count) / 3)
        if let best { bound = min(bound, best.distance - 1) }
        guard bound >= 0, abs(lower.count - other.count) <= bound, let distance = editDistance(lower, other, atMost: bound) else {
            continue
        }
        best = (candidate, distance)
    }
    return best?.candidate
}

/// Levenshtein distance between `a` and `b` if it is at most `bound`, else nil (stopping as soon as it must exceed it).
func editDistance(_ a: [Character], _ b: [Character], atMost bound: Int) -> Int? {
    if a.isEmpty { return b.count <= bound ? b.count : nil }
    if b.isEmpty { return a.count <= bound ? a.count : nil }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        var rowMinimum = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            rowMinimum = min(rowMinimum, current[j])
        }
        // Distances never fall from one row to the next, so a row wholly past the bound ends the search.
        if rowMinimum > bound { return nil }
        swap(&previous, &current)
    }
    return previous[b.count] <= bound ? previous[b.count] : nil
}
