import Foundation

/// The closest candidate to a mistyped key, if it is plausibly a typo.
public func nearestKey(to key: String, in candidates: [String]) -> String? {
    let lower = key.lowercased()
    var best: (String, Int)? = nil
    for candidate in candidates {
        let distance = editDistance(lower, candidate.lowercased())
        if best == nil || distance < best!.1 { best = (candidate, distance) }
    }
    guard let (candidate, distance) = best else { return nil }
    let limit = max(2, min(key.count, candidate.count) / 3)
    return distance <= limit ? candidate : nil
}

/// Levenshtein distance between two strings.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
