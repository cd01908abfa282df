/// A role's WTE as posts, because employer NI's threshold applies per person, not per WTE.
///
/// Without a headcount: `⌊wte⌋` full-time posts of 1.0 WTE and, if a part is left, one part-time post of
/// `wte − ⌊wte⌋` (2.0 → 1.0, 1.0; 0.33 → 0.33; 2.5 → 1.0, 1.0, 0.5). With a headcount `n`: `n` posts of
/// `wte / n` each. Units: WTE. Citation: Methodology §4.2.
public enum PostSplitRule {
    /// Identical posts: how many, and each one's WTE.
    public struct PostGroup: Sendable, Equatable {
        public var count: Int
        public var wte: Double

        public init(count: Int, wte: Double) {
            self.count = count
            self.wte = wte
        }
    }

    /// Why a headcount cannot hold a role's WTE.
    public enum HeadcountProblem: Sendable, Equatable {
        /// A headcount below 1.
        case notPositive(headcount: Int)
        /// More WTE per person than a full-time post.
        case moreThanFullTime(wtePerPost: Double)
    }

    /// WTE differences below this are the binary representation's, not the config's: 0.1 + 0.2 is
    /// 0.30000000000000004, and 3 × (1/3) must make three full posts, not three and a sliver.
    public static let wteTolerance = 1e-9

    /// At most two groups of identical posts, without building an array: the numeric core splits every role of
    /// every plan year, many thousands of times in a batch.
    public struct Split: Sendable, Equatable {
        /// The full-time posts, or all the posts of a headcount; nil when there are none.
        public var first: PostGroup?
        /// The part-time post left over; nil when there is none.
        public var second: PostGroup?
    }

    /// The posts, full-time first, as at most two groups (see `posts`).
    public static func split(roleWTE wte: Double, headcount: Int? = nil) -> Split {
        guard wte.isFinite, wte > wteTolerance else { return Split() }
        if let headcount, headcount > 0 {
            return Split(first: PostGroup(count: headcount, wte: wte / Double(headcount)))
        }
        let wholeWTE = (wte + wteTolerance).rounded(.down)
        guard let whole = Int(exactly: wholeWTE) else { return Split() }
        let part = wte - wholeWTE
        return Split(
            first: whole > 0 ? PostGroup(count: whole, wte: 1) : nil, second: part > wteTolerance ? PostGroup(count: 1, wte: part) : nil)
    }

    /// The posts, full-time first. A WTE that is not a positive finite number, or too large to count posts
    /// of, gives none. A headcount below 1 is ignored here: check `headcountProblem` first.
    public static func posts(roleWTE wte: Double, headcount: Int? = nil) -> [PostGroup] {
        let split = split(roleWTE: wte, headcount: headcount)
        return [split.first, split.second].compactMap { $0 }
    }

    /// Each post's WTE, one entry a post: `posts` expanded.
    public static func postWTEs(roleWTE wte: Double, headcount: Int? = nil) -> [Double] {
        posts(roleWTE: wte, headcount: headcount).flatMap { Array(repeating: $0.wte, count: $0.count) }
    }

    /// Whether a config's headcount can hold the WTE; the config layer reports a problem against its field.
    public static func headcountProblem(roleWTE wte: Double, headcount: Int) -> HeadcountProblem? {
        guard headcount >= 1 else { return .notPositive(headcount: headcount) }
        let perPost = wte / Double(headcount)
        return perPost > 1 + wteTolerance ? .moreThanFullTime(wtePerPost: perPost) : nil
    }
}
