/// A local maltreatment-risk share for an English authority (Methodology §2.7): England's share of births who are
/// babies under one in need, scaled by how the authority's children-in-need rate compares with England's,
///
/// `share = nationalShare × ratePer10000 ÷ englandRatePer10000` (proportion of births × ratio of two rates per
/// 10,000 children → proportion of births), at most 1.
///
/// The assumption: babies under one are the same share of children in need in every authority. They are not (the
/// age mix of children in need differs between authorities), so the share is marked `local-derived`.
public enum MaltreatmentProxyRule {
    /// The scaled share; nil when England's rate is not positive (no ratio can be formed).
    public static func share(nationalShare: Double, ratePer10000: Double, englandRatePer10000: Double) -> Double? {
        guard englandRatePer10000 > 0, ratePer10000 >= 0, nationalShare >= 0 else { return nil }
        return min(1, nationalShare * ratePer10000 / englandRatePer10000)
    }
}
