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
        breakdown(baseline: baseline, groups: groups, rule: rule).prevalence
    }

    /// The area prevalence with each group's contribution, for the audit trail.
    public static func breakdown(baseline: Double, groups: [RiskGroupShare], rule: CombinationRule) -> Breakdown {
        switch rule {
        case .exclusive:
            let totalShare = groups.reduce(0) { $0 + $1.share }
            let parts = groups.map { (id: $0.id, effectiveShare: $0.share, contribution: $0.share * $0.prevalence) }
            let baselineShare = 1 - totalShare
            let p = parts.reduce(0) { $0 + $1.contribution } + baselineShare * baseline
            return Breakdown(groups: parts, baselineShare: baselineShare, prevalence: p)
        case .highestRisk:
            // Stable order: by prevalence descending, then by id, so equal prevalences give one answer.
            let ordered = groups.sorted { $0.prevalence != $1.prevalence ? $0.prevalence > $1.prevalence : $0.id < $1.id }
            var notInHigherGroup = 1.0
            var parts: [(id: String, effectiveShare: Double, contribution: Double)] = []
            for group in ordered {
                let effective = group.share * notInHigherGroup
                parts.append((id: group.id, effectiveShare: effective, contribution: effective * group.prevalence))
                notInHigherGroup *= (1 - group.share)
            }
            let p = parts.reduce(0) { $0 + $1.contribution } + notInHigherGroup * baseline
            return Breakdown(groups: parts, baselineShare: notInHigherGroup, prevalence: p)
        }
    }

    /// A group's multiplier over the baseline (e.g. 0.34 / 0.15 ≈ 2.27 for low income).
    public static func multiplier(prevalence: Double, baseline: Double) -> Double {
        prevalence / baseline
    }
}
