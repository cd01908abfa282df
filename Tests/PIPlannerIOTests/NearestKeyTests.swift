import Testing

@testable import PIPlannerIO

/// `nearestKey` prunes candidates by length and stops measuring early; these check it against a plain Levenshtein
/// distance (a second method, written out here) and against distances worked by hand.
struct NearestKeyTests {
    /// The textbook full-table distance, with no bound.
    static func fullDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased())
        let b = Array(b.lowercased())
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
        }
        return table[a.count][b.count]
    }

    /// The unpruned rule: the first candidate at the least distance, if that is within a third of the shorter (≥ 2).
    static func reference(_ key: String, _ candidates: [String]) -> String? {
        let within = candidates.filter { fullDistance(key, $0) <= max(2, min(key.count, $0.count) / 3) }
        guard let least = within.map({ fullDistance(key, $0) }).min() else { return nil }
        return within.first { fullDistance(key, $0) == least }
    }

    @Test func handWorkedDistances() {
        // kitten → sitting: substitute k→s, e→i, insert g = 3.
        #expect(editDistance(Array("kitten"), Array("sitting"), atMost: 3) == 3)
        #expect(editDistance(Array("kitten"), Array("sitting"), atMost: 2) == nil)
        #expect(editDistance(Array(""), Array("abc"), atMost: 3) == 3)
        // E08000035 → E08000053: two substitutions.
        #expect(nearestKey(to: "E08000053", in: ["E06000001", "E08000035"]) == "E08000035")
    }

    @Test func agreesWithTheFullTable() {
        let codes = ["E08000035", "E08000003", "E10000020", "W06000015", "S12000036", "N09000003", "E54000054"]
        let names = ["Leeds", "Manchester", "Norfolk", "Cardiff", "City of Edinburgh", "Belfast", "Trafford"]
        let keys = [
            "E08000053", "E0800035", "e08000035", "W0600015", "Leds", "Manchster", "Norfolkk", "Belfst", "Edinburgh", "xyz", "",
            "E", "Trafford", "Traffrod", "S1200036",
        ]
        for key in keys {
            #expect(nearestKey(to: key, in: codes) == Self.reference(key, codes), "\(key) in codes")
            #expect(nearestKey(to: key, in: names) == Self.reference(key, names), "\(key) in names")
        }
    }

    /// The fuzzer's reproducer: a code of 1,000 characters is ruled out by length alone against every area.
    @Test func aVeryLongKeyIsNoTypoOfAnyCode() {
        let key = "E08000035" + String(repeating: "E", count: 1_000)
        #expect(nearestKey(to: key, in: ["E08000035", "Leeds"]) == nil)
    }
}
