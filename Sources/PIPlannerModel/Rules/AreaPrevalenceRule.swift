/// How overlapping risk-group shares combine into one area prevalence.
public enum CombinationRule: String, Sendable, CaseIterable {
    /// Shares are of mutually exclusive groups; they must sum to at most 1.
    case exclusive
    /// Shares overlap independently; each family counts once, in its highest-prevalence group.
    case highestRisk = "highest-risk"
}

/// One risk group's share of births and its prevalence of disorganised attachment.
public struct RiskGroupShare: Sendable, Equatable {
    public var id: String
    public var share: Double
    public var prevalence: Double
    public init(id: String, share: Double, prevalence: Double) {
        self.id = id
        self.share = share
        self.prevalence = prevalence
    }
}

/// Risk groups' shares and prevalences by position, as ``AreaPrevalenceRule/combine(baseline:groups:rule:visit:)``
/// reads them: an array of ``RiskGroupShare`` for the plan, or the draw loop's plain numbers.
public protocol RiskGroupValues {
    /// How many groups.
    var count: Int { get }
    /// Group `index`'s share of births.
    func share(_ index: Int) -> Double
    /// Group `index`'s prevalence.
    func prevalence(_ index: Int) -> Double
    /// Whether group `i` comes before group `j` when their prevalences are equal: by id, then by position.
    func precedesAmongEqual(_ i: Int, _ j: Int) -> Bool
}

extension Array: RiskGroupValues where Element == RiskGroupShare {
    public func share(_ index: Int) -> Double { self[index].share }
    public func prevalence(_ index: Int) -> Double { self[index].prevalence }
    public func precedesAmongEqual(_ i: Int, _ j: Int) -> Bool { self[i].id != self[j].id ? self[i].id < self[j].id : i < j }
}

/// Area prevalence of disorganised attachment from a baseline and risk groups.
///
/// - `exclusive`: `P = Σ sᵍ·pᵍ + (1 − Σ sᵍ)·p₀`.
/// - `highest-risk`: groups ordered by prevalence, highest first;
///   `P = Σᵍ pᵍ·sᵍ·Π_{h above g}(1 − sʰ) + p₀·Π(1 − sᵍ)`.
///
/// Units: proportions of births. Citation: Methodology §2.3–2.4; prevalences from
/// Cyr et al. (2010) and van IJzendoorn et al. (1999), cited in 004 "Commissioning for local need".
public enum AreaPrevalenceRule {
    /// Each group's contribution to the area prevalence, and the baseline remainder.
    public struct Breakdown: Sendable, Equatable {
        /// Per group, in the order applied: the effective share of births counted in the group and its contribution `effectiveShare × prevalence`.
        public var groups: [(id: String, effectiveShare: Double, contribution: Double)]
        public var baselineShare: Double
        public var prevalence: Double

        public static func == (a: Breakdown, b: Breakdown) -> Bool {
            a.prevalence == b.prevalence && a.baselineShare == b.baselineShare && a.groups.map(\.id) == b.groups.map(\.id)
        }
    }

    /// The area prevalence under `rule`.
    public static func prevalence(baseline: Double, groups: [RiskGroupShare], rule: CombinationRule) -> Double {
        combine(baseline: baseline, groups: groups, rule: rule) { _, _, _ in }.prevalence
    }

    /// The area prevalence with each group's contribution, for the audit trail.
    public static func breakdown(baseline: Double, groups: [RiskGroupShare], rule: CombinationRule) -> Breakdown {
        var parts: [(id: String, effectiveShare: Double, contribution: Double)] = []
        parts.reserveCapacity(groups.count)
        let result = combine(baseline: baseline, groups: groups, rule: rule) { index, effective, contribution in
            parts.append((id: groups[index].id, effectiveShare: effective, contribution: contribution))
        }
        return Breakdown(groups: parts, baselineShare: result.baselineShare, prevalence: result.prevalence)
    }

    /// The one computation of both rules, which `prevalence`, `breakdown` and the draw loop all call: builds no array
    /// and sorts nothing, so that it can run for every area in every draw.
    ///
    /// `visit(index, effectiveShare, contribution)` is called for each group in the order applied (input order for
    /// `exclusive`; for `highest-risk` prevalence descending, then by `RiskGroupValues.precedesAmongEqual`, found by
    /// picking the first group left at each step, so the arithmetic is a sorted loop's, term for term).
    @inline(__always)
    public static func combine<Groups: RiskGroupValues>(
        baseline: Double, groups: Groups, rule: CombinationRule, visit: (Int, Double, Double) -> Void
    ) -> (prevalence: Double, baselineShare: Double) {
        let n = groups.count
        switch rule {
        case .exclusive:
            var totalShare = 0.0
            var sum = 0.0
            for i in 0..<n {
                let share = groups.share(i)
                let contribution = share * groups.prevalence(i)
                totalShare += share
                sum += contribution
                visit(i, share, contribution)
            }
            let baselineShare = 1 - totalShare
            return (sum + baselineShare * baseline, baselineShare)
        case .highestRisk:
            return withUnsafeTemporaryAllocation(of: Bool.self, capacity: max(n, 1)) { used in
                used.initialize(repeating: false)
                var notInHigherGroup = 1.0
                var sum = 0.0
                for _ in 0..<n {
                    // The first group left: every unused group is compared, so each is applied exactly once.
                    var best = -1
                    for j in 0..<n where !used[j] {
                        if best < 0 || comesFirst(j, best, groups) { best = j }
                    }
                    used[best] = true
                    let share = groups.share(best)
                    let effective = share * notInHigherGroup
                    let contribution = effective * groups.prevalence(best)
                    sum += contribution
                    visit(best, effective, contribution)
                    notInHigherGroup *= (1 - share)
                }
                return (sum + notInHigherGroup * baseline, notInHigherGroup)
            }
        }
    }

    /// Whether group `i` is applied before group `j` under `highest-risk`: higher prevalence first, then the
    /// groups' own tie-break (by id), so equal prevalences give one answer.
    @inline(__always)
    static func comesFirst<Groups: RiskGroupValues>(_ i: Int, _ j: Int, _ groups: Groups) -> Bool {
        let (a, b) = (groups.prevalence(i), groups.prevalence(j))
        return a != b ? a > b : groups.precedesAmongEqual(i, j)
    }

    /// A group's multiplier over the baseline (e.g. 0.34 / 0.15 ≈ 2.27 for low income).
    public static func multiplier(prevalence: Double, baseline: Double) -> Double {
        prevalence / baseline
    }
}
